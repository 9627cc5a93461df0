import { defaultCard, defaultTouchpoint, emptyDoc, type Card, type ConnectorKind, type LaneKind, type Touchpoint, type WorkshopDoc } from '../../../shared/model';

type TouchpointFields = Partial<Omit<Touchpoint, 'benchmark' | 'differentiation'>> & {
  benchmark?: Partial<Touchpoint['benchmark']>;
  differentiation?: Partial<Touchpoint['differentiation']>;
};

interface CardSpec extends Partial<Omit<Card, 'touchpoint' | 'laneId' | 'stepId' | 'id'>> {
  lane: string;
  step: string;
  tp?: TouchpointFields;
}

/**
 * A small blueprint written the way one reads it in a test: lanes by id and kind, stages with
 * their steps, cards put into cells in the order they are added.
 */
export class Builder {
  readonly doc: WorkshopDoc = emptyDoc('Worked example');
  private positions = new Map<string, number>();

  constructor(readonly blueprintId = 'bp', lanes: [string, LaneKind][] = [], stages: [string, string[]][] = []) {
    const position = Object.keys(this.doc.blueprints).length;
    this.doc.blueprints[blueprintId] = { id: blueprintId, name: 'Current state', description: '', position, presentationOrder: [] };
    lanes.forEach(([id, kind], i) => {
      this.doc.lanes[id] = { id, blueprintId, name: id, kind, role: null, hidden: false, position: i };
    });
    stages.forEach(([id, steps], i) => {
      this.doc.stages[id] = { id, blueprintId, name: id, position: i };
      steps.forEach((step, j) => {
        this.doc.steps[step] = { id: step, stageId: id, name: step, position: j };
      });
    });
  }

  card(id: string, spec: CardSpec): this {
    const { lane, step, tp, ...fields } = spec;
    const cell = `${lane}|${step}`;
    const position = this.positions.get(cell) ?? 0;
    this.positions.set(cell, position + 1);
    let touchpoint: Touchpoint | null = null;
    if (tp) {
      const base = defaultTouchpoint();
      touchpoint = { ...base, ...tp, benchmark: { ...base.benchmark, ...tp.benchmark }, differentiation: { ...base.differentiation, ...tp.differentiation } };
    }
    this.doc.cards[id] = defaultCard({ id, laneId: lane, stepId: step, position, ...fields, touchpoint });
    return this;
  }

  connector(id: string, from: string, to: string, kind: ConnectorKind = 'flow'): this {
    this.doc.connectors[id] = { id, blueprintId: this.blueprintId, from, to, kind, label: '' };
    return this;
  }

  brand(id: string, name = id): this {
    this.doc.brandAttributes[id] = { id, name, description: '', position: Object.keys(this.doc.brandAttributes).length };
    return this;
  }
}

/** The canonical six lanes, top to bottom, and two stages of two and one steps. */
export function canonical(): Builder {
  return new Builder(
    'bp',
    [['ev', 'evidence'], ['cu', 'customer'], ['fr', 'frontstage'], ['ba', 'backstage'], ['su', 'support'], ['pr', 'product']],
    [['S1', ['a', 'b']], ['S2', ['c']]],
  );
}
