// The comparison page: React Flow as it comes, default nodes and edges, every element rendered
// (no onlyRenderVisibleElements). It fetches the same nodes and edges the Frontstage canvas shows.
import { createRoot } from 'react-dom/client';
import { ReactFlow, type Edge, type Node, type Viewport } from '@xyflow/react';
import '@xyflow/react/dist/style.css';

interface PlainData {
  nodes: Node[];
  edges: Edge[];
  viewport: Viewport;
}

void fetch('/data.json').then(async (response) => {
  const data = (await response.json()) as PlainData;
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root');
  createRoot(root).render(
    <div style={{ width: '100vw', height: '100vh' }}>
      <ReactFlow nodes={data.nodes} edges={data.edges} defaultViewport={data.viewport} />
    </div>,
  );
});
