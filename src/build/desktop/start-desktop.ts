/** What `npm start` needs from the machine; fakes in tests. */
export interface StartDeps {
  /** The Electron runtime's executable, or null when it has not been downloaded yet. */
  findRuntime(): string | null;
  /** Downloads the runtime; the reason it could not, or null once it is there. */
  download(): string | null;
  /** Opens the built app in Electron; its exit code. */
  openApp(): number;
  say(message: string): void;
}

export const DOWNLOADING =
  "Electron's runtime is not on this computer yet. The first `npm start` downloads it, once: " +
  'this needs an internet connection. Downloading now…';

/** What to tell someone whose first start could not download the runtime. */
function downloadFailed(reason: string): string {
  return [
    `The desktop app cannot open: Electron's runtime could not be downloaded (${reason}).`,
    'It is downloaded once, on the first `npm start`, and that needs an internet connection.',
    'Connect to the internet and run `npm start` again, or read the same handbook in your browser:',
    '  npm run web    (then open http://127.0.0.1:4173/)',
  ].join('\n');
}

/**
 * `npm start` after the build: opens the desktop app, downloading Electron's runtime first if this
 * is the first start, and says plainly what to do when that cannot happen (instead of
 * electron-vite's bare "Electron uninstall"). Returns the exit code.
 */
export function startDesktop(deps: StartDeps): number {
  if (!deps.findRuntime()) {
    deps.say(DOWNLOADING);
    const failure = deps.download();
    if (failure !== null || !deps.findRuntime()) {
      deps.say(downloadFailed(failure ?? 'the download left no runtime behind'));
      return 1;
    }
  }
  return deps.openApp();
}
