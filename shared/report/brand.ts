import { brandCoverageChart } from '../render/charts/analysisCharts';
import type { ReportContext } from './context';
import { placeRowChart, rowChartHeight } from './rows';
import { nothing, sectionHeading } from './text';

/** Which brand attributes the differentiated touchpoints express, and which none does. */
export function brandSection(ctx: ReportContext): void {
  const { flow, analysis: a, doc } = ctx;
  const chart = brandCoverageChart(doc, a, { width: flow.width });
  const gaps = a.brandCoverage.filter((b) => b.touchpoints.length === 0).length;
  sectionHeading(flow, 'Brand coverage', gaps
    ? `${gaps} of ${a.brandCoverage.length} brand attributes ${gaps === 1 ? 'is' : 'are'} expressed by no differentiated touchpoint: ${gaps === 1 ? 'a promise' : 'promises'} the service does not keep yet.`
    : 'Every brand attribute is expressed by at least one differentiated touchpoint.', { newPage: false, keep: rowChartHeight(chart) });
  if (!a.brandCoverage.length) return nothing(flow, 'The workshop has no brand attributes.');
  placeRowChart(flow, chart);
}
