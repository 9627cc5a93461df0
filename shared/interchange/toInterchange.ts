import {
  byPosition, blueprintOfCard, columnsOf, lanesOf, sorted, stagesOf, stepsOf,
  type Card, type Id, type Touchpoint, type WorkshopDoc,
} from '../model';
import { INTERCHANGE_FORMAT, INTERCHANGE_VERSION, type InterchangeJson } from './schema';

type Json = InterchangeJson;
type JsonBlueprint = NonNullable<Json['blueprints']>[number];
type JsonCard = NonNullable<JsonBlueprint['cards']>[number];

/** Keeps a key only when it holds a value: unset ratings are left out rather than written as null. */
const set = <K extends string, V>(key: K, value: V | null): { [P in K]?: V } =>
  (value === null ? {} : { [key]: value }) as { [P in K]?: V };

const byId = <T extends { id: Id }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The whole workshop as interchange JSON. Key order and record order are fixed (records by
 * position, cards lane by lane and column by column, unordered records by id), so that
 * export → import → export gives the same bytes.
 */
export function toInterchange(doc: WorkshopDoc): InterchangeJson {
  const w = doc.workshop;
  const { timer } = w;
  return {
    format: INTERCHANGE_FORMAT,
    formatVersion: INTERCHANGE_VERSION,
    workshop: {
      title: w.title,
      service: w.service,
      date: w.date,
      facilitator: w.facilitator,
      notes: w.notes,
      timer: {
        label: timer.label, durationSeconds: timer.durationSeconds, ...set('startedAt', timer.startedAt), elapsedSeconds: timer.elapsedSeconds,
        ...set('agendaItem', timer.agendaItemId),
      },
      brandAttributes: sorted(Object.values(doc.brandAttributes)).map((b) => ({ id: b.id, name: b.name, description: b.description })),
      segments: sorted(Object.values(doc.segments)).map((s) => ({ id: s.id, name: s.name, description: s.description, bestCustomers: s.bestCustomers })),
      participants: sorted(Object.values(doc.participants)).map((p) => ({ id: p.id, name: p.name, department: p.department })),
      agenda: sorted(Object.values(doc.agenda)).map((a) => ({
        id: a.id, title: a.title, minutes: a.minutes, done: a.done,
        ...set('startedAt', a.startedAt), ...set('endedAt', a.endedAt), actualSeconds: a.actualSeconds,
      })),
      parkingLot: sorted(Object.values(doc.parkingLot)).map((n) => ({ id: n.id, text: n.text, author: n.author })),
    },
    blueprints: sorted(Object.values(doc.blueprints)).map((b) => blueprintJson(doc, b.id)),
    assets: Object.values(doc.assets).sort(byId).map((a) => ({ id: a.id, name: a.name, mime: a.mime, data: a.data })),
  };
}

function blueprintJson(doc: WorkshopDoc, blueprintId: Id): JsonBlueprint {
  const blueprint = doc.blueprints[blueprintId]!;
  const lanes = lanesOf(doc, blueprintId);
  const columns = columnsOf(doc, blueprintId);
  const laneIndex = new Map(lanes.map((l, i) => [l.id, i]));
  const columnIndex = new Map(columns.map((s, i) => [s.id, i]));
  const cards = Object.values(doc.cards)
    .filter((c) => laneIndex.has(c.laneId))
    .sort((a, b) =>
      laneIndex.get(a.laneId)! - laneIndex.get(b.laneId)! ||
      (columnIndex.get(a.stepId) ?? 0) - (columnIndex.get(b.stepId) ?? 0) ||
      byPosition(a, b));
  const rounds = sorted(Object.values(doc.voteRounds).filter((r) => r.blueprintId === blueprintId));
  return {
    id: blueprint.id,
    name: blueprint.name,
    description: blueprint.description,
    lanes: lanes.map((l) => ({ id: l.id, name: l.name, kind: l.kind, ...set('role', l.role), hidden: l.hidden })),
    stages: stagesOf(doc, blueprintId).map((s) => ({
      id: s.id, name: s.name, steps: stepsOf(doc, s.id).map((t) => ({ id: t.id, name: t.name })),
    })),
    cards: cards.map(cardJson),
    connectors: Object.values(doc.connectors)
      .filter((c) => c.blueprintId === blueprintId)
      .sort(byId)
      .map((c) => ({ id: c.id, from: c.from, to: c.to, kind: c.kind, label: c.label })),
    presentationOrder: [...blueprint.presentationOrder],
    voteRounds: rounds.map((r) => ({
      id: r.id, name: r.name, question: r.question, dotsPerPerson: r.dotsPerPerson, open: r.open, hidden: r.hidden,
      eligible: { scope: r.eligible.scope, lanes: [...r.eligible.laneIds], kinds: [...r.eligible.kinds], cards: [...r.eligible.cardIds] },
      ...set('openedAt', r.openedAt), ...set('closedAt', r.closedAt),
      votes: Object.values(doc.votes)
        .filter((v) => v.roundId === r.id)
        .sort(byId)
        .map((v) => ({ id: v.id, participant: v.participantId, card: v.cardId, dots: v.dots })),
    })),
    comments: Object.values(doc.comments)
      .filter((c) => blueprintOfCard(doc, c.cardId) === blueprintId)
      .sort((a, b) => a.createdAt - b.createdAt || byId(a, b))
      .map((c) => ({
        id: c.id, card: c.cardId, author: c.author, ...set('authorParticipant', c.authorId), ...set('replyTo', c.parentId),
        text: c.text, createdAt: c.createdAt, resolved: c.resolved,
      })),
  };
}

function cardJson(c: Card): JsonCard {
  return {
    id: c.id,
    lane: c.laneId,
    step: c.stepId,
    title: c.title,
    description: c.description,
    kind: c.kind,
    owner: c.owner,
    tags: [...c.tags],
    failPoint: c.failPoint,
    waitMinutes: c.waitMinutes,
    ...set('image', c.imageId),
    ...set('touchpoint', c.touchpoint && touchpointJson(c.touchpoint)),
    ...set('product', c.product && {
      ...set('useful', c.product.useful), ...set('usable', c.product.usable), ...set('sensuous', c.product.sensuous),
    }),
    ...set('origin', c.originId),
    ...set('createdBy', c.createdBy),
  };
}

function touchpointJson(t: Touchpoint): NonNullable<JsonCard['touchpoint']> {
  return {
    channel: t.channel,
    importance: t.importance,
    sentiment: t.sentiment,
    ...set('expectation', t.expectation),
    ...set('experience', t.experience),
    responses: [...t.responses],
    strategy: t.strategy,
    benchmark: {
      standard: t.benchmark.standard,
      ...set('target', t.benchmark.target),
      ...set('current', t.benchmark.current),
      evidence: t.benchmark.evidence,
    },
    differentiation: { concept: t.differentiation.concept, brandAttributes: [...t.differentiation.brandAttributes] },
    quotes: [...t.quotes],
    rootCauses: [...t.rootCauses],
  };
}
