import sax from 'sax';
import { describe, expect, it } from 'vitest';
import { renderExport } from '../../../main/export';
import { defaultCard } from '../../../shared/model';
import { sampleDoc } from '../../unit/layout/sampleDoc';
import { espressoDoc, squash } from './helpers';
import { blueprintsOf } from '../../../shared/model';

interface Parsed { elements: string[]; texts: string[]; attributes: Record<string, string>[] }

/** A strict XML parse: any well-formedness error throws. */
function parseXml(xml: string): Parsed {
  const parser = sax.parser(true, { xmlns: false });
  const parsed: Parsed = { elements: [], texts: [], attributes: [] };
  let inText = false;
  let current = '';
  parser.onerror = (error) => { throw error; };
  parser.onopentag = (tag) => {
    parsed.elements.push(tag.name);
    parsed.attributes.push(tag.attributes);
    inText = tag.name === 'text';
    current = '';
  };
  parser.ontext = (t) => { if (inText) current += t; };
  parser.onclosetag = (name) => {
    if (name === 'text') parsed.texts.push(current);
    inText = false;
  };
  parser.write(xml).close();
  return parsed;
}

const HOSTILE = [
  '<script>alert(1)</script>',
  'Tom & Jerry "quoted" \'single\'',
  ']]><!-- -->&amp;',
  'שלום עולם and مرحبا',
  '<svg onload="alert(1)">',
];

describe('SVG export', () => {
  it('is well-formed XML with every visible card title as text, for the sample', async () => {
    const doc = espressoDoc();
    const bp = blueprintsOf(doc)[0]!.id;
    const svg = Buffer.from(await renderExport(doc, { format: 'svg', blueprintId: bp })).toString('utf8');
    const parsed = parseXml(svg);
    expect(parsed.elements[0]).toBe('svg');
    const all = parsed.texts.join(' ');
    for (const card of Object.values(doc.cards)) {
      if (doc.lanes[card.laneId]!.blueprintId !== bp || doc.lanes[card.laneId]!.hidden) continue;
      const firstWord = card.title.split(' ')[0]!;
      expect(all).toContain(firstWord);
    }
  });

  it('keeps hostile text inert: escaped, never markup, read back exactly', async () => {
    const doc = sampleDoc();
    HOSTILE.forEach((title, i) => {
      doc.cards[`h${i}`] = defaultCard({ id: `h${i}`, laneId: 'l4', stepId: 't1', position: 10 + i, title });
    });
    doc.workshop.title = '</title><script>alert("x")</script>';
    doc.connectors['kh'] = { id: 'kh', blueprintId: 'bp', from: 'h0', to: 'c8', kind: 'flow', label: '<b>&"' };
    const svg = Buffer.from(await renderExport(doc, { format: 'svg', blueprintId: 'bp' })).toString('utf8');
    const parsed = parseXml(svg);
    expect(parsed.elements).not.toContain('script');
    expect(parsed.elements.filter((e) => e === 'svg')).toHaveLength(1);
    expect(parsed.attributes.some((a) => Object.keys(a).some((k) => k.startsWith('on')))).toBe(false);
    // Long titles wrap over several <text> lines: compare without the breaks.
    const all = squash(parsed.texts.join(''));
    for (const title of HOSTILE) expect(all).toContain(squash(title));
    expect(parsed.texts).toContain('<b>&"');
    expect(svg).not.toContain('<script');
  });

  it('stays well-formed when damaged text carries characters XML cannot hold', async () => {
    const doc = sampleDoc();
    doc.cards['c6']!.title = 'bell \u0007 and lone \uD800 surrogate';
    const svg = Buffer.from(await renderExport(doc, { format: 'svg', blueprintId: 'bp' })).toString('utf8');
    expect(() => parseXml(svg)).not.toThrow();
    expect(parseXml(svg).texts.join(' ')).toContain('bell \uFFFD and lone \uFFFD surrogate');
  });
});
