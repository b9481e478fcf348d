import { find, svg } from 'property-information';
import type { Options as Schema } from 'rehype-sanitize';

/**
 * What a drawing in content/images may contain: plain shapes and how they are stroked and filled.
 * Nothing that runs (script, handlers, animation), nothing that fetches (href, url(), <image>,
 * <use>, styles) and nothing foreign (foreignObject, text). Colours are only `none` or
 * `currentColor`, so a drawing takes the reader's theme; the one accent comes from a class.
 * Every rule here is used twice: to report what a drawing breaks, and by the sanitizer.
 */

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const NUMBERS = /^[\d\s.,eE+-]+$/;
const PAINT = /^(?:none|currentColor)$/;

/** Drawing classes the reader's stylesheets colour: the accent, and the page colour for outlines. */
const DRAWING_CLASSES = ['accent', 'accent-fill', 'paper', 'paper-fill'] as const;
const CLASS = new RegExp(`^(?:${DRAWING_CLASSES.join('|')})$`);

const PRESENTATION: Record<string, RegExp> = {
  className: CLASS,
  fill: PAINT,
  stroke: PAINT,
  fillOpacity: NUMBER,
  strokeOpacity: NUMBER,
  opacity: NUMBER,
  fillRule: /^(?:nonzero|evenodd)$/,
  strokeWidth: NUMBER,
  strokeLineCap: /^(?:butt|round|square)$/,
  strokeLineJoin: /^(?:miter|round|bevel)$/,
  strokeDashArray: NUMBERS,
  transform: /^(?:\s*(?:translate|rotate|scale|matrix)\([\d\s.,eE+-]*\)\s*)+$/,
};

function withoutClass(rules: Record<string, RegExp>): Record<string, RegExp> {
  return Object.fromEntries(Object.entries(rules).filter(([name]) => name !== 'className'));
}

const geometry = (...names: string[]): Record<string, RegExp> =>
  Object.fromEntries(names.map((name) => [name, NUMBER]));

/** Element → attribute (hast property name) → allowed value. */
export const SVG_RULES: Record<string, Record<string, RegExp>> = {
  // The page gives the <svg> its own class ("drawing"), so the file's root may have none.
  svg: { ...withoutClass(PRESENTATION), viewBox: NUMBERS, width: NUMBER, height: NUMBER },
  g: PRESENTATION,
  path: { ...PRESENTATION, d: /^[MmLlHhVvCcSsQqTtAaZz\d\s.,eE+-]+$/ },
  circle: { ...PRESENTATION, ...geometry('cx', 'cy', 'r') },
  ellipse: { ...PRESENTATION, ...geometry('cx', 'cy', 'rx', 'ry') },
  line: { ...PRESENTATION, ...geometry('x1', 'y1', 'x2', 'y2') },
  polyline: { ...PRESENTATION, points: NUMBERS },
  polygon: { ...PRESENTATION, points: NUMBERS },
  rect: { ...PRESENTATION, ...geometry('x', 'y', 'width', 'height', 'rx', 'ry') },
};

/** Attributes an SVG editor writes that mean nothing inline; dropped without a word. */
export const QUIET_ATTRIBUTES = new Set(['xmlns', 'xmlnsXLink', 'version', 'xmlSpace', 'baseProfile']);

/** The rules in rehype-sanitize's form. */
export function svgAttributes(): NonNullable<Schema['attributes']> {
  return Object.fromEntries(
    Object.entries(SVG_RULES).map(([tag, rules]) => [
      tag,
      Object.entries(rules).map(([name, value]): [string, RegExp] => [name, value]),
    ]),
  );
}

/** The sanitizer for one drawing file: the same rules, nothing else. */
export const SVG_SCHEMA: Schema = {
  tagNames: Object.keys(SVG_RULES),
  attributes: svgAttributes(),
  protocols: {},
  clobber: [],
  clobberPrefix: '',
  strip: ['script', 'style', 'foreignObject', 'title', 'desc', 'text', 'a', 'animate', 'set'],
  required: {},
  allowComments: false,
  allowDoctypes: false,
};

/** Why an attribute value breaks the rules, or null when it is allowed. */
export function svgAttributeFault(tag: string, name: string, value: unknown): string | null {
  const rule = SVG_RULES[tag]?.[name];
  if (!rule) return `the attribute "${attributeName(name)}" is not allowed on <${tag}> in a drawing`;
  const values = Array.isArray(value) ? value.map(String) : [String(value)];
  if (values.every((v) => rule.test(v))) return null;
  if (name === 'fill' || name === 'stroke')
    return `${name}="${values.join(' ')}" on <${tag}>: use "none" or "currentColor" (colours come from the reader's theme; for the accent use class="accent")`;
  if (name === 'className')
    return `class="${values.join(' ')}" on <${tag}>: drawings may use only ${DRAWING_CLASSES.join(', ')}`;
  return `${attributeName(name)}="${values.join(' ')}" on <${tag}> is not a plain number or shape`;
}

/** `strokeWidth` → `stroke-width`, `xLinkHref` → `xlink:href`: the name as the author wrote it. */
function attributeName(property: string): string {
  return find(svg, property).attribute;
}
