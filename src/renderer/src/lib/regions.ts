import type { Region } from '@shared/handbook-data';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function pickRegion(regions: Region[], code: string, fallback: string): Region | undefined {
  return regions.find((r) => r.code === code) ?? regions.find((r) => r.code === fallback) ?? regions[0];
}

/**
 * The content build marks emergency and urgent-advice numbers with spans; the reader fills in
 * the chosen region's, so no country's number is ever shown as everyone's.
 */
export function applyRegion(html: string, region: Region | undefined): string {
  if (!region) return html;
  // Replacer functions, not strings: a `$&` in a number's text must stay literal.
  const emergency = escapeHtml(region.emergency);
  const urgent = escapeHtml(region.urgent);
  return html
    .replace(
      /(<span class="region-emergency">)[^<]*(<\/span>)/g,
      (_, open: string, close: string) => open + emergency + close,
    )
    .replace(
      /(<span class="region-urgent">)[^<]*(<\/span>)/g,
      (_, open: string, close: string) => open + urgent + close,
    );
}
