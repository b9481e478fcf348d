import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type YAMLMap } from 'yaml';
import * as v from 'valibot';
import type { Point, Reporter } from './problems.ts';
import { IsoDate } from '../../shared/handbook-shapes.ts';
import { checkItems } from './yaml-shape.ts';

/** A parsed YAML text that can say where any of its nodes is, in file coordinates. */
export class YamlSource {
  private constructor(
    private readonly lines: LineCounter,
    private readonly lineOffset: number,
    readonly root: Node | null,
    readonly reporter: Reporter,
    /** Its nodes' values are read in it (`node.toJS(document)`). */
    readonly document: Document,
  ) {}

  /**
   * Parses `text`; syntax errors are reported and give `null`. `lineOffset` is the number of file
   * lines before `text`, so front matter reports lines of the Markdown file, not of the block.
   */
  static parse(text: string, reporter: Reporter, lineOffset = 0): YamlSource | null {
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        const pos = error.linePos?.[0];
        // The pretty message repeats the position relative to the YAML block; ours is the file's.
        const message = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
        reporter.at(pos && { line: pos.line + lineOffset, column: pos.col }, `YAML: ${message}`);
      }
      return null;
    }
    return new YamlSource(lines, lineOffset, doc.contents as Node | null, reporter, doc);
  }

  pointOf(node: Node | null | undefined): Point {
    const start = node?.range?.[0];
    if (start === undefined) return { line: 1 + this.lineOffset, column: 1 };
    const pos = this.lines.linePos(start);
    return { line: pos.line + this.lineOffset, column: pos.col };
  }

  /** The top-level mapping, or a reported problem. */
  record(what: string): YamlRecord | null {
    if (this.root === null) return new YamlRecord(this, null, what);
    if (!isMap(this.root)) {
      this.reporter.at(this.pointOf(this.root), `${what} must be a list of "name: value" fields`);
      return null;
    }
    return new YamlRecord(this, this.root, what);
  }
}

/** Typed field access on a YAML mapping; every wrong or missing field is reported where it is. */
export class YamlRecord {
  constructor(
    readonly source: YamlSource,
    readonly map: YAMLMap | null,
    readonly what: string,
  ) {}

  node(key: string): Node | undefined {
    const pair = this.map?.items.find((p) => isScalar(p.key) && p.key.value === key);
    return (pair?.value ?? (pair ? null : undefined)) as Node | undefined;
  }

  here(): Point {
    return this.source.pointOf(this.map);
  }

  private report(node: Node | null | undefined, message: string): undefined {
    this.source.reporter.at(node ? this.source.pointOf(node) : this.here(), message);
    return undefined;
  }

  /** Reports fields this record does not know, usually typos such as `keyword:`. */
  onlyKeys(allowed: readonly string[]): void {
    for (const pair of this.map?.items ?? []) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '?';
      if (!allowed.includes(key)) {
        this.report(
          pair.key as Node,
          `unknown field "${key}" in ${this.what} (expected one of: ${allowed.join(', ')})`,
        );
      }
    }
  }

  private present(key: string, optional: boolean): Node | undefined {
    const node = this.node(key);
    if (node === undefined || node === null) {
      if (!optional)
        this.report(node === null ? this.keyNode(key) : undefined, `${this.what} needs a "${key}" field`);
      return undefined;
    }
    return node;
  }

  private keyNode(key: string): Node | undefined {
    return this.map?.items.find((p) => isScalar(p.key) && p.key.value === key)?.key as Node | undefined;
  }

  string(key: string, optional = false): string | undefined {
    const node = this.present(key, optional);
    if (!node) return undefined;
    if (!isScalar(node) || typeof node.value !== 'string') {
      const hint = isScalar(node) && typeof node.value === 'number' ? ' (put it in "quotes")' : '';
      return this.report(node, `"${key}" in ${this.what} must be text${hint}`);
    }
    if (node.value.trim() === '' && !optional) return this.report(node, `"${key}" in ${this.what} is empty`);
    return node.value.trim();
  }

  boolean(key: string): boolean | undefined {
    const node = this.present(key, true);
    if (!node) return undefined;
    if (!isScalar(node) || typeof node.value !== 'boolean') {
      return this.report(node, `"${key}" in ${this.what} must be true or false`);
    }
    return node.value;
  }

  /** A calendar date, as ISO `YYYY-MM-DD` whether YAML gave a Date or a string (see IsoDate). */
  date(key: string): string | undefined {
    const node = this.present(key, false);
    if (!node) return undefined;
    const date = v.safeParse(IsoDate, isScalar(node) ? node.value : undefined);
    if (!date.success) return this.report(node, `"${key}" in ${this.what} must be a date like 2026-01-31`);
    return date.output;
  }

  stringList(key: string): string[] | undefined {
    const node = this.present(key, false);
    if (!node) return undefined;
    if (!isSeq(node)) return this.report(node, `"${key}" in ${this.what} must be a list`);
    const out: string[] = [];
    for (const item of node.items as Node[]) {
      if (!isScalar(item) || typeof item.value !== 'string' || item.value.trim() === '') {
        this.report(item, `each item of "${key}" in ${this.what} must be text`);
      } else out.push(item.value.trim());
    }
    return out;
  }

  /** A list of mappings, each handed back as a record; `label(i)` names item i in messages. */
  records(key: string, label: (i: number) => string, optional = false): YamlRecord[] | undefined {
    const node = this.present(key, optional);
    if (!node) return undefined;
    if (!isSeq(node)) return this.report(node, `"${key}" in ${this.what} must be a list`);
    const out: YamlRecord[] = [];
    (node.items as Node[]).forEach((item, i) => {
      if (isMap(item)) out.push(new YamlRecord(this.source, item, label(i)));
      else this.report(item, `${label(i)} must be a list of "name: value" fields`);
    });
    return out;
  }

  /** A list whose items are each checked against `shape`; `label(i)` names item i in messages. */
  checkedItems<S extends v.GenericSchema>(
    key: string,
    shape: S,
    label: (i: number) => string,
  ): v.InferOutput<S>[] | undefined {
    const node = this.present(key, false);
    if (!node) return undefined;
    if (!isSeq(node)) return this.report(node, `"${key}" in ${this.what} must be a list`);
    return checkItems(this.source, node, shape, key, label).map((item) => item.value);
  }

  /** Each item of a list of strings with where it is, for checks that point at one item. */
  stringItems(key: string): { value: string; at: Point }[] | undefined {
    const node = this.present(key, false);
    if (!node) return undefined;
    if (!isSeq(node)) return this.report(node, `"${key}" in ${this.what} must be a list`);
    const out: { value: string; at: Point }[] = [];
    for (const item of node.items as Node[]) {
      if (!isScalar(item) || typeof item.value !== 'string')
        this.report(item, `each item of "${key}" must be text`);
      else out.push({ value: item.value.trim(), at: this.source.pointOf(item) });
    }
    return out;
  }

  pointOf(key: string): Point {
    return this.source.pointOf(this.node(key) ?? this.keyNode(key) ?? this.map);
  }
}
