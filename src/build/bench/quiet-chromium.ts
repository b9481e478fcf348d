import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { CHROMIUM_ARGS, chromiumExecutable } from '../tools/chromium.ts';

/**
 * Chromium driven over its DevTools pipe with nothing switched on that we did not ask for, for
 * timing a page's start-up. Playwright enables the Network domain on every page, and Chromium then
 * records a JavaScript stack trace for each request the page makes, re-parsing the script that
 * made it. For the reader's 150 KB script that is about 40 ms on our machines, charged to the very
 * start-up being measured. Here a page is only navigated, then read once it has settled.
 *
 * A page opens in a browser context of its own (a fresh profile in memory: nothing cached), or in
 * the browser's own profile on disk, the one context where Chromium keeps V8's code cache.
 */
export class QuietChromium {
  private nextId = 0;
  private readonly pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  private buffered = '';
  private readonly listeners = new Map<string, (params: unknown) => void>();

  private constructor(
    private readonly proc: ChildProcess,
    private readonly toBrowser: Writable,
  ) {
    const fromBrowser = proc.stdio[4] as Readable;
    fromBrowser.setEncoding('utf8');
    fromBrowser.on('data', (chunk: string) => this.receive(chunk));
    proc.on('exit', () => {
      for (const { reject } of this.pending.values()) reject(new Error('Chromium exited'));
      this.pending.clear();
    });
  }

  /** `userDataDir`: an empty folder, which the caller removes afterwards. */
  static launch(userDataDir: string): QuietChromium {
    const executable = chromiumExecutable();
    if (!executable)
      throw new Error("No Chromium found: install Debian's (apt-get install chromium) or set CHROMIUM_PATH.");
    const proc = spawn(
      executable,
      [
        ...CHROMIUM_ARGS,
        '--headless',
        // A desktop window, as the e2e tests use, not headless Chromium's 800 × 600.
        '--window-size=1280,860',
        '--remote-debugging-pipe',
        // Chromium's own omnibox popups: two pages of browser UI that every new window loads while
        // the page being timed starts and is typed in (about 15 ms of CPU per keystroke in the
        // first second on two cores). The desktop app has no omnibox.
        '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
        `--user-data-dir=${userDataDir}`,
        'about:blank',
      ],
      // Chromium reads commands on fd 3 and writes replies on fd 4.
      { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
    );
    return new QuietChromium(proc, proc.stdio[3] as Writable);
  }

  /** A new browser context: its own cookies, storage and caches, all in memory. */
  async newContext(): Promise<QuietContext> {
    const { browserContextId } = await this.send<{ browserContextId: string }>('Target.createBrowserContext');
    return {
      open: (url, beforeNavigate) => this.open(url, browserContextId, beforeNavigate),
      close: async () => void (await this.send('Target.disposeBrowserContext', { browserContextId })),
    };
  }

  /**
   * The browser's own profile, on disk under `userDataDir`. Only here does Chromium keep V8's code
   * cache (an in-memory context compiles a script afresh on every visit), as the desktop app's
   * profile does for app://. It is never emptied: give each fresh start an origin of its own.
   */
  onDisk(): QuietContext {
    return {
      open: (url, beforeNavigate) => this.open(url, undefined, beforeNavigate),
      close: async () => {},
    };
  }

  /**
   * Opens `url` in a new tab of the context. The tab starts blank and is then navigated, as
   * Playwright does, so the renderer process is up before navigation starts in both.
   */
  private async open(
    url: string,
    browserContextId: string | undefined,
    beforeNavigate = () => {},
  ): Promise<QuietPage> {
    const { targetId } = await this.send<{ targetId: string }>('Target.createTarget', {
      url: 'about:blank',
      browserContextId,
    });
    const { sessionId } = await this.send<{ sessionId: string }>('Target.attachToTarget', {
      targetId,
      flatten: true,
    });
    // The blank page answering means its renderer process is up: starting one is not the page's
    // cost, and Playwright's newPage() waits for the same before navigating.
    await this.evaluate('document.readyState', sessionId);
    beforeNavigate();
    await this.send('Page.navigate', { url }, sessionId);
    return new QuietPage(
      (expression) => this.evaluate(expression, sessionId),
      async () => void (await this.send('Target.closeTarget', { targetId })),
    );
  }

  /**
   * Records a Chromium trace of every process until `stop` is called, which returns its events.
   * For CPU time (`tdur`) that a busy machine does not inflate the way it inflates the clock.
   */
  async trace(categories: string[]): Promise<{ stop(): Promise<TraceEvent[]> }> {
    const events: TraceEvent[] = [];
    this.listeners.set('Tracing.dataCollected', (params) =>
      events.push(...(params as { value: TraceEvent[] }).value),
    );
    await this.send('Tracing.start', {
      traceConfig: { includedCategories: categories },
      transferMode: 'ReportEvents',
    });
    return {
      stop: async () => {
        const complete = new Promise<void>((resolve) =>
          this.listeners.set('Tracing.tracingComplete', () => resolve()),
        );
        await this.send('Tracing.end');
        await complete;
        this.listeners.delete('Tracing.dataCollected');
        this.listeners.delete('Tracing.tracingComplete');
        return events;
      },
    };
  }

  async close(): Promise<void> {
    const exited = new Promise<void>((resolve) => {
      if (this.proc.exitCode !== null) resolve();
      else this.proc.once('exit', () => resolve());
    });
    await this.send('Browser.close').catch(() => this.proc.kill());
    await exited;
  }

  private async evaluate(expression: string, sessionId: string): Promise<unknown> {
    const reply = await this.send<{
      result: { value?: unknown };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    }>('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, sessionId);
    if (reply.exceptionDetails) {
      const { text, exception } = reply.exceptionDetails;
      throw new Error(`in the page: ${exception?.description ?? text}`);
    }
    return reply.result.value;
  }

  private send<T = unknown>(method: string, params: object = {}, sessionId?: string): Promise<T> {
    const id = ++this.nextId;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.toBrowser.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });
  }

  private receive(chunk: string): void {
    this.buffered += chunk;
    let end: number;
    while ((end = this.buffered.indexOf('\0')) >= 0) {
      const message = JSON.parse(this.buffered.slice(0, end)) as {
        id?: number;
        method?: string;
        params?: unknown;
        result?: unknown;
        error?: { message: string };
      };
      this.buffered = this.buffered.slice(end + 1);
      if (message.method) this.listeners.get(message.method)?.(message.params);
      const waiter = message.id === undefined ? undefined : this.pending.get(message.id);
      if (!waiter) continue; // an event: only tracing's are listened to
      this.pending.delete(message.id!);
      if (message.error) waiter.reject(new Error(message.error.message));
      else waiter.resolve(message.result);
    }
  }
}

/** One event of a Chromium trace, as much of it as we read. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** CPU time of the thread, µs. */
  tdur?: number;
  args?: { name?: string };
}

export interface QuietContext {
  /** `beforeNavigate` runs once the tab is up, just before it is sent to `url`. */
  open(url: string, beforeNavigate?: () => void): Promise<QuietPage>;
  close(): Promise<void>;
}

export class QuietPage {
  constructor(
    private readonly run: (expression: string) => Promise<unknown>,
    readonly close: () => Promise<void>,
  ) {}

  /**
   * Evaluates `expression` in the page (promises are awaited). Until the navigation has committed
   * it would run in the blank page we started from, so it is retried until the page's own
   * document answers, for up to `timeoutMs`.
   */
  async evaluate<T>(expression: string, timeoutMs = 60_000): Promise<T> {
    const until = Date.now() + timeoutMs;
    const guarded = `location.protocol === 'about:' ? '__not yet__' : (${expression})`;
    for (;;) {
      try {
        const value = await this.run(guarded);
        if (value !== '__not yet__') return value as T;
      } catch (error) {
        // The document was replaced while we waited: ask the new one.
        if (!/context was destroyed|Cannot find context/i.test(String(error))) throw error;
      }
      if (Date.now() > until) throw new Error(`the page did not answer within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
