import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { resourcesDir } from '../resources';

export interface FontFiles { regular: string; bold: string }

let found: FontFiles | undefined;

/** The bundled TTFs in resources/fonts, the same for every export and the canvas. */
export function bundledFonts(): FontFiles {
  if (found) return found;
  const fonts = join(resourcesDir(), 'fonts');
  if (!existsSync(join(fonts, 'DejaVuSans.ttf'))) throw new Error('The bundled fonts (resources/fonts) are missing from this installation.');
  return (found = at(fonts));
}

const at = (fonts: string): FontFiles => ({ regular: join(fonts, 'DejaVuSans.ttf'), bold: join(fonts, 'DejaVuSans-Bold.ttf') });
