import { CANONICAL_LANES, OPTIONAL_LANES, defaultCard, defaultTouchpoint, emptyDoc } from '../../../shared/model';
import type { WorkshopDoc } from '../../../shared/model';

/** A small workshop that uses every card and touchpoint attribute, plus hostile text. */
export function sampleDoc(): WorkshopDoc {
  const doc = emptyDoc('Café “Ünïcode” & <Friends>');
  doc.workshop.service = 'Home espresso';
  doc.workshop.date = '2026-03-14';
  doc.brandAttributes['ba1'] = { id: 'ba1', name: 'Crafted', description: 'Made with care', position: 0 };
  doc.blueprints['bp'] = { id: 'bp', name: 'Current state', description: '', position: 0, presentationOrder: [] };
  doc.blueprints['bp2'] = { id: 'bp2', name: 'Future state', description: '', position: 1, presentationOrder: [] };
  const presets = [...CANONICAL_LANES, OPTIONAL_LANES[0]!, OPTIONAL_LANES[1]!];
  presets.forEach((p, i) => {
    const id = `l${i}`;
    doc.lanes[id] = { id, blueprintId: 'bp', name: p.name, kind: p.kind, role: p.role, hidden: false, position: i };
  });
  doc.stages['s1'] = { id: 's1', blueprintId: 'bp', name: 'Pre-purchase', position: 0 };
  doc.stages['s2'] = { id: 's2', blueprintId: 'bp', name: 'Consumption', position: 1 };
  doc.steps['t1'] = { id: 't1', stageId: 's1', name: 'Sees an ad', position: 0 };
  doc.steps['t2'] = { id: 't2', stageId: 's1', name: 'Visits the boutique', position: 1 };
  doc.steps['t3'] = { id: 't3', stageId: 's2', name: 'Brews the first cup at home with the new machine', position: 0 };

  const tp = defaultTouchpoint();
  tp.channel = 'in-person';
  tp.importance = 5;
  tp.sentiment = 2;
  tp.expectation = 4;
  tp.experience = 5;
  tp.responses = ['sensory', 'affective'];
  tp.strategy = 'differentiate';
  tp.differentiation = { concept: 'Signature aroma, "on-brand"', brandAttributes: ['ba1'] };
  tp.quotes = ['It smelled like Italy, honestly', 'Comma, "quote" and\nnew line'];
  tp.rootCauses = ['c4'];
  doc.cards['c1'] = defaultCard({
    id: 'c1', laneId: 'l1', stepId: 't2', position: 0, title: 'Is greeted by the barista', kind: 'action',
    description: 'A warm welcome and an offer to taste the season’s blend before anything else.',
    owner: 'Retail', tags: ['store', 'welcome'], waitMinutes: 3, touchpoint: tp,
  });
  const bench = defaultTouchpoint();
  bench.channel = 'web';
  bench.importance = 4;
  bench.sentiment = -1;
  bench.expectation = 4;
  bench.experience = 2;
  bench.strategy = 'benchmark';
  bench.benchmark = { standard: 'Page loads in < 2 s', target: 5, current: 3, evidence: 'Best customers order in one click' };
  doc.cards['c2'] = defaultCard({
    id: 'c2', laneId: 'l1', stepId: 't1', position: 0, title: '<script>alert("x")</script> & clicks the ad',
    kind: 'action', failPoint: true, touchpoint: bench,
  });
  doc.cards['c3'] = defaultCard({ id: 'c3', laneId: 'l1', stepId: 't2', position: 1, title: 'يدفع ثمن الكبسولات (pays)', kind: 'action' });
  doc.cards['c4'] = defaultCard({ id: 'c4', laneId: 'l3', stepId: 't2', position: 0, title: 'Restocks the tasting bar', kind: 'process', owner: 'Operations' });
  doc.cards['c5'] = defaultCard({ id: 'c5', laneId: 'l5', stepId: 't3', position: 0, title: 'Capsule machine', kind: 'product', product: { useful: 5, usable: 4, sensuous: 3 } });
  doc.cards['c6'] = defaultCard({ id: 'c6', laneId: 'l0', stepId: 't1', position: 0, title: 'Glossy magazine ad', kind: 'evidence' });
  doc.cards['c7'] = defaultCard({ id: 'c7', laneId: 'l2', stepId: 't2', position: 0, title: 'Barista explains the capsule range', kind: 'action' });
  doc.cards['c8'] = defaultCard({ id: 'c8', laneId: 'l4', stepId: 't3', position: 0, title: 'CRM sends welcome mail', kind: 'system' });
  doc.cards['c9'] = defaultCard({ id: 'c9', laneId: 'l7', stepId: 't3', position: 0, title: 'Descaling is confusing', kind: 'pain-point' });
  doc.connectors['k1'] = { id: 'k1', blueprintId: 'bp', from: 'c2', to: 'c1', kind: 'flow', label: 'next' };
  doc.connectors['k2'] = { id: 'k2', blueprintId: 'bp', from: 'c4', to: 'c1', kind: 'cause', label: '' };
  doc.connectors['k3'] = { id: 'k3', blueprintId: 'bp', from: 'c1', to: 'c5', kind: 'dependency', label: 'needs' };
  doc.connectors['k4'] = { id: 'k4', blueprintId: 'bp', from: 'c8', to: 'c1', kind: 'feedback', label: '' };
  return doc;
}
