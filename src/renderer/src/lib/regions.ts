import { REGION_SERVICES, type Region } from '@shared/handbook-data';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The region the reader shows: the stored choice, or the default when there is none or when the
 * stored code no longer exists (an older edition's `UK`, say), so no old choice shows a wrong number.
 */
export function pickRegion(regions: Region[], code: string, fallback: string): Region | undefined {
  return regions.find((r) => r.code === code) ?? regions.find((r) => r.code === fallback) ?? regions[0];
}

// One pattern per service, made once: `<span class="region-urgent">…</span>` and so on.
const SPANS = REGION_SERVICES.map(
  (service) => [service, new RegExp(`(<span class="region-${service}">)[^<]*(</span>)`, 'g')] as const,
);

/**
 * The content build marks each region's words (`{{emergency}}`, `{{urgent}}`, `{{maternity}}`,
 * `{{doctor}}`) with spans; the reader fills in the chosen region's, so no country's number is
 * ever shown as everyone's.
 */
export function applyRegion(html: string, region: Region | undefined): string {
  if (!region) return html;
  let out = html;
  for (const [service, pattern] of SPANS) {
    const words = escapeHtml(region[service]);
    // A replacer function, not a string: a `$&` in a region's words must stay literal.
    out = out.replace(pattern, (_, open: string, close: string) => open + words + close);
  }
  return out;
}
