import { REFUSED_CHARS } from '../../shared/model/text';
import { clipSchema, type Clip } from '../../shared/commands/clipboard';
import { LIMITS } from '../../shared/model';

/** Titles of copied cards as lines of text, what a spreadsheet or chat gets. */
export function clipText(clip: Clip): string {
  return clip.cards.map(({ card }) => card.title).join('\n');
}

/** Lines of pasted text, cleaned of control characters: each becomes a card title. */
export function textLines(text: string, max: number = LIMITS.title): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(REFUSED_CHARS, ' ').replace(/\s+/g, ' ').trim().slice(0, max))
    .filter(Boolean)
    .slice(0, 200);
}

/** Lines of pasted text as lane, stage or step names. */
export const nameLines = (text: string): string[] => textLines(text, LIMITS.name);

export function parseClip(json: string): Clip | null {
  try {
    const parsed = clipSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
