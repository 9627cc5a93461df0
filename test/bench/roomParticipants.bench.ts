// The room as participants use it (issue 13): `frontstage serve FILE --room` on loopback, a
// 300-card workshop. 30 participants join with the code (each their own token) and each send
// 2 commands a second for 60 s through the room's own server (its API, its push, the role
// checks on every edit): add a card of their own, retitle or move one of theirs. Measures how
// long an edit takes to reach every other participant, lost edits, participants whose document
// differs from the host's, and the host's CPU. Then Chromium: a phone presses Join and the
// blueprint is painted.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';
import { readWorkshop, writeWorkshopFile } from '../../main/workshop';
import { addCard, moveCard, updateCard } from '../../shared/commands';
import { columnsOf, lanesOf } from '../../shared/model';
import { generateDoc, streamRng } from '../fixtures/generate';
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/harness';
import { participant, roomAt, type Participant, type RoomAt } from '../main/room/roomClient';
import { canonical, transport } from '../main/sync/netClient';
import { median, percentile, report } from './report';
import { sleep } from '../main/waiting';

const section = 'Room (participants)';
const PEOPLE = Number(process.env.ROOM_CLIENTS ?? 30);
const SECONDS = Number(process.env.ROOM_SECONDS ?? 60);
const PER_SECOND = 2;
const JOINS = 5;
const root = process.env.FRONTSTAGE_ROOT ?? process.cwd();
const dir = mkdtempSync(join(tmpdir(), 'frontstage-bench-room-people-'));
/** utime + stime of a process in ms (Linux /proc). */
function cpuOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

async function startRoom(file: string): Promise<{ child: ChildProcess; room: RoomAt; joinUrl: string }> {
  const child = spawn(process.execPath, [join(root, 'dist', 'cli.cjs'), 'serve', file, '--port', '0', '--room', '--room-address', '127.0.0.1'], { env: { ...process.env, FRONTSTAGE_HOME: dir }, stdio: ['ignore', 'pipe', 'inherit'] });
  // A bench stopped half way must not leave its host running.
  process.once('exit', () => child.kill('SIGKILL'));
  const joinUrl = await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).on('line', (l) => l.startsWith('Participants join at ') && resolve(l.slice('Participants join at '.length))));
  return { child, room: roomAt(joinUrl), joinUrl };
}

async function editing(file: string, room: RoomAt, pid: number): Promise<void> {
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  const authored = new Map<string, number>();
  const people: Participant[] = [];
  try {
    for (let i = 0; i < PEOPLE; i++) {
      const name = `participant-${i}`;
      people.push(await participant(room, `Person ${i}`, name, (change, at) => {
        if (i === 0) authored.set(change.client, (authored.get(change.client) ?? 0) + 1);
        if (change.client === name) return;
        const sent = sentAt.get(`${change.client}#${change.clientSeq}`);
        if (sent !== undefined) latencies.push(at - sent);
        // Each from a device of its own: the room limits joins per address.
      }, `127.0.1.${i + 1}`));
    }
    const doc = people[0]!.opened.doc;
    const lanes = lanesOf(doc, 'bp1').map((l) => l.id);
    const steps = columnsOf(doc, 'bp1').map((s) => s.id);
    const sent = people.map(() => 0);
    const cpu0 = cpuOf(pid);
    const own0 = process.cpuUsage();
    const t0 = performance.now();
    await Promise.all(people.map(async ({ client, participantId }, i) => {
      const random = streamRng(200 + i);
      const phase = random() * (1000 / PER_SECOND);
      const mine: string[] = [];
      for (let k = 0; k < SECONDS * PER_SECOND; k++) {
        const due = t0 + phase + k * (1000 / PER_SECOND) + random() * 50;
        await sleep(Math.max(0, due - performance.now()));
        const view = client.sync.view;
        const own = mine.filter((id) => view.cards[id]);
        const before = client.sync.replica.pending.at(-1)?.clientSeq ?? 0;
        const pick = own.length === 0 ? 0 : k % 3;
        const cardId = own[Math.floor(random() * own.length)]!;
        let ok: boolean;
        if (pick === 0) {
          const id = `p${i}k${k}`;
          ok = client.dispatch(addCard, { id, laneId: lanes[Math.floor(random() * lanes.length)]!, stepId: steps[Math.floor(random() * steps.length)]!, fields: { title: `Sticky ${i}.${k}` }, createdBy: participantId });
          if (ok) mine.push(id);
        } else if (pick === 1) {
          ok = client.dispatch(updateCard, { cardId, fields: { title: `Retitled by ${i} at ${k}` } });
        } else {
          ok = client.dispatch(moveCard, { cardId, laneId: view.cards[cardId]!.laneId, stepId: steps[Math.floor(random() * steps.length)]!, index: 0 });
        }
        if (!ok) continue;
        const edit = client.sync.replica.pending.find((p) => p.clientSeq > before)!;
        sentAt.set(`${client.sync.replica.client}#${edit.clientSeq}`, performance.now());
        sent[i]!++;
      }
    }));
    const settled = await Promise.race([Promise.all(people.map((p) => p.client.sync.idle())).then(() => true), sleep(120_000).then(() => false)]);
    if (!settled) throw new Error('edits still unanswered 2 minutes after the last was sent');
    const elapsed = performance.now() - t0;
    const cpu = cpuOf(pid) - cpu0;
    const own = process.cpuUsage(own0);
    const clientsShare = ((own.user + own.system) / 1000 / elapsed) * 100;
    // The host's document, as a participant who joins now gets it, against everyone's.
    const latest = await participant(room, 'Late comer', 'late-comer', undefined, '127.0.2.1');
    people.push(latest);
    const hostDoc = canonical(latest.opened.doc);
    const until = Date.now() + 10_000;
    while (Date.now() < until && people.some((p) => p.client.sync.replica.seq !== latest.opened.seq)) await sleep(20);
    const diverged = people.filter((p) => canonical(p.client.sync.view) !== hostDoc).length;
    const refused = people.reduce((n, p) => n + p.client.refusals.length, 0);
    const lost = people.slice(0, PEOPLE).reduce((n, p, i) => n + (sent[i]! - (authored.get(p.client.sync.replica.client) ?? 0) - p.client.refusals.length), 0);
    // Everything reached the file too (autosave within 5 s).
    await sleep(6_000);
    const inFile = Object.values(readWorkshop(file).doc.cards).filter((c) => c.createdBy).length;
    const inHost = Object.values(latest.opened.doc.cards).filter((c) => c.createdBy).length;
    const total = sent.reduce((a, b) => a + b, 0);
    const p95 = percentile(latencies, 95);
    const share = (cpu / elapsed) * 100;
    const note = `${PEOPLE} participants × ${PER_SECOND}/s for ${SECONDS} s through the room's server: ${total} commands (add own card, retitle or move own card; 300-card workshop), ${refused} refused, ${transport.failures} sent again after a transport failure, ${latencies.length} deliveries; p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms; participants' cards in the file ${inFile} of ${inHost} on the host; the ${PEOPLE} participants ran in one process at ${clientsShare.toFixed(0)}% of a core; load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores, shared machine`;
    report({ section, what: `participant's command → seen by all others, ${PEOPLE} participants, p95`, value: p95, unit: 'ms', target: '≤ 50 ms', pass: p95 <= 50, note });
    report({ section, what: 'participants\' commands lost', value: lost, unit: '', target: '0', pass: lost === 0 });
    report({ section, what: 'participants diverged from the host', value: diverged, unit: '', target: '0', pass: diverged === 0 });
    report({ section, what: 'participants\' cards missing from the file', value: inHost - inFile, unit: '', target: '0', pass: inHost === inFile });
    report({ section, what: 'host CPU during the room (participants), share of one core', value: share, unit: '%', target: '≤ 25 %', pass: share <= 25 });
  } finally {
    for (const p of people) p.client.close();
  }
}

/** Press Join on a phone-sized page: until the 300-card blueprint's cards are painted. */
async function joinToPainted(joinUrl: string): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const samples: number[] = [];
  try {
    for (let i = 0; i < JOINS; i++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
      const page = await context.newPage();
      await page.goto(joinUrl);
      await page.getByRole('textbox', { name: 'Your name' }).fill(`Phone ${i}`);
      // Timed in the page: from the press to the frame after the cards are in the document.
      await page.evaluate(() => {
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Join')!;
        button.addEventListener('click', () => {
          const t0 = performance.now();
          const watch = () => {
            if (document.querySelector('.fs-board-card')) requestAnimationFrame(() => ((window as unknown as { painted: number }).painted = performance.now() - t0));
            else requestAnimationFrame(watch);
          };
          watch();
        }, { capture: true });
      });
      await page.getByRole('button', { name: 'Join' }).click();
      const ms = await page.waitForFunction(() => (window as unknown as { painted?: number }).painted, undefined, { timeout: 30_000 });
      samples.push(Number(await ms.jsonValue()));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const value = median(samples);
  report({ section, what: 'Join pressed → blueprint painted on a phone-sized page, 300 cards, median', value, unit: 'ms', target: '≤ 1000 ms', pass: value <= 1000, note: `${JOINS} joins, each in a fresh browser context at 390×844: ${samples.map((s) => s.toFixed(0)).join(', ')} ms` });
}

async function main(): Promise<void> {
  const file = join(dir, 'room.frontstage');
  writeWorkshopFile(file, generateDoc({ cards: 300, connectors: 100 }));
  const { child, room, joinUrl } = await startRoom(file);
  try {
    await joinToPainted(joinUrl);
    await editing(file, room, child.pid!);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
