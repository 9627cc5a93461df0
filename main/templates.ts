import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TemplateInfo } from '../shared/api/contract';
import { resourcesDir } from './resources';
import { addBlueprint } from '../shared/commands/blueprints';
import { run } from '../shared/commands/command';
import { applyStagePreset } from '../shared/commands/stages';
import { parseInterchangeText, withFreshIds } from '../shared/interchange';
import { CANONICAL_LANES, STAGE_PRESETS, emptyDoc, formatProblem, newId, type WorkshopDoc } from '../shared/model';

/** Thrown for a template name that does not exist or a template file that does not load. */
export class TemplateError extends Error {
  override name = 'TemplateError';
  constructor(readonly code: 'not-found' | 'damaged', message: string) {
    super(message);
  }
}

const BLANK: TemplateInfo = { id: 'blank', name: 'Blank', description: 'The six canonical lanes and one stage to start from.' };

/** Built-in templates first, then the sample workshops shipped in resources/templates. */
export function listTemplates(): TemplateInfo[] {
  const presets = STAGE_PRESETS.map((p) => ({
    id: p.id, name: p.name, description: `The six canonical lanes with the stages ${p.stages.join(', ')}.`,
  }));
  const samples = sampleFiles().map((id) => {
    const json = readSample(id) as { template?: { name?: unknown; description?: unknown } };
    const { name, description } = json.template ?? {};
    return { id, name: typeof name === 'string' ? name : id, description: typeof description === 'string' ? description : '' };
  });
  return [BLANK, ...presets, ...samples];
}

/** A new workshop from a template; every call gives fresh ids. */
export function loadTemplate(id: string, title?: string): WorkshopDoc {
  const preset = STAGE_PRESETS.find((p) => p.id === id);
  let doc: WorkshopDoc;
  if (id === BLANK.id) doc = skeleton(null);
  else if (preset) doc = skeleton(preset.id);
  else if (sampleFiles().includes(id)) doc = loadSample(id);
  else {
    const names = listTemplates().map((t) => t.id).join(', ');
    throw new TemplateError('not-found', `there is no template "${id}"; the templates are: ${names}`);
  }
  if (title !== undefined) doc.workshop.title = title;
  return doc;
}

/** A first blueprint with the canonical lanes, made by the same commands a user's edits run. */
function skeleton(presetId: string | null): WorkshopDoc {
  const blueprintId = newId('bp');
  const laneIds = CANONICAL_LANES.map(() => newId('ln'));
  const firstStage = presetId ? undefined : { stageId: newId('sg'), stepId: newId('st') };
  const { doc } = run(emptyDoc(), addBlueprint, { id: blueprintId, name: 'Current state', laneIds, firstStage });
  if (!presetId) return doc;
  const stages = STAGE_PRESETS.find((p) => p.id === presetId)?.stages ?? [];
  const newStages = stages.map(() => ({ stageId: newId('sg'), stepId: newId('st') }));
  return run(doc, applyStagePreset, { blueprintId, presetId, newStages }).doc;
}

function loadSample(id: string): WorkshopDoc {
  const result = parseInterchangeText(readFileSync(samplePath(id), 'utf8'));
  if ('problems' in result) {
    throw new TemplateError('damaged', `template "${id}" does not load: ${formatProblem(result.problems[0]!)}`);
  }
  return withFreshIds(result.doc);
}

function readSample(id: string): unknown {
  try {
    return JSON.parse(readFileSync(samplePath(id), 'utf8'));
  } catch {
    throw new TemplateError('damaged', `template "${id}" is not valid JSON`);
  }
}

const templatesDir = () => join(resourcesDir(), 'templates');
const samplePath = (id: string) => join(templatesDir(), `${id}.json`);

function sampleFiles(): string[] {
  const dir = templatesDir();
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => /^[a-z0-9-]+\.json$/.test(f)).map((f) => f.slice(0, -5)).sort();
}

