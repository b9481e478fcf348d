/**
 * String helpers that turn a page's sanitized HTML (from the content build) into the pieces a
 * printout needs. The HTML's shape is fixed by the content build's allow-list, so a small
 * tokenizer of top-level blocks is enough; no DOM is needed, and the helpers stay testable in Node.
 */

const HANDOUT_OPEN = /<section\b[^>]*\bclass="handout"[^>]*>/;

/** The inner HTML of the page's `section.handout`, or null when it has none. */
export function extractHandout(html: string): string | null {
  const open = HANDOUT_OPEN.exec(html);
  if (!open) return null;
  const start = open.index + open[0].length;
  // A handout never contains another section (the content build refuses nested handouts).
  const end = html.indexOf('</section>', start);
  return end < 0 ? null : html.slice(start, end);
}

/** The page without its handout block (a printed page or section should not repeat it). */
export function withoutHandout(html: string): string {
  const open = HANDOUT_OPEN.exec(html);
  if (!open) return html;
  const end = html.indexOf('</section>', open.index);
  return end < 0 ? html : html.slice(0, open.index) + html.slice(end + '</section>'.length);
}

export interface PageSection {
  /** The `##` heading's id, or "" for the text before the first heading. */
  id: string;
  title: string;
  /** The section's HTML, starting with its `<h2>`. */
  html: string;
}

/** Splits a page at its `##` headings: the introduction first (id ""), then one entry per heading. */
export function splitSections(html: string): PageSection[] {
  const h2 = /<h2\b[^>]*\bid="([^"]*)"[^>]*>([\s\S]*?)<\/h2>/g;
  const sections: PageSection[] = [];
  let last = 0;
  let current: { id: string; title: string } = { id: '', title: '' };
  for (let match = h2.exec(html); match; match = h2.exec(html)) {
    sections.push({ ...current, html: html.slice(last, match.index) });
    current = { id: match[1] ?? '', title: textOf(match[2] ?? '') };
    last = match.index;
  }
  sections.push({ ...current, html: html.slice(last) });
  return sections.filter((s) => s.id !== '' || s.html.trim() !== '');
}

/** Plain text of a fragment: tags dropped, the few entities the build writes decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Gives every id (and every reference to one) a prefix, so a printed copy can sit in the same
 * document as the article, and several pages in one printout, without duplicate ids.
 * In-page links (`href="#id"`) follow; reader routes (`#/page/…`) are left alone.
 */
export function prefixIds(html: string, prefix: string): string {
  return html
    .replace(/\b(id|aria-labelledby|aria-describedby|for)="([^"]*)"/g, (_, attr: string, value: string) => {
      const ids = value
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => prefix + id);
      return `${attr}="${ids.join(' ')}"`;
    })
    .replace(/\bhref="#(?!\/)([^"]*)"/g, (_, id: string) => `href="#${prefix}${id}"`);
}

/** Moves headings down by `by` levels (h2 → h3 …, never past h6), e.g. when a page becomes a chapter. */
export function demoteHeadings(html: string, by: number): string {
  if (by <= 0) return html;
  return html.replace(/<(\/?)h([1-6])\b/g, (_, slash: string, level: string) => {
    return `<${slash}h${Math.min(6, Number(level) + by)}`;
  });
}

/** The top-level elements of a fragment, in order (text between them is dropped if blank). */
export function topLevelBlocks(html: string): string[] {
  const blocks: string[] = [];
  const tag = /<(\/?)([a-z][a-z0-9]*)\b[^>]*?(\/?)>/gi;
  const VOID = new Set(['br', 'hr', 'img', 'wbr', 'input']);
  let depth = 0;
  let start = 0;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    const closing = match[1] === '/';
    const name = (match[2] ?? '').toLowerCase();
    const selfClosing = match[3] === '/' || VOID.has(name);
    if (!closing && depth === 0) {
      const between = html.slice(start, match.index);
      if (between.trim()) blocks.push(between.trim());
      start = match.index;
    }
    if (selfClosing && !closing) {
      if (depth === 0) {
        blocks.push(html.slice(start, tag.lastIndex));
        start = tag.lastIndex;
      }
      continue;
    }
    depth += closing ? -1 : 1;
    if (depth === 0) {
      blocks.push(html.slice(start, tag.lastIndex));
      start = tag.lastIndex;
    }
  }
  const rest = html.slice(start);
  if (rest.trim()) blocks.push(rest.trim());
  return blocks;
}

export type HelpLevel = 'emergency' | 'urgent' | 'see-doctor' | 'key-points' | 'help' | 'plain';

/**
 * What a bold lead-in such as "Call 999 now if…" or "See a GP soon" asks for. Print gives each
 * level its own border style and keeps the words, so the meaning survives black-and-white print.
 */
export function helpLevelOf(label: string): HelpLevel {
  const text = label.toLowerCase();
  if (/^key points?\b/.test(text)) return 'key-points';
  if (/^when to get (help|advice)/.test(text)) return 'help';
  if (
    /^emergency\b|\bemergency (number|department)\b|\bambulance\b|\b(999|911|112)\b|\bcall\b[^.]*\bnow\b/.test(
      text,
    )
  )
    return 'emergency';
  if (/\b(urgent|today|same day|straight away|right away)\b/.test(text)) return 'urgent';
  if (
    /\b(see|contact|tell|talk to|ask|call)\b.*\b(gp|doctor|midwife|physio|pharmacist|nurse)\b|\bsoon\b/.test(
      text,
    )
  )
    return 'see-doctor';
  return 'plain';
}

const LEAD_IN = /^<(p|li)>\s*<strong>([\s\S]*?)<\/strong>/;

/** The level of a bold lead-in's HTML: the build's region spans say it best, then the words. */
function levelOfLead(html: string): HelpLevel {
  const level = helpLevelOf(textOf(html));
  if (level === 'key-points' || level === 'help') return level;
  if (html.includes('class="region-emergency"')) return 'emergency';
  if (html.includes('class="region-urgent"') && level !== 'emergency') return 'urgent';
  return level;
}

/** Adds a level class to list items that start with a bold lead-in, e.g. `<li><strong>See a GP soon</strong>`. */
function markItems(list: string): string {
  return list.replace(/<li>\s*<strong>([\s\S]*?)<\/strong>/g, (whole, label: string) => {
    const level = levelOfLead(label);
    if (level === 'plain' || level === 'help' || level === 'key-points') return whole;
    return whole.replace('<li>', `<li class="help-item help-${level}">`);
  });
}

/**
 * Turns a handout's flat HTML (bold lead-in paragraphs, each followed by its lists) into
 * labelled blocks: "Key points", and one bordered block per level of help, so the printed
 * leaflet reads as a set of boxes rather than a wall of bullets. The build's "Handout" label
 * is dropped: the printout has its own title.
 */
export function decorateHandout(inner: string): string {
  const blocks = topLevelBlocks(inner).filter((b) => !/^<p\b[^>]*class="handout-label"/.test(b));
  const out: string[] = [];
  let group: { level: HelpLevel; parts: string[] } | null = null;
  const flush = () => {
    if (!group) return;
    out.push(`<div class="help-block help-${group.level}">${group.parts.join('')}</div>`);
    group = null;
  };
  for (const block of blocks) {
    const lead = LEAD_IN.exec(block);
    if (lead?.[1] === 'p') {
      flush();
      const level = levelOfLead(lead[2] ?? '');
      // A paragraph that is only the bold lead-in is the block's label; a longer one keeps its
      // bold lead-in and normal text.
      const onlyLabel = textOf(block) === textOf(lead[2] ?? '');
      const labelled = block.replace('<p>', `<p class="${onlyLabel ? 'help-label' : 'help-lead'}">`);
      group = { level, parts: [labelled] };
      // A lone paragraph with a lead-in is a block on its own (e.g. "Get urgent advice today from…").
      continue;
    }
    if (/^<(ul|ol)\b/.test(block) && group) {
      group.parts.push(markItems(block));
      continue;
    }
    flush();
    out.push(/^<(ul|ol)\b/.test(block) ? markItems(block) : block);
  }
  flush();
  return out.join('\n');
}

/**
 * Marks lists of at most `max` items (nested items included) as short, so print keeps them on one
 * sheet; a long list may still break, or it would leave a large gap.
 */
export function markShortLists(html: string, max = 8): string {
  const tag = /<(\/?)(ul|ol)\b([^>]*)>/g;
  const opens: { at: number; end: number; attrs: string }[] = [];
  const marks: { at: number; end: number; replacement: string }[] = [];
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    if (match[1] !== '/') {
      opens.push({ at: match.index, end: tag.lastIndex, attrs: match[3] ?? '' });
      continue;
    }
    const open = opens.pop();
    if (!open) continue;
    const items = html.slice(open.end, match.index).match(/<li\b/g)?.length ?? 0;
    if (items > max) continue;
    const name = html.slice(open.at + 1, open.at + 3);
    const attrs = /\bclass="/.test(open.attrs)
      ? open.attrs.replace(/\bclass="/, 'class="short-list ')
      : `${open.attrs} class="short-list"`;
    marks.push({ at: open.at, end: open.end, replacement: `<${name}${attrs}>` });
  }
  marks.sort((a, b) => b.at - a.at);
  let out = html;
  for (const m of marks) out = out.slice(0, m.at) + m.replacement + out.slice(m.end);
  return out;
}
