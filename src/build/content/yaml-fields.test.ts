import { describe, expect, it } from 'vitest';
import { formatProblem, Reporter, type Problem } from './problems.ts';
import { YamlSource, type YamlRecord } from './yaml-fields.ts';

/** Reads `text` as file "f.yml" (after `offset` lines) and hands back its top-level record. */
function read(
  text: string,
  offset = 0,
): { record: YamlRecord | null; source: YamlSource | null; problems: () => string[] } {
  const found: Problem[] = [];
  const source = YamlSource.parse(text, new Reporter('f.yml', found), offset);
  const record = source?.record('the file') ?? null;
  return { record, source, problems: () => found.map(formatProblem) };
}

describe('YamlSource.parse', () => {
  it('reports a syntax error at its line in the file, without the block-relative position', () => {
    const { source, problems } = read('a: [1, 2\nb: 3\n', 4);
    expect(source).toBeNull();
    expect(problems()).toEqual([
      'f.yml:6:1: YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
  });

  it('reports every syntax error, each where it is', () => {
    expect(read('a: 1\na: 2\nb: [\n').problems()).toEqual([
      'f.yml:2:1: YAML: Map keys must be unique',
      'f.yml:4:1: YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
  });

  it('points at a node with the line offset, and at the first line for no node', () => {
    const { source } = read('a: 1\nb:\n  - x\n', 3);
    const root = source!.root as unknown as { items: { value: unknown }[] };
    expect(source!.pointOf(root.items[1]!.value as never)).toEqual({ line: 6, column: 3 });
    expect(source!.pointOf(undefined)).toEqual({ line: 4, column: 1 });
    expect(source!.pointOf(null)).toEqual({ line: 4, column: 1 });
  });
});

describe('YamlSource.record', () => {
  it('refuses a top level that is not a mapping, at its position', () => {
    const { record, problems } = read('\n- a\n- b\n', 2);
    expect(record).toBeNull();
    expect(problems()).toEqual(['f.yml:4:1: the file must be a list of "name: value" fields']);
  });

  it('treats an empty file as a record with no fields, each reported missing at line 1', () => {
    const { record, problems } = read('', 0);
    expect(record!.map).toBeNull();
    expect(record!.string('title')).toBeUndefined();
    expect(record!.node('title')).toBeUndefined();
    expect(problems()).toEqual(['f.yml:1:1: the file needs a "title" field']);
  });
});

describe('YamlRecord fields', () => {
  it('tells an absent field (undefined) from a key with no value (null)', () => {
    const { record } = read('? a\nb: 1\n');
    expect(record!.node('a')).toBeNull();
    expect(record!.node('c')).toBeUndefined();
    expect(record!.here()).toEqual({ line: 1, column: 1 });
  });

  it('reports unknown keys at the key, naming the allowed ones', () => {
    const { record, problems } = read('title: x\n  \nkeyword: y\n? [a]\n: z\n');
    record!.onlyKeys(['title', 'summary']);
    expect(problems()).toEqual([
      'f.yml:3:1: unknown field "keyword" in the file (expected one of: title, summary)',
      'f.yml:4:3: unknown field "?" in the file (expected one of: title, summary)',
    ]);
  });

  it('reports a missing field at the record, a key without a value at the key', () => {
    const { record, problems } = read('x: 1\n? title\nsummary:\n');
    expect(record!.string('title')).toBeUndefined();
    expect(record!.string('nothing')).toBeUndefined();
    expect(record!.string('summary')).toBeUndefined();
    expect(problems()).toEqual([
      'f.yml:2:3: the file needs a "title" field',
      'f.yml:1:1: the file needs a "nothing" field',
      'f.yml:3:9: "summary" in the file must be text',
    ]);
  });

  it('reads text trimmed; an optional field may be missing, empty or blank', () => {
    const { record, problems } = read('a: "  hi  "\n? b\nc: "  "\n');
    expect(record!.string('a')).toBe('hi');
    expect(record!.string('b', true)).toBeUndefined();
    expect(record!.string('c', true)).toBe('');
    expect(record!.string('d', true)).toBeUndefined();
    expect(problems()).toEqual([]);
  });

  it('reports text that is blank, a number (with a hint to quote it) or not a scalar', () => {
    const { record, problems } = read('a: "  "\nb: 12\nc: [x]\nd: true\n');
    expect(record!.string('a')).toBeUndefined();
    expect(record!.string('b')).toBeUndefined();
    expect(record!.string('c')).toBeUndefined();
    expect(record!.string('d')).toBeUndefined();
    expect(problems()).toEqual([
      'f.yml:1:4: "a" in the file is empty',
      'f.yml:2:4: "b" in the file must be text (put it in "quotes")',
      'f.yml:3:4: "c" in the file must be text',
      'f.yml:4:4: "d" in the file must be text',
    ]);
  });

  it('reads true and false; anything else is reported; a missing one is undefined', () => {
    const { record, problems } = read('a: true\nb: false\nc: yes\nd: [true]\n');
    expect(record!.boolean('a')).toBe(true);
    expect(record!.boolean('b')).toBe(false);
    expect(record!.boolean('c')).toBeUndefined();
    expect(record!.boolean('d')).toBeUndefined();
    expect(record!.boolean('e')).toBeUndefined();
    expect(problems()).toEqual([
      'f.yml:3:4: "c" in the file must be true or false',
      'f.yml:4:4: "d" in the file must be true or false',
    ]);
  });
});

describe('YamlRecord.date', () => {
  it('reads a date as YYYY-MM-DD whether YAML gave a string or a timestamp', () => {
    const { record, problems } = read('a: 2026-01-31\nb: "2024-02-29"\nc: !!timestamp 2026-03-01\n');
    expect(record!.date('a')).toBe('2026-01-31');
    expect(record!.date('b')).toBe('2024-02-29');
    expect(record!.date('c')).toBe('2026-03-01');
    expect(problems()).toEqual([]);
  });

  it.each([
    ['2026-02-30', 'a day the month does not have'],
    ['"2026-13-01"', 'month 13'],
    ['"2026-1-31"', 'one-digit month'],
    ['"x2026-01-31"', 'text before'],
    ['"2026-01-31x"', 'text after'],
    ['"2026-01-3"', 'too short'],
    ['20260131', 'a number'],
    ['[2026-01-31]', 'a list'],
    ['"0000-00-00"', 'no such date'],
  ])('reports %s (%s) at the value', (value) => {
    const { record, problems } = read(`x: 1\nd: ${value}\n`);
    expect(record!.date('d')).toBeUndefined();
    expect(problems()).toEqual(['f.yml:2:4: "d" in the file must be a date like 2026-01-31']);
  });

  it('reports a missing date', () => {
    const { record, problems } = read('x: 1\n');
    expect(record!.date('d')).toBeUndefined();
    expect(problems()).toEqual(['f.yml:1:1: the file needs a "d" field']);
  });
});

describe('YamlRecord lists', () => {
  it('reads a list of text, trimmed, reporting each item that is not text', () => {
    const { record, problems } = read('k:\n  - " a "\n  - 3\n  - ""\n  - "  "\n  - b\n');
    expect(record!.stringList('k')).toEqual(['a', 'b']);
    expect(problems()).toEqual([
      'f.yml:3:5: each item of "k" in the file must be text',
      'f.yml:4:5: each item of "k" in the file must be text',
      'f.yml:5:5: each item of "k" in the file must be text',
    ]);
  });

  it('reports a list field that is not a list, or is missing', () => {
    const { record, problems } = read('k: text\n');
    expect(record!.stringList('k')).toBeUndefined();
    expect(record!.stringList('m')).toBeUndefined();
    expect(record!.records('k', (i) => `item ${i}`)).toBeUndefined();
    expect(record!.stringItems('k')).toBeUndefined();
    expect(record!.stringItems('m')).toBeUndefined();
    expect(problems()).toEqual([
      'f.yml:1:4: "k" in the file must be a list',
      'f.yml:1:1: the file needs a "m" field',
      'f.yml:1:4: "k" in the file must be a list',
      'f.yml:1:4: "k" in the file must be a list',
      'f.yml:1:1: the file needs a "m" field',
    ]);
  });

  it('hands back each mapping of a list as a record named by its label, reporting the others', () => {
    const { record, problems } = read('k:\n  - { a: 1 }\n  - plain\n  - b: 2\n');
    const items = record!.records('k', (i) => `item ${i + 1}`);
    expect(items!.map((r) => [r.what, r.here()])).toEqual([
      ['item 1', { line: 2, column: 5 }],
      ['item 3', { line: 4, column: 5 }],
    ]);
    expect(items![1]!.source).toBe(record!.source);
    expect(problems()).toEqual(['f.yml:3:5: item 2 must be a list of "name: value" fields']);
  });

  it('records: an optional list may be missing, a required one is reported', () => {
    const { record, problems } = read('x: 1\n');
    expect(record!.records('k', String, true)).toBeUndefined();
    expect(problems()).toEqual([]);
    expect(record!.records('k', String)).toBeUndefined();
    expect(problems()).toEqual(['f.yml:1:1: the file needs a "k" field']);
  });

  it('reads each item of a text list with where it is, reporting items that are not text', () => {
    const { record, problems } = read('k:\n  - " a "\n  - [b]\n  - c\n', 1);
    expect(record!.stringItems('k')).toEqual([
      { value: 'a', at: { line: 3, column: 5 } },
      { value: 'c', at: { line: 5, column: 5 } },
    ]);
    expect(problems()).toEqual(['f.yml:4:5: each item of "k" must be text']);
  });
});

describe('YamlRecord.pointOf', () => {
  it('points at the value, else the key of an empty field, else the record', () => {
    const { record } = read('x: 1\nk:   v\n? e\n', 10);
    expect(record!.pointOf('k')).toEqual({ line: 12, column: 6 });
    expect(record!.pointOf('e')).toEqual({ line: 13, column: 3 });
    expect(record!.pointOf('none')).toEqual({ line: 11, column: 1 });
  });
});

describe('YAML errors far into a block', () => {
  it('drop the block-relative position whatever its number of digits', () => {
    const text = `${[...'abcdefghij'].map((k) => `${k}: 1\n`).join('')}abcdefghij: "x" y\n`;
    expect(read(text, 2).problems()).toEqual(['f.yml:13:17: YAML: Unexpected scalar at node end']);
  });

  it('a record with no fields has no unknown keys', () => {
    const { record, problems } = read('');
    record!.onlyKeys(['a']);
    expect(problems()).toEqual([]);
  });

  it('reports a number in a text list as not text', () => {
    const { record, problems } = read('k: [3, a]\n');
    expect(record!.stringItems('k')).toEqual([{ value: 'a', at: { line: 1, column: 8 } }]);
    expect(problems()).toEqual(['f.yml:1:5: each item of "k" must be text']);
  });
});
