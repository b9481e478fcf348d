import { parseRoute, type Route } from '../lib/route';

interface NavigationLike {
  canGoBack?: boolean;
  canGoForward?: boolean;
}

/** The current route, kept in step with the URL hash; history is the browser's own. */
export class Router {
  route = $state<Route>(parseRoute(location.hash));
  canGoBack = $state(false);
  canGoForward = $state(false);

  constructor() {
    addEventListener('hashchange', () => this.sync());
    this.sync();
  }

  private sync() {
    this.route = parseRoute(location.hash);
    const nav = (window as unknown as { navigation?: NavigationLike }).navigation;
    // The Navigation API tells us whether back/forward can go anywhere; without it, allow both.
    this.canGoBack = nav?.canGoBack ?? history.length > 1;
    this.canGoForward = nav?.canGoForward ?? true;
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
