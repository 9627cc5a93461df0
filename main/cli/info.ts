import type { Command } from 'commander';
import { blueprintsOf, columnsOf, lanesOf, stagesOf, type WorkshopDoc } from '../../shared/model';

export interface WorkshopInfo {
  title: string;
  formatVersion: number;
  blueprints: { id: string; name: string; lanes: number; stages: number; steps: number; cards: number; touchpoints: number; connectors: number }[];
}

export function registerInfo(program: Command): void {
  program
    .command('info')
    .description('print the title, format version and counts of a workshop as JSON')
    .argument('<file>', 'the workshop file')
    .action(async (file: string) => {
      const { readWorkshop } = await import('../workshop');
      const { doc, formatVersion } = await readWorkshop(file);
      process.stdout.write(`${JSON.stringify(workshopInfo(doc, formatVersion), null, 2)}\n`);
    });
}

function workshopInfo(doc: WorkshopDoc, formatVersion: number): WorkshopInfo {
  const cards = Object.values(doc.cards);
  const connectors = Object.values(doc.connectors);
  return {
    title: doc.workshop.title,
    formatVersion,
    blueprints: blueprintsOf(doc).map((b) => {
      const lanes = new Set(lanesOf(doc, b.id).map((l) => l.id));
      const own = cards.filter((c) => lanes.has(c.laneId));
      return {
        id: b.id,
        name: b.name,
        lanes: lanes.size,
        stages: stagesOf(doc, b.id).length,
        steps: columnsOf(doc, b.id).length,
        cards: own.length,
        touchpoints: own.filter((c) => c.touchpoint !== null).length,
        connectors: connectors.filter((c) => c.blueprintId === b.id).length,
      };
    }),
  };
}
