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
  const copy = withoutScripts(html).replace(
    /<link rel="stylesheet" href="\.\/([^"]+)">/g,
    (_, path: string) => {
      inlined += 1;
      return `<style>${readAsset(path)}</style>`;
    },
  );
  // Without its styles the copy would measure something else entirely: better to stop.
  if (inlined === 0) throw new Error('static copy: the page links no stylesheet to inline');
  return copy;
}

/** The script a scripted copy loads, beside its index.html. */
export const SCRIPTED_COPY_SCRIPT = 'draw-saved-screen.js';

/**
 * The same first screen, drawn by a script instead of parsed: a floor for any reader that draws
 * its first screen in the page, whatever its framework. The page keeps the reader's head (its
 * stylesheet linked, as the reader links it) and starts with `placeholder` in its body, as
 * index.html does. One deferred script, as large as the app's, carries the app's code inside a
 * function it never calls, then puts the saved body in place.
 *
 * Why a floor: the browser must still download that much script and parse it (lazily, which costs
 * less than the real script's work), and then lay out and paint the whole screen, but no
 * framework builds anything. If this copy misses a target on a machine, drawing on the page
 * cannot meet it there, and only HTML that arrives already drawn can.
 */
export function scriptedCopy(
  html: string,
  placeholder: string,
  appCode: string,
): { html: string; script: string } {
  const page = withoutScripts(html);
  const body = /<body([^>]*)>([\s\S]*)<\/body>/.exec(page);
  if (!body) throw new Error('scripted copy: the page has no body to draw');
  const shell = page
    .replace('</head>', `<script defer src="./${SCRIPTED_COPY_SCRIPT}"></script></head>`)
    .replace(body[0], () => `<body${body[1]}>${placeholder}</body>`);
  // The app's code is wrapped, not run: a function body may hold anything a script can.
  const script = `function appCodeNeverCalled() {\n${appCode}\n}\ndocument.body.innerHTML = ${JSON.stringify(body[2])};\n`;
  return { html: shell, script };
}

function withoutScripts(html: string): string {
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
}
