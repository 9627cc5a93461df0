// A separate process that the fault tests kill at awkward moments. Usage: node child.cjs '<json>'.
import { WorkshopSession } from '../../../main/workshop';
import { defaultCard } from '../../../shared/model';

const { mode, file, workDir } = JSON.parse(process.argv[2] ?? '{}') as { mode: string; file: string; workDir: string };
const session = WorkshopSession.open(file, { workDir });

if (mode === 'crash-after-edit') {
  session.apply([{ op: 'replace', path: ['workshop', 'title'], value: 'Edited before the crash' }]);
  const card = defaultCard({ id: 'crash-card', laneId: 'lane0', stepId: 'step0-0', position: 99, title: 'Added before the crash' });
  session.apply([{ op: 'add', path: ['cards', card.id], value: card }]);
  process.kill(process.pid, 'SIGKILL');
} else if (mode === 'hold') {
  process.stdout.write('ready\n');
  setInterval(() => {}, 1000);
} else if (mode === 'save-big') {
  // An edit that needs new room on the disk, then a save; the process ends without closing.
  session.apply([{ op: 'replace', path: ['workshop', 'notes'], value: 'n'.repeat(9_500) }]);
  try {
    session.save();
    process.stdout.write(`${JSON.stringify({ saved: true })}\n`);
  } catch (e) {
    process.stdout.write(`${JSON.stringify({ saved: false, code: (e as { code?: string }).code, message: (e as Error).message })}\n`);
  }
  process.exit(0);
} else if (mode === 'save-loop') {
  process.stdout.write('ready\n');
  for (let i = 0; ; i++) {
    session.apply([{ op: 'replace', path: ['workshop', 'title'], value: `Saved ${i}` }]);
    session.save();
  }
}
