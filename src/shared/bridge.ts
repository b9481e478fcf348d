/**
 * The one contract between the reader and the platform it runs on. The Electron preload
 * implements it over IPC; the web edition implements it with browser APIs. Nothing else
 * crosses the boundary, and every argument is plain, validated data.
 */

import * as v from 'valibot';
import { PAGE_SIZES } from './print-route';
// The store's shape and limits are defined once, with its schema, in reader-store.ts.
import type { ReaderStore } from './reader-store';
export type { Bookmark, ReaderStore, RecentPage, Settings, ThemeChoice } from './reader-store';

/**
 * What loading the store found. `recovered` is set when the saved data was unreadable in whole
 * or in part: `store` then holds what could be read, the reader shows a notice, and the
 * platform has kept the bad copy aside.
 */
export interface StoreLoadResult {
  store: ReaderStore;
  recovered: null | { reason: string; keptAs: string };
}

export interface AppInfo {
  appVersion: string;
  contentEdition: string;
  /** "desktop" in Electron, "web" in the browser. */
  platform: 'desktop' | 'web';
}

/** The longest document title "Save as PDF" passes on; the desktop makes a file name of it. */
export const MAX_PDF_TITLE = 255;
/** The longest link the platform opens outside the app. */
export const MAX_EXTERNAL_URL_LENGTH = 2048;

export const PdfRequestSchema = v.strictObject({
  suggestedName: v.pipe(v.string(), v.maxLength(MAX_PDF_TITLE)),
  pageSize: v.picklist(PAGE_SIZES),
});
export type PdfRequest = v.InferOutput<typeof PdfRequestSchema>;

export type PdfResult =
  | { status: 'saved'; path: string }
  | { status: 'cancelled' }
  | { status: 'unsupported' }
  | { status: 'failed'; message: string };

export interface HandbookBridge {
  getAppInfo(): Promise<AppInfo>;
  loadStore(): Promise<StoreLoadResult>;
  saveStore(store: ReaderStore): Promise<void>;
  /** Opens the platform's print dialog for what the page currently shows in print media. */
  print(): Promise<void>;
  /** Saves what the page shows in print media as a PDF, asking the person where. */
  saveAsPdf(request: PdfRequest): Promise<PdfResult>;
  /**
   * Opens an https: or mailto: link outside the app. The reader asks the person first;
   * the platform checks the scheme again and refuses anything else.
   */
  openExternal(url: string): Promise<boolean>;
  /** Subscribes to commands from the native menu; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** The keys the preload exposes: exactly the bridge's methods, nothing more. */
export const BRIDGE_METHODS = [
  'getAppInfo',
  'loadStore',
  'saveStore',
  'print',
  'saveAsPdf',
  'openExternal',
  'onMenuCommand',
] as const satisfies readonly (keyof HandbookBridge)[];

/** The name under which the preload exposes the bridge on `window`. */
export const BRIDGE_GLOBAL = 'handbook';

/** IPC channel for each bridge method; one namespace, checked at both ends. */
export const IPC_CHANNEL = {
  getAppInfo: 'handbook:get-app-info',
  loadStore: 'handbook:load-store',
  saveStore: 'handbook:save-store',
  print: 'handbook:print',
  saveAsPdf: 'handbook:save-as-pdf',
  openExternal: 'handbook:open-external',
} as const satisfies Record<Exclude<(typeof BRIDGE_METHODS)[number], 'onMenuCommand'>, `handbook:${string}`>;

/** Menu commands the main process sends to the reader (File › Print handout, Go › Back…). */
export const MENU_COMMANDS = [
  'print-page',
  'print-handout',
  'save-pdf',
  'go-back',
  'go-forward',
  'go-home',
  'go-urgent',
  'focus-search',
  'find-in-page',
  'zoom-in',
  'zoom-out',
  'zoom-reset',
  'theme-light',
  'theme-dark',
  'theme-contrast',
  'theme-system',
  'show-disclaimer',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const MENU_CHANNEL = 'handbook:menu-command';
