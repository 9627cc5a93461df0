import type { JSX, ReactNode } from 'react';
import './panels.css';

export interface RecordListProps<T extends { id: string }> {
  items: readonly T[];
  /** How one item is called in button names, e.g. "participant". */
  noun: string;
  /** What screen readers hear for an item in move/delete buttons. */
  nameOf: (item: T) => string;
  render: (item: T, index: number) => ReactNode;
  onMove: (id: string, index: number) => void;
  onRemove: (id: string) => void;
  onAdd: () => void;
  empty: string;
}

/** An ordered list of workshop records with add, reorder and delete on every row. */
export function RecordList<T extends { id: string }>({ items, noun, nameOf, render, onMove, onRemove, onAdd, empty }: RecordListProps<T>): JSX.Element {
  return (
    <div className="fs-record-list">
      {items.length === 0 && <p className="fs-muted fs-empty">{empty}</p>}
      <ol>
        {items.map((item, i) => (
          <li key={item.id} className="fs-record">
            <div className="fs-record-fields">{render(item, i)}</div>
            <div className="fs-record-tools">
              <div className="fs-record-move">
                <button type="button" className="fs-icon-btn" disabled={i === 0} onClick={() => onMove(item.id, i - 1)}>
                  <span aria-hidden="true">▲</span><span className="fs-sr-only">Move {noun} {nameOf(item)} up</span>
                </button>
                <button type="button" className="fs-icon-btn" disabled={i === items.length - 1} onClick={() => onMove(item.id, i + 1)}>
                  <span aria-hidden="true">▼</span><span className="fs-sr-only">Move {noun} {nameOf(item)} down</span>
                </button>
              </div>
              <button type="button" className="fs-icon-btn fs-icon-danger" onClick={() => onRemove(item.id)}>
                <span aria-hidden="true">×</span><span className="fs-sr-only">Delete {noun} {nameOf(item)}</span>
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" className="fs-link" onClick={onAdd}>+ Add {noun}</button>
    </div>
  );
}
