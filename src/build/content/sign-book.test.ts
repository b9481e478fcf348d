import { describe, expect, it } from 'vitest';
import { GENERIC_WORDS } from './placeholders.ts';
import { formatProblem, Reporter, type Problem } from './problems.ts';
import { parseWarningSigns, readerSign } from './sign-book.ts';
import { TEST_GLOSSARY } from './test-context.ts';

const SOURCES = [
  'sources:',
  '  nhs: { title: Back pain, publisher: NHS, url: "https://www.nhs.uk/", accessed: 2026-01-10 }',
  '  nice: { title: NG59, publisher: NICE, url: "https://www.nice.org.uk/", accessed: 2026-01-11 }',
];

/** warning-signs.yml made of the two sources (lines 1-3), `signs:` (line 4) and these lines. */
function signsOf(...lines: string[]): { signs: ReturnType<typeof parseWarningSigns>; problems: string[] } {
  const found: Problem[] = [];
  const text = [...SOURCES, 'signs:', ...lines].join('\n');
  const signs = parseWarningSigns(text, new Reporter('warning-signs.yml', found), TEST_GLOSSARY, {
    ...GENERIC_WORDS,
    urgent: 'NHS 111',
  });
  return { signs, problems: found.map(formatProblem) };
}

/** One sign as a flow mapping on one line; `extra` is added inside the braces. */
const sign = (id: string, text: string, tier: string, extra = 'sources: [nhs]'): string =>
  `  - { id: ${id}, text: "${text}", tier: ${tier}, audience: everyone, ${extra} }`;

describe('parseWarningSigns', () => {
  it('reads each sign with its text rendered, its sources looked up and where it is', () => {
    const { signs, problems } = signsOf(
      '  - id: numb',
      '    text: You are **numb** around your bottom.',
      '    tier: emergency',
      '    audience: everyone',
      '    phrasings: [numb bum, " numb below "]',
      '    sources: [nice, nhs]',
      sign('worse', 'Your :term[sciatica] is worse: call {{urgent}}.', 'urgent'),
    );
    expect(problems).toEqual([]);
    expect(signs.map(({ nodes, ...rest }) => ({ ...rest, nodes: nodes.map((n) => n.type) }))).toEqual([
      {
        id: 'numb',
        text: 'You are numb around your bottom.',
        html: 'You are <strong>numb</strong> around your bottom.',
        tier: 'emergency',
        audience: 'everyone',
        phrasings: ['numb bum', 'numb below'],
        nodes: ['text', 'strong', 'text'],
        sources: [
          { title: 'NG59', publisher: 'NICE', url: 'https://www.nice.org.uk/', accessed: '2026-01-11' },
          { title: 'Back pain', publisher: 'NHS', url: 'https://www.nhs.uk/', accessed: '2026-01-10' },
        ],
        at: { line: 5, column: 5 },
      },
      {
        id: 'worse',
        text: 'Your sciatica is worse: call NHS 111.',
        html: expect.stringContaining('<span class="region-urgent">NHS 111</span>'),
        tier: 'urgent',
        audience: 'everyone',
        phrasings: [],
        nodes: expect.any(Array),
        sources: [{ title: 'Back pain', publisher: 'NHS', url: 'https://www.nhs.uk/', accessed: '2026-01-10' }],
        at: { line: 11, column: 5 },
      },
    ]);
  });

  it('hands the reader a sign without its build-only parts', () => {
    const parsed = signsOf(sign('numb', 'You are numb.', 'emergency')).signs[0]!;
    expect(readerSign(parsed)).toEqual({
      id: 'numb',
      text: 'You are numb.',
      html: 'You are numb.',
      tier: 'emergency',
      audience: 'everyone',
      phrasings: [],
    });
  });

  it('reports an id used twice at the second, and keeps only the first', () => {
    const { signs, problems } = signsOf(
      sign('numb', 'First.', 'emergency'),
      sign('numb', 'Second.', 'urgent'),
      sign('other', 'Third.', 'urgent'),
    );
    expect(problems).toEqual(['warning-signs.yml:6:11: the sign id "numb" is used twice']);
    expect(signs.map((s) => s.text)).toEqual(['First.', 'Third.']);
  });

  it('reports each unknown source at the key, keeping the sign with its known sources', () => {
    const { signs, problems } = signsOf(sign('numb', 'Numb.', 'emergency', 'sources: [nhs, cks, nice, bnf]'));
    expect(problems).toEqual([
      'warning-signs.yml:5:84: sign "numb": no source "cks" under "sources:"',
      'warning-signs.yml:5:95: sign "numb": no source "bnf" under "sources:"',
    ]);
    expect(signs[0]!.sources.map((s) => s.publisher)).toEqual(['NHS', 'NICE']);
  });

  it('reports a text that is not one sentence ending in a full stop, or not one line', () => {
    const { signs, problems } = signsOf(
      sign('numb', 'You are numb', 'emergency'),
      sign('lists', '- Numb.\\n- Cold.', 'emergency'),
      sign('link', 'See [this](https://x.org/).', 'emergency'),
    );
    expect(problems).toEqual([
      'warning-signs.yml:5:23: sign "numb": the text must be one sentence ending with a full stop',
      'warning-signs.yml:6:24: sign "lists": must be one line of text (no lists, headings or blank lines)',
      'warning-signs.yml:7:23: sign "link": cannot contain links or images',
    ]);
    expect(signs.map((s) => s.id)).toEqual(['numb']);
  });

  it('reports wrong fields of a sign, each at its field, and keeps the others', () => {
    const { signs, problems } = signsOf(
      sign('Numb Legs', 'Numb.', 'emergency'),
      sign('a', 'A.', 'soon'),
      '  - { id: b, text: "B.", tier: urgent, audience: men, sources: [nhs] }',
      sign('c', 'C.', 'urgent', 'sources: []'),
      sign('d', 'D.', 'urgent', 'sources: [nhs], phrasings: d'),
      sign('e', 'E.', 'urgent', 'sources: [nhs], colour: red'),
      sign('f', 'F.', 'see-doctor'),
      sign('g', 'G.', 'urgent', 'sources: nhs'),
    );
    expect(problems).toEqual([
      'warning-signs.yml:5:11: "id" in sign 1 may only use a-z, 0-9 and single hyphens',
      'warning-signs.yml:6:32: "tier" in sign 2 must be one of: emergency, maternity, urgent, see-doctor',
      'warning-signs.yml:7:50: "audience" in sign 3 must be one of: everyone, pregnant, early-pregnancy, later-pregnancy, after-birth',
      'warning-signs.yml:8:69: "sources" in sign 4 needs at least one source',
      'warning-signs.yml:9:87: "phrasings" in sign 5 must be a list',
      'warning-signs.yml:10:76: unknown field "colour" in sign 6 (expected one of: id, text, tier, audience, phrasings, sources)',
      'warning-signs.yml:12:69: "sources" in sign 8 must be a list of source keys',
    ]);
    expect(signs.map((s) => s.id)).toEqual(['f']);
  });
});

describe('parseWarningSigns: a sign written as text', () => {
  it('is reported as not being fields, by its number', () => {
    const { signs, problems } = signsOf('  - You are numb.', sign('numb', 'You are numb.', 'emergency'));
    expect(problems).toEqual(['warning-signs.yml:5:5: sign 1 must be a list of "name: value" fields']);
    expect(signs.map((s) => s.id)).toEqual(['numb']);
  });
});

describe('parseWarningSigns: the file as a whole', () => {
  function whole(text: string): { signs: unknown[]; problems: string[] } {
    const found: Problem[] = [];
    const signs = parseWarningSigns(text, new Reporter('w.yml', found), null, GENERIC_WORDS);
    return { signs, problems: found.map(formatProblem) };
  }

  it('gives no signs for malformed YAML', () => {
    expect(whole('signs: [\n')).toEqual({
      signs: [],
      problems: ['w.yml:2:1: YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'],
    });
  });

  it('gives no signs when the sources or the list of signs is wrong', () => {
    expect(whole('sources: {}\nsigns: []\n')).toEqual({
      signs: [],
      problems: ['w.yml:2:8: "signs" in warning-signs.yml needs at least one sign'],
    });
    expect(whole('sources: x\nsigns: x\n')).toEqual({
      signs: [],
      problems: [
        'w.yml:1:10: "sources" in warning-signs.yml must be a list of "key: { title, publisher, url, accessed }"',
        'w.yml:2:8: "signs" in warning-signs.yml must be a list',
      ],
    });
    // A list is not keyed sources, though valibot's record alone would take it.
    expect(whole('sources: [nhs]\nsigns: x\n').problems[0]).toBe(
      'w.yml:1:10: "sources" in warning-signs.yml must be a list of "key: { title, publisher, url, accessed }"',
    );
    expect(whole('signs:\n  - { id: a }\n').problems).toEqual(['w.yml:1:1: warning-signs.yml needs a "sources" field']);
  });

  it('reads a file with no glossary: a sign without :term needs none', () => {
    const text = [...SOURCES, 'signs:', sign('numb', 'You are numb.', 'emergency')].join('\n');
    expect(whole(text)).toMatchObject({ signs: [{ id: 'numb', at: { line: 5, column: 5 } }], problems: [] });
  });
});
