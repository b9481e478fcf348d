import { parseRoute, type Route } from '../lib/route';
import { ScrollMemory } from './scroll-memory';

interface NavigationLike {
  canGoBack?: boolean;
  canGoForward?: boolean;
}

/** What the reader needs of navigation: the route shown, and ways to move between routes. */
export interface ReaderRouter {
  readonly route: Route;
  readonly canGoBack: boolean;
  readonly canGoForward: boolean;
  /** Where the person had scrolled to on this history entry, when they come back to it. */
  readonly returnScroll: number | undefined;
  go(href: string): void;
  back(): void;
  forward(): void;
  rememberScroll(scroll: number): void;
}

/** The current route, kept in step with the URL hash; history is the browser's own. */
export class Router implements ReaderRouter {
  route = $state<Route>(parseRoute(location.hash));
  canGoBack = $state(false);
  canGoForward = $state(false);
  returnScroll = $state<number | undefined>(undefined);
  readonly #scroll = new ScrollMemory(history);

  constructor() {
    // The reader puts each entry back where it was left (`returnScroll`); the browser's own
    // restoring would race with the article showing its top when a page opens.
    history.scrollRestoration = 'manual';
    addEventListener('hashchange', () => this.sync());
    this.sync();
  }

  private sync() {
    this.returnScroll = this.#scroll.arrive();
    this.route = parseRoute(location.hash);
    const nav = (window as unknown as { navigation?: NavigationLike }).navigation;
    // The Navigation API tells us whether back/forward can go anywhere; without it, allow both.
    this.canGoBack = nav?.canGoBack ?? history.length > 1;
    this.canGoForward = nav?.canGoForward ?? true;
  }

  rememberScroll(scroll: number) {
    this.#scroll.record(scroll);
  }

  go(href: string) {
    if (location.hash === href) this.sync();
    else location.hash = href;
  }

  /** Replaces the current entry, e.g. when restoring the last page on start. */
  replace(href: string) {
    history.replaceState(history.state, '', href);
    this.sync();
  }

  back() {
    history.back();
  }

  forward() {
    history.forward();
  }
}
