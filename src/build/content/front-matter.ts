import type { Source } from '../../shared/handbook-data.ts';
import { isSeq } from 'yaml';
import { SourceShape } from '../../shared/handbook-shapes.ts';
import type { Point, Reporter } from './problems.ts';
import { YamlSource, type YamlRecord } from './yaml-fields.ts';

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FIELDS = ['title', 'slug', 'summary', 'keywords', 'reviewed', 'nextReview', 'sources', 'handout'] as const;

export interface PageFrontMatter {
  title: string;
  /** Set when the front matter overrides the file-name slug. */
  slug?: { value: string; at: Point };
  summary: string;
  keywords: string[];
  reviewed: string;
  nextReview: string;
  sources: Source[];
  handout: boolean;
  /** Where `handout:` is, for a flag that does not match the body. */
  handoutAt: Point;
}

export interface SplitPage {
  /** The YAML between the `---` lines, or null when the file has none. */
  yaml: string | null;
  /**
   * The whole file with the front-matter lines blanked, so Markdown positions are file positions.
   */
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
}

export function splitFrontMatter(text: string): SplitPage {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  if (lines[0]?.trimEnd() !== '---') return { yaml: null, body: lines.join('\n'), bodyLine: 1 };
  const end = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (end < 0) return { yaml: null, body: lines.join('\n'), bodyLine: 1 };
  const yaml = lines.slice(1, end).join('\n');
  const body = lines.map((line, i) => (i <= end ? '' : line)).join('\n');
  return { yaml, body, bodyLine: end + 2 };
}

/** Reads and checks a page's front matter; every problem is reported, `null` if any was fatal. */
export function parseFrontMatter(split: SplitPage, reporter: Reporter): PageFrontMatter | null {
  if (split.yaml === null) {
    reporter.at({ line: 1, column: 1 }, 'the page must start with front matter between two "---" lines');
    return null;
  }
  const before = reporter.problems.length;
  const yaml = YamlSource.parse(split.yaml, reporter, 1);
  const record = yaml?.record('the front matter');
  if (!record) return null;
  record.onlyKeys(FIELDS);
  const slugValue = record.string('slug', true);
  if (slugValue !== undefined && !SLUG.test(slugValue)) {
    reporter.at(record.pointOf('slug'), `slug "${slugValue}" may only use a-z, 0-9 and single hyphens`);
  }
  const meta = {
    title: record.string('title'),
    summary: record.string('summary'),
    keywords: record.stringList('keywords'),
    reviewed: record.date('reviewed'),
    nextReview: record.date('nextReview'),
    sources: readSources(record),
    handout: record.boolean('handout') ?? false,
    handoutAt: record.pointOf('handout'),
  };
  if (reporter.problems.length > before) return null;
  return {
    ...(meta as Omit<PageFrontMatter, 'slug'>),
    ...(slugValue !== undefined ? { slug: { value: slugValue, at: record.pointOf('slug') } } : {}),
  };
}

/** A page's `sources:`, each checked against the one shape of a source. */
export function readSources(record: YamlRecord): Source[] | undefined {
  const sources = record.checkedItems('sources', SourceShape, (i) => `source ${i + 1}`);
  const node = record.node('sources');
  if (isSeq(node) && node.items.length === 0)
    record.source.reporter.at(record.pointOf('sources'), 'a page needs at least one source');
  return sources;
}
