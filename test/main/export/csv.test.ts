import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, renderExport } from '../../../main/export';
import { blueprintsOf, cardsOfBlueprint, type Card, type WorkshopDoc } from '../../../shared/model';
import { sampleDoc } from '../../unit/layout/sampleDoc';
import { espressoDoc, parseCsv } from './helpers';

async function table(doc: WorkshopDoc, blueprintId: string): Promise<Record<string, string>[]> {
  const bytes = Buffer.from(await renderExport(doc, { format: 'csv', blueprintId }));
  expect(bytes.subarray(0, 3).toString('hex')).toBe('efbbbf');
  const [header, ...rows] = parseCsv(bytes.subarray(3).toString('utf8'));
  expect(header!.slice(0, CSV_COLUMNS.length)).toEqual([...CSV_COLUMNS]);
  expect(header!.slice(CSV_COLUMNS.length).every((h, i) => h === `quote_${i + 1}`)).toBe(true);
  for (const row of rows) expect(row).toHaveLength(header!.length);
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]!])));
}

const num = (v: string) => (v === '' ? null : Number(v));

/** The touchpoint as the CSV tells it, in the model's own shape. */
function touchpointFromRow(row: Record<string, string>) {
  if (row['touchpoint'] === 'no') return null;
  const list = (v: string) => (v ? v.split('; ') : []);
  return {
    channel: row['channel'],
    importance: num(row['importance']!),
    sentiment: num(row['sentiment']!),
    expectation: num(row['expectation']!),
    experience: num(row['experience']!),
    responses: list(row['responses']!),
    strategy: row['strategy'],
    benchmark: {
      standard: row['benchmark_standard'], target: num(row['benchmark_target']!),
      current: num(row['benchmark_current']!), evidence: row['benchmark_evidence'],
    },
    differentiation: { concept: row['differentiation_concept'], brandAttributes: list(row['differentiation_brand_attribute_ids']!) },
    quotes: Object.keys(row).filter((k) => k.startsWith('quote_') && row[k]).map((k) => row[k]),
    rootCauses: list(row['root_cause_ids']!),
  };
}

function expectRoundTrip(doc: WorkshopDoc, rows: Record<string, string>[], cards: Card[]): void {
  expect(rows).toHaveLength(cards.length);
  const byId = new Map(rows.map((r) => [r['card_id'], r]));
  for (const card of cards) {
    const row = byId.get(card.id)!;
    expect(row['title'], card.id).toBe(card.title.replace(/^([=+\-@])/, "'$1"));
    expect(touchpointFromRow(row), card.id).toEqual(card.touchpoint);
    expect(row['fail_point']).toBe(card.failPoint ? 'yes' : 'no');
    expect(num(row['wait_minutes']!)).toBe(card.waitMinutes);
    if (card.product) expect([row['product_useful']!, row['product_usable']!, row['product_sensuous']!].map(num)).toEqual([card.product.useful, card.product.usable, card.product.sensuous]);
  }
}

describe('CSV export', () => {
  it('round-trips every card and touchpoint attribute of the hand-made sample', async () => {
    const doc = sampleDoc();
    const rows = await table(doc, 'bp');
    expectRoundTrip(doc, rows, cardsOfBlueprint(doc, 'bp'));
    const greeted = rows.find((r) => r['card_id'] === 'c1')!;
    expect(greeted).toMatchObject({ differentiation_brand_attributes: 'Crafted', quote_2: 'Comma, "quote" and\nnew line', blueprint: 'Current state', lane: 'Customer actions', stage: 'Pre-purchase', step: 'Visits the boutique', order_in_cell: '1', experience_gap: '1', tags: 'store; welcome' });
    expect(rows.find((r) => r['card_id'] === 'c3')!['order_in_cell']).toBe('2');
  });

  it('round-trips the home-espresso sample', async () => {
    const doc = espressoDoc();
    for (const bp of blueprintsOf(doc)) expectRoundTrip(doc, await table(doc, bp.id), cardsOfBlueprint(doc, bp.id));
  });

  it('quotes by RFC 4180, ends lines with CRLF and defuses spreadsheet formulas', async () => {
    const doc = sampleDoc();
    doc.cards['c6']!.title = '=HYPERLINK("http://evil.example","click")';
    doc.cards['c7']!.description = 'line one\r\nline "two", with comma';
    const text = Buffer.from(await renderExport(doc, { format: 'csv', blueprintId: 'bp' })).toString('utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = await table(doc, 'bp');
    expect(rows.find((r) => r['card_id'] === 'c7')!['description']).toBe('line one\r\nline "two", with comma');
  });
});
