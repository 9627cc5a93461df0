import { addCard } from '../../shared/commands/cards';
import { deleteCards } from '../../shared/commands/cards';
import { copyCards, idsForClip, pasteCards, type Clip } from '../../shared/commands/clipboard';
import { columnsOf, lanesOf, newId } from '../../shared/model';
import { clipText, parseClip, textLines } from './clipText';
import { dispatch, getDoc } from '../state/documentStore';
import { getSelection, selectCards } from '../state/selection';
import { canvas } from '../canvas/controller';
import { focusedCell } from '../canvas/grid/gridFocus';

/** Our own clipboard type, so cards keep every field; plain text goes along for other apps. */
export const CLIP_MIME = 'application/x-frontstage-clip+json';

let lastClip: Clip | null = null;

export function copySelection(data: DataTransfer | null, cut: boolean): boolean {
  const { cardIds } = getSelection();
  const clip = cardIds.length ? copyCards(getDoc(), cardIds) : null;
  if (!clip) return false;
  lastClip = clip;
  data?.setData(CLIP_MIME, JSON.stringify(clip));
  data?.setData('text/plain', clipText(clip));
  if (cut) dispatch(deleteCards, { cardIds: clip.cards.map((c) => c.card.id) });
  return true;
}

/** Where a paste lands: the focused cell, else the selected card's cell, else the cell in view, else the first cell. */
function pasteCell(): { laneId: string; stepId: string } | null {
  const doc = getDoc();
  const { blueprintId, cardIds } = getSelection();
  if (!blueprintId) return null;
  const focused = focusedCell();
  if (focused && doc.lanes[focused.laneId]?.blueprintId === blueprintId) return focused;
  const selected = cardIds.map((id) => doc.cards[id]).find(Boolean);
  if (selected) return { laneId: selected.laneId, stepId: selected.stepId };
  const inView = canvas()?.cellInView();
  if (inView) return inView;
  const lane = lanesOf(doc, blueprintId).find((l) => !l.hidden);
  const step = columnsOf(doc, blueprintId)[0];
  return lane && step ? { laneId: lane.id, stepId: step.id } : null;
}

export function pasteFrom(data: DataTransfer | null): boolean {
  const cell = pasteCell();
  if (!cell) return false;
  const json = data?.getData(CLIP_MIME);
  const text = data?.getData('text/plain') ?? '';
  const clip = (json && parseClip(json)) || (lastClip && (text === '' || text === clipText(lastClip)) ? lastClip : null);
  if (clip) {
    const ids = idsForClip(clip, () => newId('c'));
    dispatch(pasteCards, { clip, ...cell, ids });
    selectCards(clip.cards.map(({ card }) => ids[card.id]!).filter((id) => getDoc().cards[id]));
    return true;
  }
  const lines = textLines(text);
  if (!lines.length) return false;
  const group = `paste-text:${newId()}`;
  const made: string[] = [];
  for (const title of lines) {
    const id = newId('c');
    dispatch(addCard, { id, ...cell, fields: { title } }, { group });
    made.push(id);
  }
  selectCards(made.filter((id) => getDoc().cards[id]));
  return true;
}
