import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './harness';

// js-yaml ships no types; electron-builder reads its YAML config with it.
const { load } = createRequire(__filename)('js-yaml') as { load(text: string): unknown };

// electron-builder cannot run here (no Electron download), so its config is checked against
// the schema electron-builder itself validates with.
describe('electron-builder.yml', () => {
  const config = load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, any>;

  it('is valid for electron-builder', () => {
    const schema = JSON.parse(readFileSync(join(root, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...config, fileAssociations: [{ extension: 'frontstage' }] })).toBe(false);
  });

  it('packages the built app, opens .frontstage files and keeps native modules outside the asar', () => {
    expect(config.productName).toBe('Frontstage');
    expect(config.files).toEqual(expect.arrayContaining(['dist/**', 'resources/**', 'package.json']));
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.fileAssociations[0].ext).toBe('frontstage');
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.mac.target).toContain('dmg');
    expect(config.win.target).toContain('nsis');
    const main = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).main;
    expect(main).toBe('dist/electron/app.cjs');
  });
});
