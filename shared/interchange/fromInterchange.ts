import { cardKindForLane, cellKey, emptyDoc, limitProblems, zodProblems, type Problem, type WorkshopDoc } from '../model';
import { issueMessage } from './messages';
import { checkIds } from './references';
import { INTERCHANGE_FORMAT, INTERCHANGE_VERSION, interchangeSchema, type ParsedInterchange } from './schema';

export type ImportResult = { doc: WorkshopDoc } | { problems: Problem[] };

/**
 * Validates interchange JSON of unknown origin and turns it into a document. Every problem is
 * reported with its JSON path; records get positions from their order in the file.
 */
export function fromInterchange(input: unknown): ImportResult {
  const foreign = checkFormat(input);
  if (foreign) return { problems: [foreign] };
  const parsed = interchangeSchema.safeParse(input, { error: issueMessage });
  if (!parsed.success) return { problems: zodProblems(parsed.error, []) };
  const problems = checkIds(parsed.data);
  if (problems.length) return { problems };
  const doc = toDoc(parsed.data);
  // The same totals a workshop file is held to, so whatever imports also opens and exports.
  const over = limitProblems(doc);
  return over.length ? { problems: over } : { doc };
}

/** Something that is not our format, or is a newer one, is one problem, not hundreds. */
function checkFormat(input: unknown): Problem | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { path: [], message: 'is not a Frontstage workshop (expected a JSON object)' };
  }
  const { format, formatVersion } = input as Record<string, unknown>;
  if (format !== INTERCHANGE_FORMAT) {
    return { path: ['format'], message: `is not "${INTERCHANGE_FORMAT}": this is not a Frontstage workshop` };
  }
  if (typeof formatVersion === 'number' && formatVersion > INTERCHANGE_VERSION) {
    return {
      path: ['formatVersion'],
      message: `is ${formatVersion}: made by a newer Frontstage (this one reads version ${INTERCHANGE_VERSION})`,
    };
  }
  return null;
}

function toDoc(json: ParsedInterchange): WorkshopDoc {
  const w = json.workshop;
  const doc = emptyDoc(w.title);
  doc.workshop = { title: w.title, service: w.service, date: w.date, facilitator: w.facilitator, notes: w.notes, timer: { label: w.timer.label, durationSeconds: w.timer.durationSeconds, startedAt: w.timer.startedAt, elapsedSeconds: w.timer.elapsedSeconds, agendaItemId: w.timer.agendaItem } };
  w.brandAttributes.forEach((r, position) => (doc.brandAttributes[r.id] = { ...r, position }));
  w.segments.forEach((r, position) => (doc.segments[r.id] = { ...r, position }));
  w.participants.forEach((r, position) => (doc.participants[r.id] = { ...r, position }));
  w.agenda.forEach((r, position) => (doc.agenda[r.id] = { ...r, position }));
  w.parkingLot.forEach((r, position) => (doc.parkingLot[r.id] = { ...r, position }));
  for (const a of json.assets) doc.assets[a.id] = { ...a };

  json.blueprints.forEach((b, position) => {
    const blueprintId = b.id;
    doc.blueprints[b.id] = { id: b.id, name: b.name, description: b.description, position, presentationOrder: b.presentationOrder };
    b.lanes.forEach((l, i) => (doc.lanes[l.id] = { ...l, blueprintId, position: i }));
    b.stages.forEach((s, i) => {
      doc.stages[s.id] = { id: s.id, blueprintId, name: s.name, position: i };
      s.steps.forEach((t, j) => (doc.steps[t.id] = { id: t.id, stageId: s.id, name: t.name, position: j }));
    });
    const inCell = new Map<string, number>();
    for (const c of b.cards) {
      const key = cellKey(c.lane, c.step);
      const cellPosition = inCell.get(key) ?? 0;
      inCell.set(key, cellPosition + 1);
      const lane = doc.lanes[c.lane]!;
      doc.cards[c.id] = {
        id: c.id, laneId: c.lane, stepId: c.step, position: cellPosition,
        title: c.title, description: c.description, kind: c.kind ?? cardKindForLane(lane.kind, lane.role),
        owner: c.owner, tags: c.tags, failPoint: c.failPoint, waitMinutes: c.waitMinutes, imageId: c.image,
        touchpoint: c.touchpoint, product: c.product, originId: c.origin, createdBy: c.createdBy,
      };
    }
    for (const c of b.connectors) doc.connectors[c.id] = { ...c, blueprintId };
    b.voteRounds.forEach((r, i) => {
      doc.voteRounds[r.id] = {
        id: r.id, blueprintId, name: r.name, dotsPerPerson: r.dotsPerPerson, open: r.open, position: i,
        question: r.question, hidden: r.hidden, openedAt: r.openedAt, closedAt: r.closedAt,
        eligible: { scope: r.eligible.scope, laneIds: r.eligible.lanes, kinds: r.eligible.kinds, cardIds: r.eligible.cards },
      };
      for (const v of r.votes) doc.votes[v.id] = { id: v.id, roundId: r.id, participantId: v.participant, cardId: v.card, dots: v.dots };
    });
    for (const c of b.comments) {
      doc.comments[c.id] = {
        id: c.id, cardId: c.card, author: c.author, text: c.text, createdAt: c.createdAt,
        authorId: c.authorParticipant, parentId: c.replyTo, resolved: c.resolved,
      };
    }
  });
  return doc;
}
