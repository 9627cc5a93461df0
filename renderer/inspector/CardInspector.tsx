import type { JSX } from 'react';
import { useSelection } from '../state/selection';
import { CardForm } from './CardForm';
import { MultiSelection } from './MultiSelection';
import './inspector.css';

/** The side panel for what is selected on the canvas: one card's details, or bulk actions. */
export function CardInspector(): JSX.Element | null {
  const { cardIds } = useSelection();
  const [first] = cardIds;
  if (first === undefined) return null;
  if (cardIds.length > 1) return <MultiSelection cardIds={cardIds} />;
  return <CardForm key={first} cardId={first} />;
}
