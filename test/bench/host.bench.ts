// The browser host: what the UI waits for over loopback HTTP on a big workshop (2,000 cards,
// 1,500 connectors): opening it, one edit (a command, as the UI sends it), and an explicit save.
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost } from '../../main/serve';
import { writeWorkshopFile } from '../../main/workshop';
import { generateDoc } from '../fixtures/generate';
import { median, percentile, report } from './report';

const section = 'Browser host';
const root = process.env.FRONTSTAGE_ROOT ?? process.cwd();
const dir = mkdtempSync(join(tmpdir(), 'frontstage-bench-host-'));

function post(port: number, token: string, name: string, body: unknown): Promise<any> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: 'POST', path: `/api/${name}`, headers: { Host: `127.0.0.1:${port}`, 'Content-Type': 'application/json', 'X-Frontstage-Token': token } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const result = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          if (!result.ok) reject(new Error(`${name}: ${result.error.message}`));
          else resolve(result.value);
        });
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = process.hrtime.bigint();
  const value = await fn();
  return [Number(process.hrtime.bigint() - start) / 1e6, value];
}

async function main(): Promise<void> {
  const file = join(dir, 'big.frontstage');
  writeWorkshopFile(file, generateDoc({ cards: 2000, connectors: 1500 }));
  const host = await startHost({ staticDir: join(root, 'dist', 'renderer'), workDir: join(dir, 'working'), version: 'bench', file, log: () => {} });
  try {
    const openTimes: number[] = [];
    let opened: any;
    for (let i = 0; i < 5; i++) {
      const [ms, value] = await timed(() => post(host.port, host.token, 'workshop.open', { path: file }));
      if (i === 0) report({ section, what: 'open 2,000-card workshop over HTTP (first, from disk)', value: ms, unit: 'ms', target: '≤ 1000 ms', pass: ms <= 1000 });
      else openTimes.push(ms);
      opened = value;
    }
    report({ section, what: 'open 2,000-card workshop over HTTP (already open, median)', value: median(openTimes), unit: 'ms' });

    const cardIds = Object.keys(opened.doc.cards).slice(0, 200);
    const applyTimes: number[] = [];
    for (const [i, cardId] of cardIds.entries()) {
      const edit = { kind: 'command', command: 'card.update', args: { cardId, fields: { title: `Edited card ${i}` } } };
      const [ms] = await timed(() => post(host.port, host.token, 'workshop.submit', { session: opened.session, client: 'bench-client', seq: i + 1, edit }));
      applyTimes.push(ms);
    }
    const p95 = percentile(applyTimes, 95);
    report({ section, what: 'one edit over HTTP, 2,000 cards (p95 of 200)', value: p95, unit: 'ms', target: '≤ 50 ms', pass: p95 <= 50, note: 'a card.update command: checked against its schema, run on the host, committed, pushed' });

    const [saveMs] = await timed(() => post(host.port, host.token, 'workshop.save', { session: opened.session }));
    report({ section, what: 'save 2,000-card workshop to its file', value: saveMs, unit: 'ms', target: '≤ 1000 ms', pass: saveMs <= 1000 });
  } finally {
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
