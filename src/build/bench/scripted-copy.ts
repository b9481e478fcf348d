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
