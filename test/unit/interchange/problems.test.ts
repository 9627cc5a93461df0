import { describe, expect, it } from 'vitest';
import { fromInterchange, parseInterchangeText, stringifyInterchange, toInterchange } from '../../../shared/interchange';
import { formatProblem } from '../../../shared/model';
import { richDoc } from './sample';

/** A mutable copy of a valid interchange file. */
const valid = () => JSON.parse(stringifyInterchange(toInterchange(richDoc())));

function problems(input: unknown): string[] {
  const result = fromInterchange(input);
  return 'problems' in result ? result.problems.map(formatProblem) : [];
}

/** Where a card of the first blueprint sits in the file. */
const at = (json: { blueprints: { cards: { id: string }[] }[] }, id: string) => json.blueprints[0]!.cards.findIndex((c) => c.id === id);
const sortedProblems = (input: unknown) => problems(input).sort();

describe('interchange import rejects bad input with its path', () => {
  it('reports an out-of-range rating', () => {
    const json = valid();
    const i = at(json, 'card1');
    json.blueprints[0].cards[i].touchpoint.importance = 9;
    expect(problems(json)).toEqual([`blueprints[0].cards[${i}].touchpoint.importance: must be a whole number between 1 and 5`]);
  });

  it('reports every problem, not just the first', () => {
    const json = valid();
    json.blueprints[0].cards[0].touchpoint = { sentiment: 3 };
    json.blueprints[0].lanes[0].kind = 'swimlane';
    json.workshop.date = 'next week';
    json.blueprints[0].cards[2].waitMinutes = 'long';
    expect(sortedProblems(json)).toEqual([
      'blueprints[0].cards[0].touchpoint.sentiment: must be a whole number between -2 and 2',
      'blueprints[0].cards[2].waitMinutes: must be a number',
      'blueprints[0].lanes[0].kind: must be one of "evidence", "customer", "frontstage", "backstage", "support", "product", "custom"',
      'workshop.date: is not a YYYY-MM-DD date',
    ]);
  });

  it('reports missing required fields and unknown fields', () => {
    const json = valid();
    delete json.blueprints[0].cards[4].lane;
    json.blueprints[0].cards[4].colour = 'red';
    expect(sortedProblems(json)).toEqual([
      'blueprints[0].cards[4].lane: is missing',
      'blueprints[0].cards[4]: has unknown field "colour"',
    ]);
  });

  it('reports duplicate ids of the same kind anywhere in the file', () => {
    const json = valid();
    json.blueprints[1].cards[0].id = json.blueprints[0].cards[7].id;
    json.workshop.participants[1].id = 'p1';
    expect(problems(json)).toEqual([
      'workshop.participants[1].id: repeats the participant id "p1" of workshop.participants[0]',
      `blueprints[1].cards[0].id: repeats the card id "${json.blueprints[0].cards[7].id}" of blueprints[0].cards[7]`,
    ]);
  });

  it('allows the same id for records of different kinds', () => {
    const json = valid();
    json.blueprints[0].connectors[0].id = json.blueprints[0].cards[0].id;
    expect(problems(json)).toEqual([]);
  });

  it('reports dangling references and lanes of another blueprint', () => {
    const json = valid();
    const c1 = at(json, 'card1');
    const c3 = at(json, 'card3');
    json.blueprints[0].cards[c3].lane = 'nowhere';
    json.blueprints[1].cards[0].step = 'step0-0';
    json.blueprints[0].connectors[0].to = 'ghost';
    json.blueprints[0].cards[c1].touchpoint.differentiation.brandAttributes = ['ba-warm', 'ba-missing'];
    json.blueprints[0].cards[c1].touchpoint.rootCauses = ['card404'];
    json.blueprints[0].cards[c1].image = 'img404';
    json.blueprints[0].voteRounds[0].votes[0].participant = 'nobody';
    json.blueprints[0].comments[0].card = 'fc';
    expect(sortedProblems(json)).toEqual([
      `blueprints[0].cards[${c1}].image: refers to a missing image "img404"`,
      `blueprints[0].cards[${c1}].touchpoint.differentiation.brandAttributes[1]: refers to a missing brand attribute "ba-missing"`,
      `blueprints[0].cards[${c1}].touchpoint.rootCauses[0]: refers to a missing card "card404"`,
      `blueprints[0].cards[${c3}].lane: refers to a missing lane "nowhere"`,
      'blueprints[0].connectors[0].to: refers to a missing card "ghost"',
      'blueprints[0].voteRounds[0].votes[0].participant: refers to a missing participant "nobody"',
      'blueprints[0].comments[0].card: refers to card "fc" of another blueprint (blueprints[1].cards[0])',
      // Its reply stayed on card1: a reply answers a thread on its own card.
      'blueprints[0].comments[1].replyTo: must name the first comment of a thread on the same card',
      'blueprints[1].cards[0].step: refers to step "step0-0" of another blueprint (blueprints[0].stages[0].steps[0])',
    ].sort());
  });

  it('rejects text that is too long, and bidi or control characters, but keeps markup, SQL and emoji', () => {
    const json = valid();
    json.workshop.title = 'x'.repeat(20_000);
    json.blueprints[0].cards[0].title = 'Pay \u202Eevil\u202C here';
    json.blueprints[0].cards[1].description = 'bell\u0007';
    expect(problems(json)).toEqual([
      'workshop.title: is longer than 500 characters',
      'blueprints[0].cards[0].title: contains a bidirectional control character (U+202E)',
      'blueprints[0].cards[1].description: contains a control character (U+0007)',
    ]);
    const ok = valid();
    const hostile = `<script>alert(1)</script> '); DROP TABLE cards;-- ☕️👩🏽‍🍳 "quoted" \\ back`;
    ok.blueprints[0].cards[0].title = hostile;
    const result = fromInterchange(ok);
    expect('doc' in result && result.doc.cards[ok.blueprints[0].cards[0].id]!.title).toBe(hostile);
  });

  it('refuses another format and a newer version as one problem', () => {
    expect(problems({ format: 'excalidraw', elements: [] })).toEqual(['format: is not "frontstage-workshop": this is not a Frontstage workshop']);
    expect(problems([1, 2])).toEqual(['is not a Frontstage workshop (expected a JSON object)']);
    const json = valid();
    json.formatVersion = 2;
    expect(problems(json)).toEqual(['formatVersion: is 2: made by a newer Frontstage (this one reads version 1)']);
  });

  it('says where JSON syntax breaks', () => {
    const result = parseInterchangeText('{\n  "format": "frontstage-workshop",\n  "formatVersion": 1\n  "workshop": {}\n}');
    expect('problems' in result && formatProblem(result.problems[0]!)).toBe(
      "is not valid JSON: Expected ',' or '}' after property value at line 4, column 3",
    );
    const empty = parseInterchangeText('  \n');
    expect('problems' in empty && formatProblem(empty.problems[0]!)).toBe('is empty (expected JSON)');
  });
});

describe('interchange import fills what is left out', () => {
  it('accepts the smallest file and takes defaults from the model', () => {
    const result = fromInterchange({
      format: 'frontstage-workshop', formatVersion: 1,
      template: { name: 'Tiny', description: 'ignored' },
      workshop: { title: 'Tiny' },
      blueprints: [{
        id: 'b', name: 'Now',
        lanes: [{ id: 'l', name: 'Support', kind: 'support' }],
        stages: [{ id: 's', name: 'Visit', steps: [{ id: 't', name: 'Arrive' }] }],
        cards: [{ id: 'c', lane: 'l', step: 't', title: 'Stock system', touchpoint: { importance: 5 } }],
        connectors: [{ id: 'k', from: 'c', to: 'c' }],
      }],
    });
    if (!('doc' in result)) throw new Error(JSON.stringify(result.problems));
    const card = result.doc.cards.c!;
    expect(card.kind).toBe('system');
    expect(card.touchpoint).toMatchObject({ channel: 'in-person', importance: 5, sentiment: 0, expectation: null, strategy: 'none', quotes: [] });
    expect(result.doc.connectors.k).toMatchObject({ kind: 'flow', label: '', blueprintId: 'b' });
    expect(result.doc.lanes.l).toMatchObject({ role: null, hidden: false, position: 0 });
    expect(result.doc.workshop.timer).toEqual({ label: '', durationSeconds: 0, startedAt: null, elapsedSeconds: 0, agendaItemId: null });
  });
});

describe('ids that are object keys', () => {
  it('refuses "__proto__" as an id, which would otherwise vanish into the prototype', () => {
    const json = valid();
    json.blueprints[0].connectors[0].id = '__proto__';
    expect(problems(json)).toEqual(['blueprints[0].connectors[0].id: is a reserved name ("__proto__")']);
  });

  it('refuses every name an object already has, so no id resolves to Object.prototype', () => {
    for (const name of ['toString', 'valueOf', 'hasOwnProperty', 'constructor', 'isPrototypeOf']) {
      const json = valid();
      json.blueprints[0].lanes[0].id = name;
      expect(problems(json)[0]).toBe(`blueprints[0].lanes[0].id: is a reserved name ("${name}")`);
    }
  });
});

describe('the "template" key', () => {
  it('is ignored whatever it holds, as long as it is an object', () => {
    const json = valid();
    json.template = { name: 'Mine', description: 'x', author: 'someone', tags: [1, 2] };
    expect(problems(json)).toEqual([]);
    json.template = 'Mine';
    expect(problems(json)).toEqual(['template: must be an object']);
  });
});
