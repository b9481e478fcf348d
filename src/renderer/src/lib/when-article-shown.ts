/** What `whenArticleShown` needs from the window; a fake in tests. */
export interface ShownHost {
  PerformanceObserver?: {
    new (callback: (list: { getEntries(): { name: string; identifier?: string }[] }) => void): {
      observe(options: { type: string; buffered: boolean }): void;
      disconnect(): void;
    };
    readonly supportedEntryTypes?: readonly string[];
  };
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  requestIdleCallback?: (callback: () => void, options: { timeout: number }) => unknown;
}

/**
 * The article heading's `elementtiming` name (ArticleView): its paint is when the article is on
 * screen, which the reader's heavier work waits for (search), and which `npm run bench:reader` times.
 */
export const ARTICLE_TIMING = 'article';

/**
 * Runs `then` at an idle moment once the article is on screen: once the frame holding the article
 * heading has been presented, which its element timing entry reports. Starting heavy work (the
 * search index) as soon as the script is idle is too early: on two cores it then competes with
 * rastering and compositing that very frame, which happen off the main thread after it is idle.
 * Where there is no article heading (a not-found page, the bookmarks list) or no element timing,
 * `fallbackMs` later is near enough. Returns a function that cancels.
 */
export function whenArticleShown(then: () => void, host: ShownHost, fallbackMs = 2000): () => void {
  let done = false;
  let observer: InstanceType<NonNullable<ShownHost['PerformanceObserver']>> | undefined;
  const fire = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    host.clearTimeout(timer);
    if (host.requestIdleCallback) host.requestIdleCallback(then, { timeout: 300 });
    else host.setTimeout(then, 0);
  };
  const timer = host.setTimeout(fire, fallbackMs);
  const Observer = host.PerformanceObserver;
  if (Observer?.supportedEntryTypes?.includes('element')) {
    observer = new Observer((list) => {
      if (list.getEntries().some((entry) => entry.identifier === ARTICLE_TIMING)) fire();
    });
    // Buffered: the article may have been shown before we asked.
    observer.observe({ type: 'element', buffered: true });
  }
  return () => {
    done = true;
    observer?.disconnect();
    host.clearTimeout(timer);
  };
}
