// Vote results in the exports: "dots on the picture when asked" (SVG, PDF, PNG, and the CLI's
// --dots), and the CSV's dots, rank and open-comment columns.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderExport } from '../../../main/export';
import { standings } from '../../../shared/facilitation/votes';
import { openThreadCounts } from '../../../shared/facilitation/comments';
import { blueprintsOf } from '../../../shared/model';
import { cli, expectRejected, tempDir } from '../cli/harness';
import { espressoDoc, parseCsv, pdfText } from './helpers';

const doc = espressoDoc();
const blueprintId = blueprintsOf(doc)[0]!.id;
const round = Object.values(doc.voteRounds)[0]!;
const ranking = standings(doc, round.id);
const svgText = async (dots?: string) => Buffer.from(await renderExport(doc, { format: 'svg', blueprintId, ...(dots ? { dots } : {}) })).toString('utf8');
const pills = (svg: string) => [...svg.matchAll(/>(#\d+ · \d+ dots?)</g)].map((m) => m[1]);

describe('vote results in exports', () => {
  it('draws rank and dots on the voted cards only when asked, by round id or as the latest', async () => {
    expect(ranking.length).toBeGreaterThan(3);
    expect(pills(await svgText())).toEqual([]);
    const expected = ranking.map((s) => `#${s.rank} · ${s.dots} ${s.dots === 1 ? 'dot' : 'dots'}`).sort();
    expect(pills(await svgText(round.id)).sort()).toEqual(expected);
    expect(pills(await svgText('latest')).sort()).toEqual(expected);
    expect(await svgText('What to fix first')).toContain(`Dots: ${round.question || round.name}`);
    await expect(renderExport(doc, { format: 'svg', blueprintId, dots: 'nope' })).rejects.toThrow(/no vote round "nope"; its rounds: "What to fix first"/);
  });

  it('puts the same result in the PDF as real text', async () => {
    const text = pdfText(await renderExport(doc, { format: 'pdf', blueprintId, dots: 'latest' }));
    const top = ranking[0]!;
    expect(text).toContain(`#1 · ${top.dots} dots`);
  });

  it('gives the CSV the dots and rank of the latest closed round and the open comments', async () => {
    const bytes = Buffer.from(await renderExport(doc, { format: 'csv', blueprintId }));
    const [header, ...rows] = parseCsv(bytes.subarray(3).toString('utf8'));
    const at = (name: string) => header!.indexOf(name);
    const byCard = new Map(rows.map((r) => [r[at('card_id')]!, r]));
    for (const s of ranking) {
      expect(byCard.get(s.cardId)![at('dots')]).toBe(String(s.dots));
      expect(byCard.get(s.cardId)![at('dots_rank')]).toBe(String(s.rank));
    }
    const voted = new Set(ranking.map((s) => s.cardId));
    const unvoted = rows.find((r) => !voted.has(r[at('card_id')]!))!;
    expect([unvoted[at('dots')], unvoted[at('dots_rank')]]).toEqual(['0', '']);
    const threads = openThreadCounts(doc.comments);
    expect(threads.size).toBeGreaterThan(0);
    for (const [cardId, n] of threads) expect(byCard.get(cardId)![at('open_comments')]).toBe(String(n));
  });

  it('has a --dots flag in the CLI, refusing a round that is not there in one line', () => {
    const dir = tempDir();
    expect(cli(['new', 'x.frontstage', '--template', 'home-espresso'], dir).code).toBe(0);
    const r = cli(['export', 'x.frontstage', '--format', 'svg', '--dots', '--out', 'x.svg'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(pills(readFileSync(join(dir, 'x.svg'), 'utf8'))).toHaveLength(ranking.length);
    expect(cli(['export', 'x.frontstage', '--format', 'svg', '--dots', 'what to fix first', '--out', 'y.svg'], dir).code).toBe(0);
    expectRejected(dir, ['export', 'x.frontstage', '--format', 'png', '--dots', 'Round 9', '--out', 'x.png'], 'x.frontstage', /no vote round "Round 9"/);
    const blank = tempDir();
    expect(cli(['new', 'b.frontstage'], blank).code).toBe(0);
    expectRejected(blank, ['export', 'b.frontstage', '--format', 'pdf', '--dots', '--out', 'b.pdf'], 'b.frontstage', /no closed vote round/);
  });
});
