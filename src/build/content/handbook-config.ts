import type { HandbookMeta, Region } from '../../shared/handbook-data.ts';
import type { Point, Reporter } from './problems.ts';
import { YamlSource } from './yaml-fields.ts';

export interface Located {
  value: string;
  at: Point;
}

export interface HandbookConfig {
  meta: HandbookMeta;
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
  'disclaimer',
  'regions',
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
  const regions: Region[] = (record.records('regions', (i) => `region ${i + 1}`) ?? []).map((r) => {
    r.onlyKeys(['code', 'name', 'emergency', 'urgent']);
    return {
      code: r.string('code') ?? '',
      name: r.string('name') ?? '',
      emergency: r.string('emergency') ?? '',
      urgent: r.string('urgent') ?? '',
    };
  });
  if (regions.length === 0) reporter.at(record.pointOf('regions'), 'handbook.yml needs at least one region');
  const codes = new Set<string>();
  for (const region of regions) {
    if (codes.has(region.code))
      reporter.at(record.pointOf('regions'), `region code "${region.code}" is used twice`);
    codes.add(region.code);
  }
  const defaultRegion = record.string('defaultRegion');
  if (defaultRegion !== undefined && regions.length > 0 && !codes.has(defaultRegion)) {
    reporter.at(
      record.pointOf('defaultRegion'),
      `defaultRegion "${defaultRegion}" is not one of the region codes`,
    );
  }
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
    disclaimer: record.string('disclaimer') ?? '',
    regions,
    defaultRegion: defaultRegion ?? '',
    home: record.string('home') ?? '',
    urgentHelp: record.string('urgentHelp') ?? '',
  };
  // Returned even with problems, so the toc is still checked and every problem shows at once.
  return {
    meta,
    toc,
    at: {
      home: record.pointOf('home'),
      urgentHelp: record.pointOf('urgentHelp'),
      toc: record.pointOf('toc'),
    },
  };
}
