import { cardsByCell, cellKey, columnsOf, experienceGap, lanesOf, recordIn } from '../../shared/model/queries';
import type { Card, Id, WorkshopDoc } from '../../shared/model/types';
import { latestClosedRound, standings } from '../../shared/facilitation/votes';
import { openThreadCounts } from '../../shared/facilitation/comments';

/**
 * The fixed columns of the card table; `quote_1` … `quote_N` follow, as many as the card with
 * the most customer quotes needs, one quote per cell. Lists are joined with "; ": ids and
 * response types never contain it; for tags and brand attribute names it is for reading only.
 */
export const CSV_COLUMNS = [
  'blueprint', 'lane', 'lane_hidden', 'stage', 'step', 'order_in_cell', 'card_id', 'title', 'description', 'kind',
  'owner', 'tags', 'fail_point', 'wait_minutes', 'image',
  'touchpoint', 'channel', 'importance', 'sentiment', 'expectation', 'experience', 'experience_gap', 'responses',
  'strategy', 'benchmark_standard', 'benchmark_target', 'benchmark_current', 'benchmark_evidence',
  'differentiation_concept', 'differentiation_brand_attributes', 'differentiation_brand_attribute_ids', 'root_causes', 'root_cause_ids',
  'product_useful', 'product_usable', 'product_sensuous',
  'dots', 'dots_rank', 'open_comments',
] as const;

type Row = Record<(typeof CSV_COLUMNS)[number], string | number | boolean | null>;

/**
 * One row per card of the blueprint, lanes top to bottom (hidden ones too: this is data, not a
 * picture), steps left to right, cards in cell order. RFC 4180: CRLF line ends, every field
 * quoted when it holds a comma, quote or line break. UTF-8 with a byte order mark, because
 * Excel reads a CSV without one in the local code page and garbles every accent; LibreOffice,
 * Numbers and Google Sheets ignore the mark.
 */
export function exportCsv(doc: WorkshopDoc, blueprintId: string, roundId?: Id): Uint8Array {
  const blueprint = doc.blueprints[blueprintId]!;
  // Dots of the round asked for, else of the round closed last: the room's latest priorities.
  const round = roundId ?? latestClosedRound(doc, blueprintId)?.id;
  const result = new Map(round ? standings(doc, round).map((s) => [s.cardId, s]) : []);
  const threads = openThreadCounts(doc.comments);
  const cells = cardsByCell(doc, blueprintId);
  const steps = columnsOf(doc, blueprintId);
  const quoteColumns = Math.max(1, ...[...cells.values()].flat().map((c) => c.touchpoint?.quotes.length ?? 0));
  const quoteHeader = Array.from({ length: quoteColumns }, (_, i) => `quote_${i + 1}`);
  const lines = [[...CSV_COLUMNS, ...quoteHeader].map(field).join(',')];
  for (const lane of lanesOf(doc, blueprintId)) {
    for (const step of steps) {
      (cells.get(cellKey(lane.id, step.id)) ?? []).forEach((card, order) => {
        const row = cardRow(doc, card);
        row.blueprint = blueprint.name;
        row.lane = lane.name;
        row.lane_hidden = lane.hidden;
        row.stage = recordIn(doc.stages, step.stageId)?.name ?? '';
        row.step = step.name;
        row.order_in_cell = order + 1;
        const standing = result.get(card.id);
        row.dots = round ? (standing?.dots ?? 0) : null;
        row.dots_rank = standing?.rank ?? null;
        row.open_comments = threads.get(card.id) ?? 0;
        const quotes = Array.from({ length: quoteColumns }, (_, i) => card.touchpoint?.quotes[i] ?? '');
        lines.push([...CSV_COLUMNS.map((c) => row[c]), ...quotes].map(field).join(','));
      });
    }
  }
  return Buffer.from('\uFEFF' + lines.join('\r\n') + '\r\n', 'utf8');
}

function cardRow(doc: WorkshopDoc, card: Card): Row {
  const tp = card.touchpoint;
  const names = (ids: string[], table: 'brandAttributes' | 'cards') =>
    ids.map((id) => (table === 'cards' ? recordIn(doc.cards, id)?.title : recordIn(doc.brandAttributes, id)?.name) ?? id).join('; ');
  return {
    blueprint: '', lane: '', lane_hidden: false, stage: '', step: '', order_in_cell: 0,
    card_id: card.id, title: card.title, description: card.description, kind: card.kind,
    owner: card.owner, tags: card.tags.join('; '), fail_point: card.failPoint, wait_minutes: card.waitMinutes,
    image: card.imageId ? (recordIn(doc.assets, card.imageId)?.name ?? card.imageId) : '',
    touchpoint: tp !== null,
    channel: tp?.channel ?? null,
    importance: tp?.importance ?? null,
    sentiment: tp?.sentiment ?? null,
    expectation: tp?.expectation ?? null,
    experience: tp?.experience ?? null,
    experience_gap: tp ? experienceGap(tp) : null,
    responses: tp ? tp.responses.join('; ') : null,
    strategy: tp?.strategy ?? null,
    benchmark_standard: tp?.benchmark.standard ?? null,
    benchmark_target: tp?.benchmark.target ?? null,
    benchmark_current: tp?.benchmark.current ?? null,
    benchmark_evidence: tp?.benchmark.evidence ?? null,
    differentiation_concept: tp?.differentiation.concept ?? null,
    differentiation_brand_attributes: tp ? names(tp.differentiation.brandAttributes, 'brandAttributes') : null,
    differentiation_brand_attribute_ids: tp ? tp.differentiation.brandAttributes.join('; ') : null,
    root_causes: tp ? names(tp.rootCauses, 'cards') : null,
    root_cause_ids: tp ? tp.rootCauses.join('; ') : null,
    product_useful: card.product?.useful ?? null,
    product_usable: card.product?.usable ?? null,
    product_sensuous: card.product?.sensuous ?? null,
    dots: null, dots_rank: null, open_comments: 0,
  };
}

// A spreadsheet runs a cell that starts with one of these as a formula ("CSV injection"); a
// leading apostrophe makes it plain text in Excel, LibreOffice and Google Sheets.
const FORMULA_START = /^[=+\-@\t\r]/;

function field(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

