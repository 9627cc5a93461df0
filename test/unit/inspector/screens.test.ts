import { describe, expect, it } from 'vitest';
import { requests } from '../../../shared/api/contract';
import { bytesFromBase64, exportRequest, FORMATS, PAGES, REPORT_PAGES } from '../../../renderer/dialogs/exportOptions';
import { fileName, folderOf } from '../../../renderer/dialogs/paths';
import { formatMinutes } from '../../../shared/render/format';
import { minutesFrom } from '../../../renderer/panels/minutes';
import { whenOpened } from '../../../renderer/welcome/whenOpened';

describe('export dialog requests', () => {
  const session = 'session-1234';
  const choice = { blueprintId: 'bp1', scale: 3, page: 'a1' as const, reportPage: 'letter' as const };

  it('sends only the options the chosen format uses, and the contract accepts every one', () => {
    expect(exportRequest(session, { ...choice, format: 'png' })).toEqual({ session, format: 'png', blueprintId: 'bp1', scale: 3 });
    expect(exportRequest(session, { ...choice, format: 'pdf' })).toEqual({ session, format: 'pdf', blueprintId: 'bp1', page: 'a1' });
    expect(exportRequest(session, { ...choice, format: 'json' })).toEqual({ session, format: 'json' });
    expect(exportRequest(session, { ...choice, format: 'report' })).toEqual({ session, format: 'report', blueprintId: 'bp1', page: 'letter' });
    for (const f of FORMATS) {
      for (const p of PAGES) {
        const parsed = requests['export.render'].safeParse(exportRequest(session, { ...choice, page: p.value, format: f.value }));
        expect(parsed.success).toBe(true);
      }
    }
    for (const p of REPORT_PAGES) expect(requests['export.render'].safeParse(exportRequest(session, { ...choice, reportPage: p.value, format: 'report' })).success).toBe(true);
  });

  it('decodes the base64 an export arrives in, byte for byte', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(bytesFromBase64(Buffer.from(bytes).toString('base64'))).toEqual(bytes);
  });
});

describe('paths as people read them', () => {
  it('splits either separator', () => {
    expect(fileName('/home/ana/resort.frontstage')).toBe('resort.frontstage');
    expect(folderOf('/home/ana/resort.frontstage')).toBe('/home/ana');
    expect(fileName('C:\\Users\\ana\\bank.frontstage')).toBe('bank.frontstage');
    expect(folderOf('bank.frontstage')).toBe('');
  });
});

describe('agenda time-boxes', () => {
  it('reads typed minutes within a day', () => {
    expect(minutesFrom('45')).toBe(45);
    expect(minutesFrom('-3')).toBe(0);
    expect(minutesFrom('9999')).toBe(1440);
    expect(minutesFrom('abc')).toBe(0);
  });

  it('says totals in hours and minutes', () => {
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(120)).toBe('2 h');
    expect(formatMinutes(95)).toBe('1 h 35 min');
  });
});

describe('recent files', () => {
  const now = Date.UTC(2026, 10, 22, 12);
  it('says when a file was opened in words', () => {
    expect(whenOpened(now - 10_000, now)).toBe('just now');
    expect(whenOpened(now - 5 * 60_000, now)).toBe('5 min ago');
    expect(whenOpened(now - 3 * 3_600_000, now)).toBe('3 h ago');
    expect(whenOpened(now - 30 * 3_600_000, now)).toBe('yesterday');
    expect(whenOpened(now - 4 * 86_400_000, now)).toBe('4 days ago');
    expect(whenOpened(Date.UTC(2026, 0, 5), now)).toBe('2026-01-05');
  });
});
