// A room on loopback: 30 clients on one workshop (300 cards), each sending 2 commands a second
// for 60 s through the real browser host (HTTP submits, WebSocket pushes). Measures how long a
// command takes to reach every other client, whether any edit was lost or any client ended
// with another document than the host, and the host process's CPU.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { writeWorkshopFile } from '../../main/workshop';
import { addCard, moveCard, updateCard } from '../../shared/commands';
import type { OpenedWorkshop } from '../../shared/api/contract';
import { columnsOf, lanesOf } from '../../shared/model';
import { generateDoc, streamRng } from '../fixtures/generate';
import { canonical, NetClient, post, transport } from '../main/sync/netClient';
import { percentile, report } from './report';
import { sleep } from '../main/waiting';

const section = 'Room (sync)';
const CLIENTS = Number(process.env.ROOM_CLIENTS ?? 30);
const SECONDS = Number(process.env.ROOM_SECONDS ?? 60);
const PER_SECOND = 2;
const root = process.env.FRONTSTAGE_ROOT ?? process.cwd();
const dir = mkdtempSync(join(tmpdir(), 'frontstage-bench-room-'));
/** utime + stime of a process in ms (Linux /proc). */
function cpuOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

async function main(): Promise<void> {
  const file = join(dir, 'room.frontstage');
  writeWorkshopFile(file, generateDoc({ cards: 300, connectors: 100 }));
  const child = spawn(process.execPath, [join(root, 'dist', 'cli.cjs'), 'serve', file, '--port', '0'], { env: { ...process.env, FRONTSTAGE_HOME: dir }, stdio: ['ignore', 'pipe', 'inherit'] });
  // A bench stopped half way must not leave its host running.
  process.once('exit', () => child.kill('SIGKILL'));
  const url = await new Promise<URL>((resolve) => createInterface({ input: child.stdout! }).on('line', (l) => l.startsWith('Frontstage running at ') && resolve(new URL(l.slice(22)))));
  const port = Number(url.port);
  const token = url.searchParams.get('token')!;
  const clients: NetClient[] = [];
  try {
    const opened = await post<OpenedWorkshop>(port, token, 'workshop.open', { path: file });
    if (!opened.ok) throw new Error(opened.error.message);
    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    const authored = new Map<string, number>();
    for (let i = 0; i < CLIENTS; i++) {
      const name = `room-client-${i}`;
      clients.push(new NetClient({
        port, token, opened: opened.value, name,
        onChange: (change, at) => {
          if (i === 0) authored.set(change.client, (authored.get(change.client) ?? 0) + 1);
          if (change.client === name) return;
          const sent = sentAt.get(`${change.client}#${change.clientSeq}`);
          if (sent !== undefined) latencies.push(at - sent);
        },
      }));
    }
    await Promise.all(clients.map((c) => c.ready()));
    const lanes = lanesOf(opened.value.doc, 'bp1').map((l) => l.id);
    const steps = columnsOf(opened.value.doc, 'bp1').map((s) => s.id);
    const sent = clients.map(() => 0);
    const cpu0 = cpuOf(child.pid!);
    const own0 = process.cpuUsage();
    const t0 = performance.now();
    await Promise.all(clients.map(async (client, i) => {
      const random = streamRng(100 + i);
      // Each client keeps its own rhythm, as people in a room do: not all on the same beat.
      const phase = random() * (1000 / PER_SECOND);
      for (let k = 0; k < SECONDS * PER_SECOND; k++) {
        const due = t0 + phase + k * (1000 / PER_SECOND) + random() * 50;
        await sleep(Math.max(0, due - performance.now()));
        const doc = client.sync.view;
        const cards = Object.keys(doc.cards);
        const cardId = cards[Math.floor(random() * cards.length)]!;
        const seq = client.sync.replica.pending.length;
        const before = client.sync.replica.pending[seq - 1]?.clientSeq ?? 0;
        const pick = k % 4;
        const ok = pick === 0
          ? client.dispatch(addCard, { id: `r${i}k${k}`, laneId: lanes[Math.floor(random() * lanes.length)]!, stepId: steps[Math.floor(random() * steps.length)]!, fields: { title: `Sticky ${i}.${k}` } })
          : pick === 1
            ? client.dispatch(moveCard, { cardId, laneId: doc.cards[cardId]!.laneId, stepId: steps[Math.floor(random() * steps.length)]!, index: Math.floor(random() * 4) })
            : client.dispatch(updateCard, { cardId, fields: { title: `Edited by ${i} at ${k}` } });
        if (!ok) continue;
        const mine = client.sync.replica.pending.find((p) => p.clientSeq > before)!;
        sentAt.set(`${client.sync.replica.client}#${mine.clientSeq}`, performance.now());
        sent[i]!++;
      }
    }));
    const settled = await Promise.race([Promise.all(clients.map((c) => c.sync.idle())).then(() => true), sleep(120_000).then(() => false)]);
    if (!settled) {
      const stuck = clients.filter((c) => c.sync.pending).map((c) => `${c.sync.replica.client}: ${c.sync.pending} pending, seq ${c.sync.replica.seq}, gap ${c.sync.replica.waitingForGap}, offline ${c.sync.offline}, socket ${c.socket?.readyState}`);
      throw new Error(`edits still unanswered 2 minutes after the last was sent (transport: ${[...transport.reasons].map(([m, n]) => `${n}× ${m}`).join(', ')}):\n${stuck.join('\n')}`);
    }
    const elapsed = performance.now() - t0;
    const cpu = cpuOf(child.pid!) - cpu0;
    const own = process.cpuUsage(own0);
    const clientsShare = ((own.user + own.system) / 1000 / elapsed) * 100;
    const now = await post<OpenedWorkshop>(port, token, 'workshop.open', { path: file });
    if (!now.ok) throw new Error(now.error.message);
    const until = Date.now() + 10_000;
    while (Date.now() < until && clients.some((c) => c.sync.replica.seq !== now.value.seq)) await sleep(20);
    const hostDoc = canonical(now.value.doc);
    const diverged = clients.filter((c) => canonical(c.sync.view) !== hostDoc).length;
    const refused = clients.reduce((n, c) => n + c.refusals.length, 0);
    const lost = clients.reduce((n, c, i) => n + (sent[i]! - (authored.get(c.sync.replica.client) ?? 0) - c.refusals.length), 0);
    const total = sent.reduce((a, b) => a + b, 0);
    const p95 = percentile(latencies, 95);
    const share = (cpu / elapsed) * 100;
    const note = `${CLIENTS} clients × ${PER_SECOND}/s for ${SECONDS} s: ${total} commands (add, move, edit title on a 300-card workshop), ${refused} refused by the host (a card moved or deleted meanwhile), ${transport.failures} sent again after a transport failure, ${clients.reduce((n, c) => n + c.reconnects, 0)} push reconnections, submit round trip p95 ${percentile(transport.roundTrips, 95).toFixed(1)} ms, ${latencies.length} deliveries; p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms; the ${CLIENTS} clients ran in one process at ${clientsShare.toFixed(0)}% of a core; load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`;
    report({ section, what: `command → seen by all other clients, ${CLIENTS} clients, p95`, value: p95, unit: 'ms', target: '≤ 50 ms', pass: p95 <= 50, note });
    report({ section, what: 'commands lost', value: lost, unit: '', target: '0', pass: lost === 0 });
    report({ section, what: 'clients diverged from the host', value: diverged, unit: '', target: '0', pass: diverged === 0 });
    report({ section, what: 'host CPU during the room, share of one core', value: share, unit: '%', target: '≤ 25 %', pass: share <= 25 });
  } finally {
    for (const c of clients) c.close();
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
