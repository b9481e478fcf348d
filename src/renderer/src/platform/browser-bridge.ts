import type { AppInfo, HandbookBridge, PdfResult, ReaderStore, StoreLoadResult } from '@shared/bridge';
import {
  defaultStore,
  parseStore,
  salvageStore,
  serializeStore,
  StoreFormatError,
} from '@shared/reader-store';

export const STORE_KEY = 'lbc-handbook:store';

/** The parts of `window` the web edition uses, so tests can pass a fake. */
export interface BrowserHost {
  localStorage: Pick<Storage, 'getItem' | 'setItem'>;
  print(): void;
  open(url: string, target: string, features: string): unknown;
}

/**
 * The web edition's bridge: localStorage for the store, window.print for printing. It cannot
 * save a PDF itself, so it says so and the reader offers the print dialog instead.
 */
export function createBrowserBridge(host: BrowserHost, info: Omit<AppInfo, 'platform'>): HandbookBridge {
  return {
    async getAppInfo() {
      return { ...info, platform: 'web' };
    },
    async loadStore(): Promise<StoreLoadResult> {
      let text: string | null;
      try {
        text = host.localStorage.getItem(STORE_KEY);
      } catch {
        return {
          store: defaultStore(),
          recovered: { reason: 'browser storage is not available', keptAs: '' },
        };
      }
      if (text === null) return { store: defaultStore(), recovered: null };
      try {
        return { store: parseStore(text), recovered: null };
      } catch (error) {
        const reason = error instanceof StoreFormatError ? error.message : 'the saved data could not be read';
        // Keep the unreadable copy so nothing is lost; the reader tells the person.
        const keptAs = `${STORE_KEY}:corrupt:${Date.now()}`;
        host.localStorage.setItem(keptAs, text);
        return { store: salvageStore(text) ?? defaultStore(), recovered: { reason, keptAs } };
      }
    },
    async saveStore(store: ReaderStore) {
      // Checked as the desktop checks it, so what is saved here can always be read back.
      host.localStorage.setItem(STORE_KEY, serializeStore(store));
    },
    async print() {
      host.print();
    },
    async saveAsPdf(): Promise<PdfResult> {
      return { status: 'unsupported' };
    },
    async openExternal(url: string) {
      if (!/^(https:|mailto:)/i.test(url)) return false;
      host.open(url, '_blank', 'noopener,noreferrer');
      return true;
    },
    onMenuCommand() {
      return () => {};
    },
  };
}
