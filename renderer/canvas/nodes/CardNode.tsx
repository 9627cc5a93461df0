import { memo, useContext, type JSX } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import type { Asset, Card } from '../../../shared/model';
import type { CardBox } from '../../../shared/layout';
import { CardMarks } from './CardMarks';
import { TitleEditor } from './TitleEditor';
import { useIsEditing } from '../editing';
import { useHandleReach } from './handleReach';
import { CardOverlay } from '../../facilitation/CardOverlay';
import { VotesOnCards } from '../../facilitation/votesOnCards';

export interface CardData extends Record<string, unknown> {
  card: Card;
  box: CardBox;
  image: Asset | null;
}

export type CardNodeType = Node<CardData, 'card'>;

function CardNodeView({ data, selected }: NodeProps<CardNodeType>): JSX.Element {
  const { card, box, image } = data;
  const editing = useIsEditing(card.id);
  const handles = useHandleReach(card.id) || selected;
  // Dots and results take an overlay of their own, only while a round is open or its result shown.
  const votes = useContext(VotesOnCards);
  // Handles sit outside the card box, which clips its content, so the whole handle takes the pointer.
  return (
    <>
    {handles && <Handle type="target" position={Position.Left} className="fs-handle" />}
    <div
      className={`fs-card fs-kind-${card.kind}${selected ? ' is-selected' : ''}${card.touchpoint ? ' is-touchpoint' : ''}${card.failPoint ? ' is-failpoint' : ''}`}
    >
      {editing ? (
        <TitleEditor card={card} />
      ) : (
        // Lines come wrapped by the layout; one text node per block keeps thousands of cards light.
        <div className={`fs-card-title${card.title ? '' : ' is-empty'}`}>{card.title ? box.titleLines.join('\n') : 'Untitled'}</div>
      )}
      {box.descriptionLines.length > 0 && <div className="fs-card-description">{box.descriptionLines.join('\n')}</div>}
      {box.owner && (
        <div className="fs-card-owner fs-mark-icon fs-icon-owner" role="img" aria-label={`Owner: ${card.owner.trim()}.`} title={`Owner: ${card.owner.trim()}`}>{box.owner.text}</div>
      )}
      {image && box.image && (
        <img className="fs-card-image" alt={image.name} src={`data:${image.mime};base64,${image.data}`} style={{ height: box.image.height }} draggable={false} />
      )}
      {box.footerY !== undefined && <CardMarks card={card} />}
    </div>
    {votes && <CardOverlay cardId={card.id} />}
    {handles && <Handle type="source" position={Position.Right} className="fs-handle" />}
    </>
  );
}

/** Re-renders only when the card's record, its box or its selection changed, never on pan or zoom. */
export const CardNode = memo(CardNodeView, (a, b) => a.data === b.data && a.selected === b.selected && a.dragging === b.dragging);
