import { describe, expect, it, vi } from 'vitest';
import { hardenWebContents, type HardenableWebContents } from './harden-web-contents';
import { decideNavigation, decideWindowOpen } from './navigation-policy';

type Listener = (event: { preventDefault(): void; url: string; isMainFrame?: boolean }) => void;

function fakeWebContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((d: { url: string }) => { action: string }) | undefined;
  const wc = {
    on: vi.fn((name: string, l: Listener) => listeners.set(name, l)),
    setWindowOpenHandler: vi.fn((h) => (openHandler = h)),
  };
  const fire = (name: string, url: string, extra: object = {}) => {
    const event = { preventDefault: vi.fn(), url, ...extra };
    listeners.get(name)!(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { wc, fire, open: (url: string) => openHandler!({ url }), listeners };
}

describe('navigation policy', () => {
  it('allows in-app route changes only', () => {
    expect(decideNavigation('app://handbook/index.html#/page/self-care')).toBe('allow');
    expect(decideNavigation('app://handbook/')).toBe('allow');
    expect(decideNavigation('app://other/')).toBe('block');
    expect(decideNavigation('file:///etc/passwd')).toBe('block');
    expect(decideNavigation('http://example.com/')).toBe('block');
    expect(decideNavigation('javascript:alert(1)')).toBe('block');
    expect(decideNavigation('data:text/html,x')).toBe('block');
    expect(decideNavigation('https://example.com/')).toBe('external');
    expect(decideNavigation('mailto:a@example.com')).toBe('external');
  });

  it('never opens a window; offers only https/mailto to the browser', () => {
    expect(decideWindowOpen('https://example.com/')).toEqual({
      action: 'deny',
      openExternally: 'https://example.com/',
    });
    expect(decideWindowOpen('app://handbook/index.html')).toEqual({ action: 'deny', openExternally: null });
    expect(decideWindowOpen('http://example.com/')).toEqual({ action: 'deny', openExternally: null });
    expect(decideWindowOpen('file:///etc/passwd')).toEqual({ action: 'deny', openExternally: null });
  });
});

describe('hardenWebContents', () => {
  const setup = () => {
    const f = fakeWebContents();
    const openExternal = vi.fn();
    hardenWebContents(f.wc as unknown as HardenableWebContents, { openExternal });
    return { ...f, openExternal };
  };

  it('prevents every <webview>', () => {
    const { fire } = setup();
    expect(fire('will-attach-webview', '')).toBe(true);
  });

  it('blocks will-navigate except app://handbook/ and routes https to the confirm flow', () => {
    const { fire, openExternal } = setup();
    expect(fire('will-navigate', 'app://handbook/index.html#/page/a')).toBe(false);
    expect(fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://example.com/');
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-navigate', 'http://example.com/')).toBe(true);
    expect(fire('will-navigate', 'https://127.0.0.1:4173/')).toBe(true);
    expect(fire('will-navigate', 'https://[::1]/')).toBe(true);
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('blocks sub-frame navigations and redirects out of the app without offering them', () => {
    const { fire, openExternal } = setup();
    expect(fire('will-frame-navigate', 'https://example.com/', { isMainFrame: false })).toBe(true);
    expect(fire('will-frame-navigate', 'app://handbook/x', { isMainFrame: false })).toBe(false);
    expect(fire('will-redirect', 'https://example.com/')).toBe(true);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('denies window.open, passing https links to the confirm-then-open flow', () => {
    const { open, openExternal } = setup();
    expect(open('https://example.com/a')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://example.com/a');
    expect(open('app://handbook/index.html')).toEqual({ action: 'deny' });
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('registers all of its listeners', () => {
    const { listeners, wc } = setup();
    expect([...listeners.keys()].sort()).toEqual([
      'will-attach-webview',
      'will-frame-navigate',
      'will-navigate',
      'will-redirect',
    ]);
    expect(wc.setWindowOpenHandler).toHaveBeenCalledTimes(1);
  });
});
