import {
  addBlueprint, addCard, addComment, addConnector, addLane, addQuote, addRootCause, addStage, addStep, addVoteRound,
  agenda, applyStagePreset, brandAttributes, castDot, copyCards, deleteBlueprint, deleteCards, deleteComment,
  deleteConnectors, deleteLane, deleteStage, deleteStep, deleteVoteRound, duplicateBlueprint, duplicateCards,
  idsForClip, idsToDuplicate, moveBlueprint, moveCard, moveCards, moveLane, moveStage, moveStep, parkingLot,
  participants, pasteCards, removeAsset, addAsset, removeDot, removeQuote, removeRootCause, renameLane, reorderCard,
  segments, setExpressedAttribute, setLaneHidden, setPresentationOrder, setProductRatings, setTouchpoint,
  setVoteRoundOpen, updateBenchmark, updateCard, updateConnector, updateTouchpoint, updateWorkshop, setConcept,
  startTimer, pauseTimer, type Command,
} from '../../../shared/commands';
import { columnsOf, lanesOf, stagesOf, type Id, type WorkshopDoc } from '../../../shared/model';

/** Chooses among n things (n > 0) from the random numbers fast-check drew for this step. */
export type Pick = (n: number) => number;
type Move = [Command<never>, unknown] | null;
type Maker = (doc: WorkshopDoc, pick: Pick, id: () => Id) => Move;

const one = <T>(list: readonly T[], pick: Pick): T | undefined => (list.length ? list[pick(list.length)] : undefined);
const keys = (table: object) => Object.keys(table);
const cmd = <A>(command: Command<A>, args: A): Move => [command as Command<never>, args];
const WORDS = ['Order', 'Wait', 'Pay', 'Smile', 'Ça va', 'Überweisung', '東京', ''];

function cellOf(doc: WorkshopDoc, pick: Pick, blueprintId?: Id): { laneId: Id; stepId: Id } | null {
  const bp = blueprintId ?? one(keys(doc.blueprints), pick);
  if (!bp) return null;
  const lane = one(lanesOf(doc, bp), pick);
  const step = one(columnsOf(doc, bp), pick);
  return lane && step ? { laneId: lane.id, stepId: step.id } : null;
}
const blueprintOf = (doc: WorkshopDoc, cardId: Id) => doc.lanes[doc.cards[cardId]!.laneId]!.blueprintId;
const touchpoints = (doc: WorkshopDoc) => Object.values(doc.cards).filter((c) => c.touchpoint).map((c) => c.id);

/** Every kind of edit, each drawing arguments that fit the current document. */
export const MAKERS: Maker[] = [
  (doc, pick, id) => { const c = cellOf(doc, pick); return c && cmd(addCard, { id: id(), ...c, index: pick(5), fields: { title: one(WORDS, pick)! } }); },
  (doc, pick) => { const c = one(keys(doc.cards), pick); return c ? cmd(updateCard, { cardId: c, fields: { title: one(WORDS, pick)!, failPoint: pick(2) === 1, tags: [one(WORDS, pick)!].filter(Boolean) } }) : null; },
  (doc, pick) => { const c = one(keys(doc.cards), pick); const to = c && cellOf(doc, pick, blueprintOf(doc, c)); return c && to ? cmd(moveCard, { cardId: c, ...to, index: pick(6) }) : null; },
  (doc, pick) => {
    const c = one(keys(doc.cards), pick);
    if (!c) return null;
    const bp = blueprintOf(doc, c);
    const others = keys(doc.cards).filter((x) => x !== c && blueprintOf(doc, x) === bp).slice(0, 2);
    const to = cellOf(doc, pick, bp);
    return to && cmd(moveCards, { cardIds: [c, ...others], ...to, index: pick(4) });
  },
  (doc, pick) => { const c = one(keys(doc.cards), pick); return c ? cmd(reorderCard, { cardId: c, index: pick(4) }) : null; },
  (doc, pick) => { const c = one(keys(doc.cards), pick); const d = one(keys(doc.cards), pick); return c && d ? cmd(deleteCards, { cardIds: [...new Set([c, d])] }) : null; },
  (doc, pick, id) => { const c = one(keys(doc.cards), pick); return c ? cmd(duplicateCards, { cardIds: [c], newIds: [id()] }) : null; },
  (doc, pick, id) => {
    const clip = copyCards(doc, [one(keys(doc.cards), pick) ?? '', one(keys(doc.cards), pick) ?? '', one(keys(doc.cards), pick) ?? '']);
    const to = cellOf(doc, pick);
    return clip && to ? cmd(pasteCards, { clip, ...to, ids: idsForClip(clip, id) }) : null;
  },
  (doc, pick) => { const c = one(keys(doc.cards), pick); return c ? cmd(setTouchpoint, { cardId: c, on: !doc.cards[c]!.touchpoint }) : null; },
  (doc, pick) => {
    const c = one(touchpoints(doc), pick);
    return c ? cmd(updateTouchpoint, { cardId: c, fields: { importance: 1 + pick(5), sentiment: pick(5) - 2, experience: pick(2) ? null : 1 + pick(5), strategy: one(['none', 'benchmark', 'differentiate'] as const, pick)! } }) : null;
  },
  (doc, pick) => { const c = one(touchpoints(doc), pick); return c ? cmd(updateBenchmark, { cardId: c, fields: { standard: one(WORDS, pick)!, target: 1 + pick(5) } }) : null; },
  (doc, pick) => { const c = one(touchpoints(doc), pick); return c ? cmd(setConcept, { cardId: c, concept: one(WORDS, pick)! }) : null; },
  (doc, pick) => { const c = one(touchpoints(doc), pick); const b = one(keys(doc.brandAttributes), pick); return c && b ? cmd(setExpressedAttribute, { cardId: c, brandAttributeId: b, on: pick(3) > 0 }) : null; },
  (doc, pick) => { const c = one(touchpoints(doc), pick); return c ? cmd(addQuote, { cardId: c, text: one(WORDS, pick)!, index: pick(3) }) : null; },
  (doc, pick) => { const c = one(touchpoints(doc).filter((x) => doc.cards[x]!.touchpoint!.quotes.length), pick); return c ? cmd(removeQuote, { cardId: c, index: 0 }) : null; },
  (doc, pick) => { const c = one(touchpoints(doc), pick); const d = one(keys(doc.cards).filter((x) => x !== c), pick); return c && d ? cmd(addRootCause, { cardId: c, causeId: d }) : null; },
  (doc, pick) => { const c = one(touchpoints(doc).filter((x) => doc.cards[x]!.touchpoint!.rootCauses.length), pick); return c ? cmd(removeRootCause, { cardId: c, causeId: doc.cards[c]!.touchpoint!.rootCauses[0]! }) : null; },
  (doc, pick) => { const c = one(keys(doc.cards), pick); return c ? cmd(setProductRatings, { cardId: c, ratings: pick(4) ? { useful: 1 + pick(5) } : null }) : null; },
  (doc, pick, id) => { const b = one(keys(doc.blueprints), pick); return b ? cmd(addLane, { id: id(), blueprintId: b, preset: one(['Backstage', 'Pain points', 'Metrics', undefined], pick) }) : null; },
  (doc, pick) => { const l = one(keys(doc.lanes), pick); return l ? cmd(deleteLane, { laneId: l }) : null; },
  (doc, pick) => { const l = one(keys(doc.lanes), pick); return l ? cmd(moveLane, { laneId: l, index: pick(7) }) : null; },
  (doc, pick) => { const l = one(keys(doc.lanes), pick); return l ? cmd(renameLane, { laneId: l, name: one(WORDS, pick)! }) : null; },
  (doc, pick) => { const l = one(keys(doc.lanes), pick); return l ? cmd(setLaneHidden, { laneId: l, hidden: pick(2) === 1 }) : null; },
  (doc, pick, id) => { const b = one(keys(doc.blueprints), pick); return b ? cmd(addStage, { id: id(), blueprintId: b, index: pick(4), firstStep: { id: id() } }) : null; },
  (doc, pick) => { const s = one(keys(doc.stages), pick); return s ? cmd(deleteStage, { stageId: s }) : null; },
  (doc, pick) => { const s = one(keys(doc.stages), pick); return s ? cmd(moveStage, { stageId: s, index: pick(4) }) : null; },
  (doc, pick, id) => { const b = one(keys(doc.blueprints), pick); return b ? cmd(applyStagePreset, { blueprintId: b, presetId: 'consumption-process', newStages: [0, 1, 2].map(() => ({ stageId: id(), stepId: id() })) }) : null; },
  (doc, pick, id) => { const s = one(keys(doc.stages), pick); return s ? cmd(addStep, { id: id(), stageId: s, index: pick(3) }) : null; },
  (doc, pick) => {
    const step = one(keys(doc.steps), pick);
    if (!step) return null;
    const bp = doc.stages[doc.steps[step]!.stageId]!.blueprintId;
    const stage = one(stagesOf(doc, bp), pick)!;
    return cmd(moveStep, { stepId: step, stageId: stage.id, index: pick(3) });
  },
  (doc, pick) => { const s = one(keys(doc.steps), pick); return s ? cmd(deleteStep, { stepId: s }) : null; },
  (doc, pick, id) => {
    const c = one(keys(doc.cards), pick);
    const d = c && one(keys(doc.cards).filter((x) => x !== c && blueprintOf(doc, x) === blueprintOf(doc, c)), pick);
    return c && d ? cmd(addConnector, { id: id(), from: c, to: d, kind: one(['flow', 'cause', 'feedback', 'dependency'] as const, pick)! }) : null;
  },
  (doc, pick) => { const k = one(keys(doc.connectors), pick); return k ? cmd(updateConnector, { connectorId: k, fields: { label: one(WORDS, pick)!, kind: 'dependency' } }) : null; },
  (doc, pick) => { const k = one(keys(doc.connectors), pick); return k ? cmd(deleteConnectors, { connectorIds: [k] }) : null; },
  (_doc, pick, id) => cmd(addBlueprint, { id: id(), laneIds: [1, 2, 3, 4, 5, 6].map(id), index: pick(3), firstStage: { stageId: id(), stepId: id() } }),
  (doc, pick, id) => {
    const b = one(keys(doc.blueprints), pick);
    return b ? cmd(duplicateBlueprint, { blueprintId: b, id: id(), ids: Object.fromEntries(idsToDuplicate(doc, b).map((x) => [x, id()])) }) : null;
  },
  (doc, pick) => { const b = one(keys(doc.blueprints), pick); return b ? cmd(deleteBlueprint, { blueprintId: b }) : null; },
  (doc, pick) => { const b = one(keys(doc.blueprints), pick); return b ? cmd(moveBlueprint, { blueprintId: b, index: pick(3) }) : null; },
  (doc, pick) => {
    const b = one(keys(doc.blueprints), pick);
    return b ? cmd(setPresentationOrder, { blueprintId: b, cardIds: keys(doc.cards).filter((c) => blueprintOf(doc, c) === b && pick(3) === 0) }) : null;
  },
  (_doc, pick) => cmd(updateWorkshop, { fields: { title: one(WORDS, pick)!, date: pick(2) ? '2026-01-31' : '' } }),
  (_doc, pick, id) => cmd(participants.add, { id: id(), index: pick(3), fields: { name: one(WORDS, pick)! } }),
  (doc, pick) => { const p = one(keys(doc.participants), pick); return p ? cmd(participants.remove, { ids: [p] }) : null; },
  (_doc, pick, id) => cmd(brandAttributes.add, { id: id(), fields: { name: one(WORDS, pick)! } }),
  (doc, pick) => { const b = one(keys(doc.brandAttributes), pick); return b ? cmd(brandAttributes.remove, { ids: [b] }) : null; },
  (_doc, pick, id) => cmd(segments.add, { id: id(), fields: { name: one(WORDS, pick)!, bestCustomers: pick(2) === 1 } }),
  (doc, pick) => { const s = one(keys(doc.segments), pick); return s ? cmd(segments.update, { id: s, fields: { bestCustomers: pick(3) > 0 } }) : null; },
  (doc, pick) => { const s = one(keys(doc.segments), pick); return s ? cmd(segments.move, { id: s, index: pick(3) }) : null; },
  (_doc, pick, id) => cmd(agenda.add, { id: id(), index: pick(3), fields: { title: one(WORDS, pick)!, minutes: pick(60) } }),
  (doc, pick) => { const n = one(keys(doc.parkingLot), pick); return n ? cmd(parkingLot.remove, { ids: [n] }) : cmd(parkingLot.add, { id: 'pl', fields: { text: 'later' } }); },
  (doc, pick, id) => { const b = one(keys(doc.blueprints), pick); return b ? cmd(addVoteRound, { id: id(), blueprintId: b, dotsPerPerson: 1 + pick(3) }) : null; },
  (doc, pick) => { const r = one(keys(doc.voteRounds), pick); return r ? cmd(setVoteRoundOpen, { roundId: r, open: pick(2) === 1 }) : null; },
  (doc, pick) => { const r = one(keys(doc.voteRounds), pick); return r ? cmd(deleteVoteRound, { roundId: r }) : null; },
  (doc, pick, id) => {
    const r = one(Object.values(doc.voteRounds).filter((x) => x.open), pick);
    const p = one(keys(doc.participants), pick);
    const c = r && one(keys(doc.cards).filter((x) => blueprintOf(doc, x) === r.blueprintId), pick);
    return r && p && c ? cmd(castDot, { id: id(), roundId: r.id, participantId: p, cardId: c }) : null;
  },
  (doc, pick) => { const v = one(Object.values(doc.votes), pick); return v ? cmd(removeDot, { roundId: v.roundId, participantId: v.participantId, cardId: v.cardId }) : null; },
  (doc, pick, id) => { const c = one(keys(doc.cards), pick); return c ? cmd(addComment, { id: id(), cardId: c, author: 'Ana', text: one(WORDS, pick)!, createdAt: 1 }) : null; },
  (doc, pick) => { const c = one(keys(doc.comments), pick); return c ? cmd(deleteComment, { commentId: c }) : null; },
  (_doc, _pick, id) => cmd(addAsset, { asset: { id: id(), name: 'photo', mime: 'image/png', data: 'AAAA' } }),
  (doc, pick) => { const a = one(keys(doc.assets), pick); const c = one(keys(doc.cards), pick); return a && c ? cmd(updateCard, { cardId: c, fields: { imageId: a } }) : null; },
  (doc, pick) => { const a = one(keys(doc.assets), pick); return a ? cmd(removeAsset, { assetId: a }) : null; },
  (doc, pick) => (doc.workshop.timer.startedAt === null ? cmd(startTimer, { now: 1000 * pick(100) }) : cmd(pauseTimer, { now: doc.workshop.timer.startedAt + 1000 * pick(100) })),
];
