import { formatPath, type Problem } from '../model';
import type { ParsedInterchange } from './schema';

type Path = (string | number)[];
type Kind =
  | 'brand attribute' | 'segment' | 'participant' | 'agenda item' | 'parking-lot note' | 'image'
  | 'blueprint' | 'lane' | 'stage' | 'step' | 'card' | 'connector' | 'vote round' | 'vote' | 'comment';

interface Owner { path: Path; blueprint: number | null }

/**
 * Ids are unique per kind of record across the whole file, and every id a record holds names
 * a record of the right kind; lanes, steps and the cards a connector or comment joins must be
 * of the same blueprint as the record that names them.
 */
export function checkIds(json: ParsedInterchange): Problem[] {
  const problems: Problem[] = [];
  const known = new Map<Kind, Map<string, Owner>>();

  const declare = (kind: Kind, id: string, path: Path, blueprint: number | null = null) => {
    let ids = known.get(kind);
    if (!ids) known.set(kind, (ids = new Map()));
    const first = ids.get(id);
    if (first) problems.push({ path: [...path, 'id'], message: `repeats the ${kind} id "${id}" of ${formatPath(first.path)}` });
    else ids.set(id, { path, blueprint });
  };

  const w = json.workshop;
  w.brandAttributes.forEach((r, i) => declare('brand attribute', r.id, ['workshop', 'brandAttributes', i]));
  w.segments.forEach((r, i) => declare('segment', r.id, ['workshop', 'segments', i]));
  w.participants.forEach((r, i) => declare('participant', r.id, ['workshop', 'participants', i]));
  w.agenda.forEach((r, i) => declare('agenda item', r.id, ['workshop', 'agenda', i]));
  w.parkingLot.forEach((r, i) => declare('parking-lot note', r.id, ['workshop', 'parkingLot', i]));
  json.assets.forEach((r, i) => declare('image', r.id, ['assets', i]));
  json.blueprints.forEach((b, bi) => {
    const at: Path = ['blueprints', bi];
    declare('blueprint', b.id, at);
    b.lanes.forEach((r, i) => declare('lane', r.id, [...at, 'lanes', i], bi));
    b.stages.forEach((s, si) => {
      declare('stage', s.id, [...at, 'stages', si], bi);
      s.steps.forEach((r, i) => declare('step', r.id, [...at, 'stages', si, 'steps', i], bi));
    });
    b.cards.forEach((r, i) => declare('card', r.id, [...at, 'cards', i], bi));
    b.connectors.forEach((r, i) => declare('connector', r.id, [...at, 'connectors', i], bi));
    b.voteRounds.forEach((round, ri) => {
      declare('vote round', round.id, [...at, 'voteRounds', ri], bi);
      round.votes.forEach((r, i) => declare('vote', r.id, [...at, 'voteRounds', ri, 'votes', i], bi));
    });
    b.comments.forEach((r, i) => declare('comment', r.id, [...at, 'comments', i], bi));
  });

    /** `sameBlueprint`: the index of the blueprint the target must belong to. */
  const resolve = (kind: Kind, id: string | null, path: Path, sameBlueprint: number | null = null) => {
    if (id === null) return;
    const target = known.get(kind)?.get(id);
    if (!target) problems.push({ path, message: `refers to a missing ${kind} "${id}"` });
    else if (sameBlueprint !== null && target.blueprint !== sameBlueprint) {
      problems.push({ path, message: `refers to ${kind} "${id}" of another blueprint (${formatPath(target.path)})` });
    }
  };
  const resolveAll = (kind: Kind, ids: string[], path: Path) => ids.forEach((id, i) => resolve(kind, id, [...path, i]));

  json.blueprints.forEach((b, bi) => {
    const at: Path = ['blueprints', bi];
    b.cards.forEach((c, i) => {
      const card: Path = [...at, 'cards', i];
      resolve('lane', c.lane, [...card, 'lane'], bi);
      resolve('step', c.step, [...card, 'step'], bi);
      resolve('image', c.image, [...card, 'image']);
      resolve('participant', c.createdBy, [...card, 'createdBy']);
      if (c.touchpoint) {
        resolveAll('brand attribute', c.touchpoint.differentiation.brandAttributes, [...card, 'touchpoint', 'differentiation', 'brandAttributes']);
        resolveAll('card', c.touchpoint.rootCauses, [...card, 'touchpoint', 'rootCauses']);
      }
    });
    b.connectors.forEach((c, i) => {
      resolve('card', c.from, [...at, 'connectors', i, 'from'], bi);
      resolve('card', c.to, [...at, 'connectors', i, 'to'], bi);
    });
    resolveAll('card', b.presentationOrder, [...at, 'presentationOrder']);
    b.voteRounds.forEach((round, ri) => round.votes.forEach((v, i) => {
      resolve('participant', v.participant, [...at, 'voteRounds', ri, 'votes', i, 'participant']);
      resolve('card', v.card, [...at, 'voteRounds', ri, 'votes', i, 'card']);
    }));
    b.comments.forEach((c, i) => resolve('card', c.card, [...at, 'comments', i, 'card'], bi));
  });
  problems.push(...checkFacilitation(json, resolve));
  return problems;
}

type Resolve = (kind: Kind, id: string | null, path: Path, sameBlueprint?: number | null) => void;

/**
 * The timer's agenda item, what a vote round lets people vote on, who wrote a comment and which
 * thread it answers: a reply answers the first comment of a thread on the same card.
 */
function checkFacilitation(json: ParsedInterchange, resolve: Resolve): Problem[] {
  const problems: Problem[] = [];
  resolve('agenda item', json.workshop.timer.agendaItem, ['workshop', 'timer', 'agendaItem']);
  json.blueprints.forEach((b, bi) => {
    const at: Path = ['blueprints', bi];
    b.voteRounds.forEach((round, ri) => {
      round.eligible.lanes.forEach((id, i) => resolve('lane', id, [...at, 'voteRounds', ri, 'eligible', 'lanes', i], bi));
      round.eligible.cards.forEach((id, i) => resolve('card', id, [...at, 'voteRounds', ri, 'eligible', 'cards', i], bi));
    });
    const comments = new Map(b.comments.map((c) => [c.id, c]));
    b.comments.forEach((c, i) => {
      const path: Path = [...at, 'comments', i];
      resolve('participant', c.authorParticipant, [...path, 'authorParticipant']);
      if (c.replyTo === null) return;
      const parent = comments.get(c.replyTo);
      if (!parent) problems.push({ path: [...path, 'replyTo'], message: `refers to a missing comment "${c.replyTo}" of this blueprint` });
      else if (parent.card !== c.card || parent.replyTo !== null) {
        problems.push({ path: [...path, 'replyTo'], message: 'must name the first comment of a thread on the same card' });
      }
      if (c.resolved) problems.push({ path: [...path, 'resolved'], message: 'can only be set on the first comment of a thread' });
    });
  });
  return problems;
}
