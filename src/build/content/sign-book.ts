import * as v from 'valibot';
import {
  AUDIENCES,
  TIER_IDS,
  type Sign,
  type Source,
  type Tier,
  type TierId,
} from '../../shared/handbook-data.ts';
import type { Glossary } from './glossary.ts';
import { renderInline, type InlineText } from './inline-text.ts';
import type { RegionWords } from './placeholders.ts';
import type { Point, Reporter } from './problems.ts';
import { YamlSource } from './yaml-fields.ts';
import { SourceShape, Text } from '../../shared/handbook-shapes.ts';
import { checkItems, checkShape, Id, nodeAt } from './yaml-shape.ts';

const SignShape = v.strictObject({
  id: Id,
  text: Text,
  tier: v.picklist(TIER_IDS, `must be one of: ${TIER_IDS.join(', ')}`),
  audience: v.picklist(AUDIENCES, `must be one of: ${AUDIENCES.join(', ')}`),
  phrasings: v.optional(v.array(Text, 'must be a list'), []),
  sources: v.pipe(v.array(Id, 'must be a list of source keys'), v.minLength(1, 'needs at least one source')),
});

const SOURCES_MESSAGE = `must be a list of "key: { ${Object.keys(SourceShape.entries).join(', ')} }"`;

const WarningSignsShape = v.strictObject({
  sources: v.pipe(
    // valibot's record would take a YAML list too, keyed 0, 1, …
    v.custom((value) => !Array.isArray(value), SOURCES_MESSAGE),
    v.record(Id, SourceShape, SOURCES_MESSAGE),
  ),
  // Each sign is checked on its own (see `checkItems`).
  signs: v.pipe(v.array(v.unknown(), 'must be a list'), v.minLength(1, 'needs at least one sign')),
});

/** A sign as the build uses it: the reader's `Sign`, plus its rendered nodes and where it is. */
export interface ParsedSign extends Sign {
  nodes: InlineText['nodes'];
  sources: Source[];
  at: Point;
}

/** A tier as the build uses it: the reader's `Tier`, plus its action's rendered nodes. */
export interface ParsedTier extends Tier {
  actionNodes: InlineText['nodes'];
}

/** Everything the sign directives need to render and check a page. */
export interface SignBook {
  /** In file order. */
  signs: ParsedSign[];
  byId: ReadonlyMap<string, ParsedSign>;
  tiers: ReadonlyMap<TierId, ParsedTier>;
  /** Slug of the urgent help page, the only one that may use `::all-signs`. */
  urgentHelp: string;
  /** Where each sign is, for "no page shows this sign". */
  reporter: Reporter;
}

/** Reads `warning-signs.yml`: the shape, unique ids, known sources, and each text as one sentence. */
export function parseWarningSigns(
  text: string,
  reporter: Reporter,
  glossary: Glossary | null,
  regionWords: RegionWords,
): ParsedSign[] {
  const yaml = YamlSource.parse(text, reporter);
  if (!yaml) return [];
  const data = checkShape(yaml, yaml.root, WarningSignsShape, 'warning-signs.yml');
  if (!data) return [];
  const items = checkItems(yaml, nodeAt(yaml.root, [{ key: 'signs' }]), SignShape, 'signs', (i) => `sign ${i + 1}`);
  const signs: ParsedSign[] = [];
  const seen = new Set<string>();
  items.forEach(({ value: sign, index: i }) => {
    const pointOf = (...path: (string | number)[]): Point =>
      yaml.pointOf(nodeAt(yaml.root, ['signs', i, ...path].map((key) => ({ key }))));
    if (seen.has(sign.id)) return reporter.at(pointOf('id'), `the sign id "${sign.id}" is used twice`);
    seen.add(sign.id);
    const sources: Source[] = [];
    sign.sources.forEach((key, j) => {
      const source = data.sources[key];
      if (source) sources.push(source);
      else reporter.at(pointOf('sources', j), `sign "${sign.id}": no source "${key}" under "sources:"`);
    });
    const at = pointOf('text');
    const inline = renderInline(sign.text, { reporter, at, what: `sign "${sign.id}"` }, glossary, regionWords);
    if (!inline) return;
    if (!inline.text.endsWith('.'))
      reporter.at(at, `sign "${sign.id}": the text must be one sentence ending with a full stop`);
    signs.push({
      id: sign.id,
      text: inline.text,
      html: inline.html,
      tier: sign.tier,
      audience: sign.audience,
      phrasings: sign.phrasings,
      nodes: inline.nodes,
      sources,
      at: pointOf(),
    });
  });
  // The good signs even when others are wrong, so pages are not told their signs are unknown.
  return signs;
}

/** The sign as the reader's data carries it. */
export function readerSign({ id, text, html, tier, audience, phrasings }: ParsedSign): Sign {
  return { id, text, html, tier, audience, phrasings };
}
