import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportReport, ExportError } from '../../../main/export';
import { PAPER, planPages } from '../../../main/export/pages';
import { analyze } from '../../../shared/analysis';
import { blueprintsOf, emptyDoc, type WorkshopDoc } from '../../../shared/model';
import { renderSheet, toSvg } from '../../../shared/render';
import { ownershipChart } from '../../../shared/render/charts/analysisCharts';
import { rowChartList } from '../../../shared/render/charts/rows';
import { composeReport } from '../../../shared/report';
import { cardName } from '../../../shared/analysis/words';
import { threadsIn } from '../../../shared/facilitation/comments';
import { standings } from '../../../shared/facilitation/votes';
import { generateDoc } from '../../fixtures/generate';
import { espressoDoc, pdfInfo, pdfText, squash, withTempDir } from './helpers';
import { SECTIONS } from './reportSections';


/** Every page rendered by poppler at a low resolution, with the share of its pixels that carry ink. */
function inkPerPage(pdf: Uint8Array): number[] {
  return withTempDir((dir) => {
    writeFileSync(join(dir, 'r.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', '12', '-gray', join(dir, 'r.pdf'), join(dir, 'p')]);
    return readdirSync(dir).filter((f) => f.endsWith('.pgm')).sort().map((f) => {
      const data = readFileSync(join(dir, f));
      const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 40).toString('latin1'))!;
      const pixels = data.subarray(header[0].length);
      let ink = 0;
      for (const v of pixels) if (v < 200) ink++;
      return ink / pixels.length;
    });
  });
}

describe('the workshop report', () => {
  const doc = espressoDoc();
  const [current] = blueprintsOf(doc);

  it('has every section, the standards and concepts in full, quotes, parking lot and agenda, as real text', async () => {
    const pdf = await exportReport(doc, current!.id, 'a4');
    const text = squash(pdfText(pdf));
    for (const heading of SECTIONS) expect(text, heading).toContain(squash(heading));
    const touchpoints = Object.values(doc.cards).filter((c) => c.touchpoint && doc.lanes[c.laneId]!.blueprintId === current!.id).map((c) => c.touchpoint!);
    const standards = touchpoints.filter((t) => t.strategy === 'benchmark').map((t) => t.benchmark.standard);
    const concepts = touchpoints.filter((t) => t.strategy === 'differentiate').map((t) => t.differentiation.concept);
    expect(standards.length).toBeGreaterThan(3);
    for (const s of [...standards, ...concepts]) expect(text, s).toContain(squash(s));
    for (const q of touchpoints.flatMap((t) => t.quotes)) expect(text, q).toContain(squash(q));
    for (const note of Object.values(doc.parkingLot)) expect(text).toContain(squash(note.text));
    for (const item of Object.values(doc.agenda)) expect(text).toContain(squash(item.title));
    for (const person of Object.values(doc.participants)) expect(text).toContain(squash(person.name));
    expect(text).toContain(squash(`Customer service owns ${Math.round(analyze(doc, current!.id).customerServiceShare * 100)}%`));
  });

  it('is A4 landscape, titled, with an outline of its sections, and every page renders with ink on it', async () => {
    const pdf = await exportReport(doc, current!.id, 'a4');
    const info = pdfInfo(pdf);
    const report = composeReport(doc, current!.id, { page: PAPER.a4, blueprintPages: planPages(renderSheet(doc, current!.id).width, renderSheet(doc, current!.id).height, 'a4').tiles.length });
    expect(Number(info.Pages)).toBe(report.pages.length);
    expect(info['Page size']).toMatch(/^841\.89 x 595\.28 pts/);
    expect(info.Title).toBe('Home espresso: boutique to cup — workshop report');
    const raw = Buffer.from(pdf).toString('latin1');
    for (const s of report.sections) expect(raw).toContain(`/Title (${s.title})`);
    const ink = inkPerPage(pdf);
    expect(ink).toHaveLength(report.pages.length);
    for (const [i, share] of ink.entries()) expect(share, `page ${i + 1}`).toBeGreaterThan(0.003);
  });

  it('tiles the blueprint as the PDF export does on the same paper, and prints on A3 and Letter too', async () => {
    for (const page of ['a3', 'letter'] as const) {
      const pdf = await exportReport(doc, current!.id, page);
      const info = pdfInfo(pdf);
      expect(info['Page size']).toContain(`${PAPER[page].width} x ${PAPER[page].height} pts`);
      const sheet = renderSheet(doc, current!.id);
      const tiles = planPages(sheet.width, sheet.height, page).tiles.length;
      const report = composeReport(doc, current!.id, { page: PAPER[page], blueprintPages: tiles });
      expect(report.pages.filter((p) => p.kind === 'blueprint')).toHaveLength(tiles);
      expect(Number(info.Pages)).toBe(report.pages.length);
    }
  });

  it('gives the same bytes on every run', async () => {
    const a = await exportReport(doc, current!.id, 'letter');
    const b = await exportReport(doc, current!.id, 'letter');
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('draws charts from the display list the SVG writer shares: the same words in both', async () => {
    const analysis = analyze(doc, current!.id);
    const svg = toSvg(rowChartList(ownershipChart(doc, analysis, { width: 770 }), 770, 'Ownership'));
    const text = squash(pdfText(await exportReport(doc, current!.id, 'a4')));
    for (const owner of analysis.ownership) {
      expect(svg).toContain(owner.owner.replace(/&/g, '&#38;'));
      expect(text).toContain(squash(owner.owner));
    }
    expect(svg).toContain('customer service');
  });

  it('sets each agenda item\'s actual time beside its planned one, and a dash for an item never started', async () => {
    const ran = structuredClone(doc);
    const [first, second] = Object.values(ran.agenda).sort((a, b) => a.position - b.position);
    ran.agenda[first!.id] = { ...first!, startedAt: 1_770_000_000_000, endedAt: 1_770_002_730_000, actualSeconds: 2_730, done: true };
    ran.agenda[second!.id] = { ...second!, startedAt: null, endedAt: null, actualSeconds: 0 };
    const lines = pdfText(await exportReport(ran, current!.id, 'a4')).split('\n');
    const row = (title: string) => lines.find((l) => l.includes(title.slice(0, 20))) ?? '';
    expect(lines.some((l) => /Planned\s+Actual/.test(l))).toBe(true);
    expect(row(first!.title)).toMatch(new RegExp(`${first!.minutes >= 60 ? '' : `${first!.minutes} min`}\\s+46 min`));
    expect(row(second!.title)).toContain('\u2014');
  });

  it('ranks each closed dot-vote round and lists the comment threads left open', async () => {
    const ran = structuredClone(doc);
    const round = Object.values(ran.voteRounds).find((r) => r.blueprintId === current!.id && !r.open)!;
    const [top] = standings(ran, round.id);
    const [open, settled] = threadsIn(Object.values(ran.comments));
    ran.comments[settled!.root.id] = { ...settled!.root, resolved: true };
    const text = squash(pdfText(await exportReport(ran, current!.id, 'a4')));
    // Found by heading and lead line: the running headers repeat the section names.
    const votesAt = text.indexOf(squash('Dot votes 1 round:'));
    const commentsAt = text.indexOf(squash('Open comments 2 threads on the cards that nobody resolved.'));
    expect(votesAt).toBeGreaterThan(0);
    expect(commentsAt).toBeGreaterThan(votesAt);
    const votes = text.slice(votesAt, commentsAt);
    expect(votes).toContain(squash(round.question || round.name));
    expect(votes).toContain(squash(`${top!.rank}${cardName(ran, top!.cardId)}`));
    expect(votes).toContain(squash(`${top!.dots} dots`));
    const comments = text.slice(commentsAt, text.indexOf(squash('Parking lot'), commentsAt));
    expect(comments).toContain(squash(`${open!.root.author}: ${open!.root.text}`));
    expect(comments).not.toContain(squash(settled!.root.text));
  });

  it('reports on an empty workshop without failing: every section says what is missing', async () => {
    const empty = emptyDoc('Nothing yet');
    empty.blueprints['bp'] = { id: 'bp', name: 'Current state', description: '', position: 0, presentationOrder: [] };
    const text = squash(pdfText(await exportReport(empty, 'bp', 'a4')));
    for (const heading of SECTIONS.filter((s) => s !== 'The blueprint')) expect(text, heading).toContain(squash(heading));
    expect(text).toContain(squash('This blueprint has no touchpoints yet'));
    expect(text).toContain(squash('The parking lot is empty.'));
  });

  it('keeps a 2,000-card workshop legible: the key of the matrix continues on further pages', async () => {
    const big: WorkshopDoc = generateDoc({ cards: 2000, connectors: 1500 });
    const pdf = await exportReport(big, 'bp1', 'a4');
    const text = pdfText(pdf);
    for (const heading of SECTIONS) expect(squash(text), heading).toContain(squash(heading));
    expect(text).toContain('Key, continued');
    expect(text).toMatch(/and \d+ more handoffs: run "frontstage analyze" for the full list\./);
  });

  it('refuses paper it is not made for, and a blueprint that does not exist', async () => {
    await expect(exportReport(doc, current!.id, 'a1' as never)).rejects.toThrow(ExportError);
    await expect(exportReport(doc, 'nope', 'a4')).rejects.toThrow(/no blueprint with id "nope"/);
  });
});
