import { CONTENT_FILES } from '../../../shared/handbook-data.ts';
import { inPage } from './in-page.ts';

/** The script a scripted copy loads, beside its index.html. */
export const SCRIPTED_COPY_SCRIPT = 'draw-saved-screen.js';

/**
 * The same first screen, drawn by a script instead of a framework: the floor for the reader's
 * start-up. It starts the way the reader does (index.html, the start file, then the opening page's
 * own file, loaded the way the reader loads it) and then puts the saved body in place. The page
 * keeps the reader's head (its stylesheet linked, as the reader links it) and starts with
 * `placeholder` in its body, as index.html does. Its script is as large as the app's: it carries
 * the app's code inside a function it never calls.
 *
 * Why a floor: the browser must still fetch the same files, parse that much script (lazily,
 * which costs less than the real script's work), and lay out and paint the whole screen, but no
 * framework builds anything. The ratio to it is what the framework costs on the reader's own start
 * path. (The static HTML page in the same table shows what no script at all would cost.)
 */
export function scriptedCopy(
  html: string,
  placeholder: string,
  appCode: string,
  openingPageFile: string,
): { html: string; script: string } {
  const page = withoutScripts(html);
  const body = /<body([^>]*)>([\s\S]*)<\/body>/.exec(page);
  if (!body) throw new Error('scripted copy: the page has no body to draw');
  const scripts = [CONTENT_FILES.start, SCRIPTED_COPY_SCRIPT].map(
    (file) => `<script defer src="./${file}"></script>`,
  );
  const shell = page
    .replace('</head>', `${scripts.join('')}</head>`)
    .replace(body[0], () => `<body${body[1]}>${placeholder}</body>`);
  // The app's code is wrapped, not run: a function body may hold anything a script can.
  const draw = inPage(drawOnceThePageIsIn, { file: openingPageFile, body: body[2]! });
  const script = `function appCodeNeverCalled() {\n${appCode}\n}\n${draw};\n`;
  return { html: shell, script };
}

/** Page-side: loads the opening page's file as the reader does (loadScript), then draws. */
function drawOnceThePageIsIn({ file, body }: { file: string; body: string }): void {
  const script = document.createElement('script');
  script.src = file;
  script.addEventListener('load', () => {
    document.body.innerHTML = body;
  });
  document.head.append(script);
}

function withoutScripts(html: string): string {
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
}
