/**
 * A static copy of a page the reader drew: its scripts removed and its stylesheets inlined, for
 * bench:reader's "reader's page as static HTML" reference.
 *
 * Why inline: linked, the stylesheet is still loading when a page with no script fires
 * DOMContentLoaded, and Chromium's autofill, seeing form controls (the search box, the region
 * list), then forces a layout of the unstyled page, which is all redone once the styles arrive.
 * That costs 50–100 ms here, which the reader itself never pays: its scripts wait for the
 * stylesheet, and its form controls are drawn after DOMContentLoaded.
 */
export function staticCopy(html: string, readAsset: (path: string) => string): string {
  let inlined = 0;
  const copy = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="stylesheet" href="\.\/([^"]+)">/g, (_, path: string) => {
      inlined += 1;
      return `<style>${readAsset(path)}</style>`;
    });
  // Without its styles the copy would measure something else entirely: better to stop.
  if (inlined === 0) throw new Error('static copy: the page links no stylesheet to inline');
  return copy;
}
