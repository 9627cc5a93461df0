// Builds the plain React Flow comparison page and serves it, with the same nodes and edges as
// the Frontstage canvas, from 127.0.0.1.
import { build } from 'esbuild';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import type { Edge, Node, Viewport } from '@xyflow/react';
import { layoutBlueprint } from '../../../shared/layout';
import type { WorkshopDoc } from '../../../shared/model';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** Default nodes at the positions and sizes the Frontstage layout gives, default edges between them. */
export function plainElements(doc: WorkshopDoc, blueprintId: string): { nodes: Node[]; edges: Edge[] } {
  const layout = layoutBlueprint(doc, blueprintId);
  const nodes: Node[] = layout.cards.map((box) => ({
    id: box.id,
    position: { x: box.x, y: box.y },
    data: { label: doc.cards[box.id]?.title ?? '' },
    width: box.width,
    height: box.height,
  }));
  const edges: Edge[] = layout.connectors.map((c) => ({ id: c.id, source: c.from, target: c.to }));
  return { nodes, edges };
}

export interface PlainPage {
  url: string;
  setData: (data: { nodes: Node[]; edges: Edge[]; viewport: Viewport }) => void;
  close: () => Promise<void>;
}

export async function servePlainPage(root: string): Promise<PlainPage> {
  const dir = mkdtempSync(join(tmpdir(), 'frontstage-plain-rf-'));
  await build({
    entryPoints: [join(root, 'test/bench/canvas/plainPage.tsx')],
    outfile: join(dir, 'page.js'),
    bundle: true, platform: 'browser', format: 'esm', target: 'chrome120', jsx: 'automatic', minify: true, logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/page.css"></head><body style="margin:0"><div id="root"></div><script type="module" src="/page.js"></script></body></html>');
  let data = '{}';
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/data.json') {
      res.writeHead(200, { 'Content-Type': TYPES['.json']!, 'Cache-Control': 'no-store' });
      res.end(data);
      return;
    }
    const name = path === '/' ? 'index.html' : path.slice(1);
    if (!/^[\w.-]+$/.test(name)) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = readFileSync(join(dir, name));
      res.writeHead(200, { 'Content-Type': TYPES[extname(name)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    setData: (d) => {
      data = JSON.stringify(d);
    },
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
