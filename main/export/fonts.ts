import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface FontFiles { regular: string; bold: string }

let found: FontFiles | undefined;

/**
 * The bundled TTFs in resources/fonts. This module runs from main/ (tests), dist/ (the CLI
 * bundle) or dist/electron/ (the app), so it walks up until it finds them.
 */
export function bundledFonts(): FontFiles {
  if (found) return found;
  const root = process.env.FRONTSTAGE_ROOT;
  if (root && existsSync(join(root, 'resources', 'fonts', 'DejaVuSans.ttf'))) return (found = at(join(root, 'resources', 'fonts')));
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const fonts = join(dir, 'resources', 'fonts');
    if (existsSync(join(fonts, 'DejaVuSans.ttf'))) {
      return (found = at(fonts));
    }
    if (dirname(dir) === dir) throw new Error('The bundled fonts (resources/fonts) are missing from this installation.');
  }
}

const at = (fonts: string): FontFiles => ({ regular: join(fonts, 'DejaVuSans.ttf'), bold: join(fonts, 'DejaVuSans-Bold.ttf') });
