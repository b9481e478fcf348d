import type { Element, ElementContent, Properties, Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parseFragment } from 'parse5';
import rehypeSanitize from 'rehype-sanitize';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Reporter } from './problems.ts';
import { QUIET_ATTRIBUTES, SVG_RULES, SVG_SCHEMA, svgAttributeFault } from './svg-schema.ts';

/** A drawing ready to inline: inline, so `currentColor` and the theme's accent reach its lines. */
export interface Drawing {
  width: number;
  height: number;
  /** The <svg> element's own attributes (viewBox, strokes), checked like the rest. */
  properties: Properties;
  children: ElementContent[];
}

const sanitizer = unified().use(rehypeSanitize, SVG_SCHEMA).freeze();
const POSITIVE = /^(?:\d+\.?\d*|\.\d+)$/;

/**
 * Reads one SVG file. It is parsed as a browser parses inline SVG (parse5, HTML's own parser), so
 * what is checked is what a reader would get. Everything outside the rules is reported with the
 * file's line and column and removed; the sanitizer then runs over the result as a second wall.
 * Returns null when the file cannot be used at all.
 */
export function parseDrawing(text: string, reporter: Reporter): Drawing | null {
  const fragment = parseFragment(text, { sourceCodeLocationInfo: true });
  const tree = fromParse5(fragment, { file: new VFile(text) }) as Root;
  const roots = tree.children.filter((node): node is Element => node.type === 'element');
  const svg = roots[0];
  if (roots.length !== 1 || svg?.tagName !== 'svg') {
    reporter.at(roots[1]?.position?.start ?? svg?.position?.start, 'a drawing must be one <svg> element');
    return null;
  }
  const width = size(svg, 'width', reporter);
  const height = size(svg, 'height', reporter);
  checkElement(svg, reporter);
  if (width === null || height === null) return null;
  const clean = sanitizer.runSync({ type: 'root', children: [svg] }) as Root;
  const cleanSvg = clean.children[0] as Element;
  return {
    width,
    height,
    properties: { viewBox: `0 0 ${width} ${height}`, ...cleanSvg.properties },
    children: cleanSvg.children.filter((c) => c.type === 'element'),
  };
}

/** Reports, then removes, every element and attribute outside the rules, and any words. */
function checkElement(node: Element, reporter: Reporter): void {
  for (const [name, value] of Object.entries(node.properties)) {
    if (QUIET_ATTRIBUTES.has(name) || value === undefined || value === null) continue;
    const fault = svgAttributeFault(node.tagName, name, value);
    if (fault) {
      reporter.at(node.position?.start, fault);
      delete node.properties[name];
    }
  }
  node.children = node.children.filter((child) => {
    if (child.type === 'text' && child.value.trim() !== '') {
      reporter.at(child.position?.start, 'a drawing has no words in it: say it in the alt text or the page');
      return false;
    }
    if (child.type !== 'element') return child.type === 'text';
    if (!(child.tagName in SVG_RULES) || child.tagName === 'svg') {
      const allowed = Object.keys(SVG_RULES).filter((t) => t !== 'svg');
      reporter.at(
        child.position?.start,
        `<${child.tagName}> is not allowed in a drawing (allowed: ${allowed.map((t) => `<${t}>`).join(', ')})`,
      );
      return false;
    }
    checkElement(child, reporter);
    return true;
  });
}

/**
 * The drawing's display size, which the page reserves before it paints; null when unusable.
 * Taken off the element here, so it is reported once, and set again on the inlined <svg>.
 */
function size(svg: Element, name: 'width' | 'height', reporter: Reporter): number | null {
  const value = svg.properties[name];
  delete svg.properties[name];
  if (value !== undefined && value !== null && POSITIVE.test(String(value)) && Number(value) > 0)
    return Number(value);
  reporter.at(
    svg.position?.start,
    `the drawing needs ${name}="…" on <svg>, a number of pixels (the size it is shown at)`,
  );
  return null;
}
