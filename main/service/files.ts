import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION } from '../workshop/format';


/** A file-name-safe version of a title: lower case ASCII words joined by dashes. */
export function slugify(text: string, fallback = 'workshop'): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** `<slug>.frontstage` in `dir`, numbered when taken, so that a new workshop never replaces a file. */
export function uniqueWorkshopPath(dir: string, title: string): string {
  const slug = slugify(title);
  for (let n = 1; ; n++) {
    const candidate = join(dir, `${slug}${n === 1 ? '' : `-${n}`}${EXTENSION}`);
    if (!existsSync(candidate)) return candidate;
  }
}
