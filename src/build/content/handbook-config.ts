import * as v from 'valibot';
import { TIER_IDS, type HandbookMeta, type Region, type TierId } from '../../shared/handbook-data.ts';
import { renderInline } from './inline-text.ts';
import { regionWords, type RegionWords } from './placeholders.ts';
import type { Point, Reporter } from './problems.ts';
import type { ParsedTier } from './sign-book.ts';
import { isSeq, type Node } from 'yaml';
import { YamlSource } from './yaml-fields.ts';
import { RegionShape, Text } from '../../shared/handbook-shapes.ts';
import { checkItems, nodeAt } from './yaml-shape.ts';

const TierShape = v.strictObject({
  id: v.picklist(TIER_IDS, `must be one of: ${TIER_IDS.join(', ')}`),
  label: Text,
  action: Text,
});

export interface Located {
  value: string;
  at: Point;
}

export interface HandbookConfig {
  meta: HandbookMeta;
  /** The tiers with their actions rendered, most urgent first. */
  tiers: ParsedTier[];
  toc: { title: string; pages: Located[] }[];
  /** Where `home` and `urgentHelp` are, for "no such page" problems. */
  at: { home: Point; urgentHelp: Point; toc: Point };
}

const FIELDS = [
  'title',
  'subtitle',
  'language',
  'edition',
  'reviewed',
  'nextReview',
  'disclaimer',
  'regions',
  'tiers',
  'defaultRegion',
  'home',
  'urgentHelp',
  'toc',
] as const;

/** Reads `handbook.yml`; page-dependent checks (toc slugs exist) happen once pages are known. */
export function parseHandbookConfig(text: string, reporter: Reporter): HandbookConfig | null {
  const record = YamlSource.parse(text, reporter)?.record('handbook.yml');
  if (!record) return null;
  record.onlyKeys(FIELDS);
  const regionsNode = record.node('regions') ?? null;
  const regionItems =
    regionsNode === null
      ? []
      : checkItems(record.source, regionsNode, RegionShape, 'regions', (i) => `region ${i + 1}`);
  // `regions: []` too: with no region the reader has no numbers to offer and the default goes unchecked.
  if (regionsNode === null || (isSeq(regionsNode) && regionsNode.items.length === 0))
    reporter.at(record.pointOf('regions'), 'handbook.yml needs at least one region');
  const regions: Region[] = regionItems.map((r) => r.value);
  const codes = new Set<string>();
  regionItems.forEach(({ value: region, index: i }) => {
    const at = record.source.pointOf(nodeAt(regionsNode, [{ key: i }, { key: 'code' }]));
    if (codes.has(region.code)) reporter.at(at, `region code "${region.code}" is used twice`);
    codes.add(region.code);
  });
  const defaultRegion = record.string('defaultRegion');
  if (defaultRegion !== undefined && regions.length > 0 && !codes.has(defaultRegion)) {
    reporter.at(
      record.pointOf('defaultRegion'),
      `defaultRegion "${defaultRegion}" is not one of the region codes`,
    );
  }
  const defaultWords = regionWords(regions.find((r) => r.code === defaultRegion));
  regionItems.forEach(({ value: region, index: i }) => {
    if (region.code !== defaultRegion && region.sources.length === 0) {
      const at = record.source.pointOf(nodeAt(regionsNode, [{ key: i }]));
      reporter.at(at, `region "${region.code}" needs "sources": the health service's own page for its numbers`);
    }
  });
  const tiers = parseTiers(record.node('tiers') ?? null, record.source, defaultWords);
  const toc = (record.records('toc', (i) => `toc section ${i + 1}`) ?? []).map((section) => {
    section.onlyKeys(['title', 'pages']);
    return { title: section.string('title') ?? '', pages: section.stringItems('pages') ?? [] };
  });
  const meta: HandbookMeta = {
    title: record.string('title') ?? '',
    subtitle: record.string('subtitle') ?? '',
    language: record.string('language') ?? '',
    edition: record.string('edition') ?? '',
    reviewed: record.date('reviewed') ?? '',
    nextReview: record.date('nextReview') ?? '',
    disclaimer: record.string('disclaimer') ?? '',
    regions,
    tiers: tiers.map(({ id, label, action, actionHtml }) => ({ id, label, action, actionHtml })),
    defaultRegion: defaultRegion ?? '',
    home: record.string('home') ?? '',
    urgentHelp: record.string('urgentHelp') ?? '',
  };
  // Returned even with problems, so the toc is still checked and every problem shows at once.
  return {
    meta,
    tiers,
    toc,
    at: {
      home: record.pointOf('home'),
      urgentHelp: record.pointOf('urgentHelp'),
      toc: record.pointOf('toc'),
    },
  };
}

/** Reads `tiers:`: each of the four tiers once, handed back most urgent first. */
function parseTiers(node: Node | null, source: YamlSource, words: RegionWords): ParsedTier[] {
  if (node === null) {
    source.reporter.at(source.pointOf(source.root), `handbook.yml needs "tiers": ${TIER_IDS.join(', ')}`);
    return [];
  }
  const tiers = new Map<TierId, ParsedTier>();
  for (const { value: item, index } of checkItems(source, node, TierShape, 'tiers', (i) => `tier ${i + 1}`)) {
    const at = source.pointOf(nodeAt(node, [{ key: index }]));
    if (tiers.has(item.id)) {
      source.reporter.at(at, `the tier "${item.id}" is listed twice`);
      continue;
    }
    const actionAt = source.pointOf(nodeAt(node, [{ key: index }, { key: 'action' }]));
    const where = { reporter: source.reporter, at: actionAt, what: `tier "${item.id}"` };
    const action = renderInline(item.action, where, null, words);
    if (!action) continue;
    const { id, label } = item;
    tiers.set(id, { id, label, action: action.text, actionHtml: action.html, actionNodes: action.nodes });
  }
  const missing = TIER_IDS.filter((id) => !tiers.has(id));
  if (missing.length > 0) source.reporter.at(source.pointOf(node), `tiers: missing ${missing.join(', ')}`);
  return TIER_IDS.flatMap((id) => tiers.get(id) ?? []);
}
