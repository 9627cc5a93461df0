import { defaultCard, defaultTouchpoint } from '../../../shared/model';
import { canonical } from './builder';

/**
 * One blueprint worked out by hand. Reading order (stage, step, lane, position):
 *   S1/a: t1 (customer), t2 (frontstage), p1 (backstage)
 *   S1/b: t3 (customer), t6 (frontstage), s1 (support)
 *   S2/c: t4 (evidence), t5 (customer), pr1, pr2 (product)
 *
 *        importance expectation experience gap  owner               strategy
 *   t1   5          4           2          −2   Marketing           none
 *   t2   4          3           4          +1   "customer  Service"  benchmark "Answer in a minute" 5/4
 *   t3   2          3           3           0   Customer service    differentiate [brA]
 *   t4   3          4           3          −1   (blank)             differentiate [brA]
 *   t5   5          4           –          –    MARKETING           benchmark, blank standard, 3/3
 *   t6   4          5           2          −3   Operations          benchmark "Clean rooms" 4/2
 */
export function workedExample() {
  const b = canonical().brand('brA', 'Warm').brand('brB', 'Crafted');
  // Added out of reading order on purpose: the analyses must not depend on insertion order.
  b.card('t6', { lane: 'fr', step: 'b', owner: 'Operations', failPoint: true, tp: { importance: 4, expectation: 5, experience: 2, sentiment: -2, strategy: 'benchmark', benchmark: { standard: 'Clean rooms', target: 4, current: 2 }, rootCauses: ['s1', 'p1'] } });
  b.card('t5', { lane: 'cu', step: 'c', owner: 'MARKETING', tp: { importance: 5, expectation: 4, experience: null, sentiment: 0, strategy: 'benchmark', benchmark: { standard: '   ', target: 3, current: 3 } } });
  b.card('t4', { lane: 'ev', step: 'c', owner: '  ', failPoint: true, waitMinutes: 7, tp: { importance: 3, expectation: 4, experience: 3, sentiment: -2, strategy: 'differentiate', differentiation: { concept: 'Signature scent', brandAttributes: ['brA'] }, rootCauses: ['p1'] } });
  b.card('t3', { lane: 'cu', step: 'b', owner: 'Customer service', tp: { importance: 2, expectation: 3, experience: 3, sentiment: 2, strategy: 'differentiate', differentiation: { concept: 'Name on the cup', brandAttributes: ['brA'] }, rootCauses: ['s1'] } });
  b.card('t2', { lane: 'fr', step: 'a', owner: 'customer  Service', tp: { importance: 4, expectation: 3, experience: 4, sentiment: 1, strategy: 'benchmark', benchmark: { standard: 'Answer in a minute', target: 5, current: 4 } } });
  b.card('t1', { lane: 'cu', step: 'a', owner: 'Marketing', waitMinutes: 5, tp: { importance: 5, expectation: 4, experience: 2, sentiment: -1, rootCauses: ['s1'] } });
  b.card('p1', { lane: 'ba', step: 'a', owner: 'Operations', kind: 'process' });
  b.card('s1', { lane: 'su', step: 'b', owner: 'IT', kind: 'system', failPoint: true, waitMinutes: 10 });
  b.card('pr1', { lane: 'pr', step: 'c', kind: 'product', product: { useful: 4, usable: 2, sensuous: null } });
  b.card('pr2', { lane: 'pr', step: 'c', kind: 'product', product: { useful: 3, usable: null, sensuous: null } });
  b.connector('k1', 't2', 'p1', 'flow') // frontstage → backstage: a handoff
    .connector('k2', 'p1', 't1', 'cause') // backstage → customer, and a cause of t1
    .connector('k3', 't1', 't2', 'flow') // both visible: no handoff
    .connector('k4', 's1', 'p1', 'dependency') // both behind: no handoff
    .connector('k5', 'pr1', 't3', 'flow') // the product lane is on neither side
    .connector('k6', 's1', 't6', 'cause'); // support → frontstage, and a cause t6 also names
  // A second blueprint whose cards must not count.
  const doc = b.doc;
  doc.blueprints['other'] = { id: 'other', name: 'Future state', description: '', position: 1, presentationOrder: [] };
  doc.lanes['olane'] = { id: 'olane', blueprintId: 'other', name: 'Customer', kind: 'customer', role: null, hidden: false, position: 0 };
  doc.stages['ostage'] = { id: 'ostage', blueprintId: 'other', name: 'Only', position: 0 };
  doc.steps['ostep'] = { id: 'ostep', stageId: 'ostage', name: 'Only', position: 0 };
  doc.cards['x'] = defaultCard({ id: 'x', laneId: 'olane', stepId: 'ostep', position: 0, owner: 'Customer service', failPoint: true, touchpoint: { ...defaultTouchpoint(), importance: 5, expectation: 5, experience: 1 } });
  return doc;
}
