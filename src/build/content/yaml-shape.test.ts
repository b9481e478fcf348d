import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { formatProblem, Reporter, type Problem } from './problems.ts';
import { YamlSource } from './yaml-fields.ts';
import { IsoDate, SourceShape, Text } from '../../shared/handbook-shapes.ts';
import { checkItems, checkShape, Id, nodeAt } from './yaml-shape.ts';

const Shape = v.strictObject({
  id: Id,
  name: Text,
  when: IsoDate,
  source: v.optional(SourceShape),
  tags: v.optional(v.array(Text, 'must be a list')),
});

/** Checks `text` (file "f.yml", after `offset` lines) against `Shape`, or each item of it. */
function check(text: string, items = false): { value: unknown; problems: string[] } {
  const found: Problem[] = [];
  const source = YamlSource.parse(text, new Reporter('f.yml', found), 2)!;
  const value = items
    ? checkItems(source, source.root, Shape, 'things', (i) => `thing ${i + 1}`)
    : checkShape(source, source.root, Shape, 'the thing');
  return { value, problems: found.map(formatProblem) };
}

const SOURCE = '{ title: " T ", publisher: P, url: "https://x.org/a", accessed: 2026-01-02 }';

describe('checkShape', () => {
  it('hands back the value, text trimmed and dates as YYYY-MM-DD', () => {
    expect(check(`id: heat-12\nname: "  Heat "\nwhen: 2024-02-29\nsource: ${SOURCE}\n`)).toEqual({
      value: {
        id: 'heat-12',
        name: 'Heat',
        when: '2024-02-29',
        source: { title: 'T', publisher: 'P', url: 'https://x.org/a', accessed: '2026-01-02' },
      },
      problems: [],
    });
    expect(check('id: a\nname: n\nwhen: "2026-01-31"\n').value).toMatchObject({ when: '2026-01-31' });    // A date YAML itself reads as a date (tagged) is the same date, not a timestamp string.
    expect(check('id: a\nname: n\nwhen: !!timestamp 2026-01-31\n')).toMatchObject({
      value: { when: '2026-01-31' },
      problems: [],
    });
  });

  it('reports every problem at the node it concerns, naming the field', () => {
    const text = [
      'id: A_b',
      'name: "  "',
      'when: 2026-02-30',
      'colour: red',
      'source: { title: T, publisher: P, url: "http://x.org/", accessed: "2026-1-2" }',
      'tags: [a, 3]',
    ].join('\n');
    expect(check(text)).toEqual({
      value: null,
      problems: [
        'f.yml:3:5: "id" in the thing may only use a-z, 0-9 and single hyphens',
        'f.yml:4:7: "name" in the thing is empty',
        'f.yml:5:7: "when" in the thing must be a date like 2026-01-31',
        'f.yml:7:40: "url" in the thing must start with https://',
        'f.yml:7:67: "accessed" in the thing must be a date like 2026-01-31',
        'f.yml:8:11: "tags" in the thing must be text (put it in "quotes")',
        'f.yml:6:1: unknown field "colour" in the thing (expected one of: id, name, when, source, tags)',
      ],
    });
  });

  it('reports a missing field at the record, a url that is no address, text that is a number', () => {
    const text = 'name: 12\nwhen: 2026-01-01\nsource: { title: T, publisher: P, url: "https://", accessed: 2026-01-01 }';
    expect(check(text).problems).toEqual([
      'f.yml:3:1: the thing needs a "id" field',
      'f.yml:3:7: "name" in the thing must be text (put it in "quotes")',
      'f.yml:5:40: "url" in the thing must be a web address',
    ]);
  });

  it('reports a thing that is not fields at the thing', () => {
    expect(check('just text\n').problems).toEqual(['f.yml:3:1: the thing must be a list of "name: value" fields']);
    expect(check('id: a\nname: n\nwhen: 2026-01-01\nsource: NHS\n').problems).toEqual([
      'f.yml:6:9: "source" in the thing must be a list of "name: value" fields',
    ]);
  });
});

describe('checkShape: the rest of the messages', () => {
  it('an id that is a number, ends in a hyphen, or a date missing its day', () => {
    expect(check('id: 12\nname: n\nwhen: "2026-01"\n').problems).toEqual([
      'f.yml:3:5: "id" in the thing must be text (put it in "quotes")',
      'f.yml:5:7: "when" in the thing must be a date like 2026-01-31',
    ]);
    expect(check('id: heat-\nname: n\nwhen: 2026-01-01\n').problems).toEqual([
      'f.yml:3:5: "id" in the thing may only use a-z, 0-9 and single hyphens',
    ]);
  });

  it('an unknown field inside a field, or inside an item of a list, lists the fields of that part', () => {
    const found: Problem[] = [];
    const text = ['one: { title: T, by: me }', 'many:', '  - { title: T, at: 2 }'].join('\n');
    const source = YamlSource.parse(text, new Reporter('f.yml', found))!;
    const Titled = v.strictObject({ title: Text });
    const Shape = v.strictObject({ one: v.optional(Titled), many: v.optional(v.array(Titled)) });
    expect(checkShape(source, source.root, Shape, 'the file')).toBeNull();
    expect(found.map(formatProblem)).toEqual([
      'f.yml:1:18: unknown field "by" in the file (expected one of: title)',
      'f.yml:3:17: unknown field "at" in the file (expected one of: title)',
    ]);
  });

  it('an empty file, and a shape of its own with its own message', () => {
    expect(check('').problems).toEqual(['f.yml:3:1: the thing must be a list of "name: value" fields']);
    const found: Problem[] = [];
    const source = YamlSource.parse('sources: abc\n', new Reporter('f.yml', found))!;
    const Keyed = v.strictObject({ sources: v.record(Id, SourceShape, 'must be keys with sources') });
    const Word = v.pipe(v.string(), v.minLength(5, 'is too short'));
    expect(checkShape(source, source.root, Keyed, 'the file')).toBeNull();
    expect(checkShape(source, nodeAt(source.root, [{ key: 'sources' }]), Word, 'the word')).toBeNull();
    expect(found.map(formatProblem)).toEqual([
      'f.yml:1:10: "sources" in the file must be keys with sources',
      'f.yml:1:10: the word is too short',
    ]);
  });
});

describe('checkItems', () => {
  it('checks each item on its own, handing back the good ones with their index', () => {
    const text = ['- { id: a, name: A, when: 2026-01-01 }', '- { id: B, name: B, when: 2026-01-01 }', '- { id: c, name: C, when: 2026-01-01 }'].join('\n');
    expect(check(text, true)).toEqual({
      value: [
        { value: { id: 'a', name: 'A', when: '2026-01-01' }, index: 0 },
        { value: { id: 'c', name: 'C', when: '2026-01-01' }, index: 2 },
      ],
      problems: ['f.yml:4:9: "id" in thing 2 may only use a-z, 0-9 and single hyphens'],
    });
  });

  it('reports an item that is not fields, by its number', () => {
    expect(check('- { id: a, name: A, when: 2026-01-01 }\n- plain\n', true).problems).toEqual([
      'f.yml:4:3: thing 2 must be a list of "name: value" fields',
    ]);
  });

  it('reports a list that is not a list', () => {
    expect(check('a: 1\n', true)).toEqual({ value: [], problems: ['f.yml:3:1: "things" must be a list'] });
  });
});

describe('nodeAt', () => {
  it('follows keys and indexes, stopping at the nearest node that exists', () => {
    const source = YamlSource.parse('a:\n  - x\n  - { b: 1, c: }\n', new Reporter('f.yml', []))!;
    const at = (...keys: (string | number)[]) => source.pointOf(nodeAt(source.root, keys.map((key) => ({ key }))));
    expect(at('a', 1, 'b')).toEqual({ line: 3, column: 10 });
    expect(at('a', 0)).toEqual({ line: 2, column: 5 });
    expect(at('a', 5)).toEqual({ line: 2, column: 3 });
    expect(at('a', 1, 'zz')).toEqual({ line: 3, column: 5 });
    expect(at('a', 'b')).toEqual({ line: 2, column: 3 });
    expect(at('a', 1, 'c')).toEqual({ line: 3, column: 16 });
    expect(at('a', 0, 0)).toEqual({ line: 2, column: 5 });
    expect(nodeAt(null, [{ key: 'a' }])).toBeNull();
  });
});
