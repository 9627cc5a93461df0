import type { JSX } from 'react';
import { LIMITS } from '../../shared/model/text';
import type { Card, Touchpoint } from '../../shared/model/types';
import { useDoc } from '../state/documentStore';
import { RatingPicker } from '../components/RatingPicker';
import { TextField } from '../components/TextField';
import { benchmarkScore, benchmarkText } from './edits';
import { perform } from './perform';

/** The standard to protect, where it should be and where it is, and what best customers say. */
export function BenchmarkFields({ card, tp }: { card: Card; tp: Touchpoint }): JSX.Element {
  const best = useDoc((d) => Object.values(d.segments).find((s) => s.bestCustomers)?.name ?? null);
  const { target, current } = tp.benchmark;
  const below = target !== null && current !== null && current < target;
  return (
    <div className="fs-strategy-panel fs-strategy-panel-benchmark">
      <TextField
        label="Standard" multiline rows={2} max={LIMITS.title * 4} value={tp.benchmark.standard}
        placeholder="The level every customer gets, e.g. ashtrays emptied every 30 minutes"
        onChange={(v) => perform(benchmarkText(card.id, 'standard', v))}
      />
      <RatingPicker label="Target" nullable value={target} onChange={(v) => perform(benchmarkScore(card.id, 'target', v))} />
      <RatingPicker label="Current" nullable value={current} onChange={(v) => perform(benchmarkScore(card.id, 'current', v))} />
      {below && <p className="fs-warning"><span aria-hidden="true">▼ </span>Below target by {target - current}</p>}
      <TextField
        label="Evidence from best customers" multiline rows={2} value={tp.benchmark.evidence}
        placeholder="What their positive experience was"
        hint={best ? `Best customers: ${best}` : 'Flag a segment as best customers in the workshop details.'}
        onChange={(v) => perform(benchmarkText(card.id, 'evidence', v))}
      />
    </div>
  );
}
