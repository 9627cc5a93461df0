import type { ReactFlowState } from '@xyflow/react';
import type { CardNodeType } from './nodes/CardNode';

type State = ReactFlowState<CardNodeType>;
type Store = { getState: () => State; setState: (partial: Partial<State>) => void };
type Updates = Parameters<State['updateNodeInternals']>[0];

/**
 * Cards get their size and handles from the layout (flowElements.ts). React Flow still observes
 * every card it mounts and measures it once: it reads each handle's box, recomputes the position of
 * every node and re-renders them all, in the frame that paints the card. For a card whose box in
 * the DOM is the size it was given that work changes nothing, so only the others are measured.
 * Must run before React Flow's first render: its resize observer keeps the function it finds then.
 */
export function measureOnlyResizedNodes(store: Store): void {
  const measure = store.getState().updateNodeInternals;
  store.setState({
    updateNodeInternals: (updates, params) => {
      const { nodeLookup } = store.getState();
      const resized: Updates = new Map();
      for (const [id, update] of updates) {
        const node = nodeLookup.get(id);
        const el = update.nodeElement;
        const sized = node?.internals.handleBounds && node.measured.width === el.offsetWidth && node.measured.height === el.offsetHeight;
        if (!sized) resized.set(id, update);
      }
      if (resized.size > 0) measure(resized, params);
    },
  });
}
