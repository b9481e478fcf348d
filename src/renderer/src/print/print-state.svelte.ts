import { getContext, setContext, tick } from 'svelte';
import { MAX_PDF_TITLE, type HandbookBridge, type PdfResult } from '@shared/bridge';
import type { HandbookData, Region } from '@shared/handbook-data';
import { buildPrintDoc, type PrintDoc } from './print-document';
import {
  defaultPageSize,
  isHandoutJob,
  type HandoutExtras,
  type PageSize,
  type PrintJob,
} from '@shared/print-route';

const KEY = Symbol('print-state');

export interface PrintContext {
  readonly bridge: HandbookBridge;
  readonly data: HandbookData;
  readonly region: Region | undefined;
  /** Loads the page bodies `job` prints; `data` has them once this resolves. */
  prepare(job: PrintJob): Promise<void>;
}

/**
 * The print job in progress and the paper size. One instance per app, shared through Svelte
 * context so the header's menu, the builder and the print root agree without extra props.
 */
export class PrintState {
  /** The document the print root holds; null when nothing is being printed. */
  job = $state<PrintJob | null>(null);
  /** The clinic strip, note box fields and large print for `job`; never stored. */
  extras = $state<HandoutExtras | null>(null);
  /** The person's paper choice; null follows the region (US → Letter, else A4). */
  chosenSize = $state<PageSize | null>(null);
  /** A calm, short message about the last print action (shown in a live region). */
  message = $state('');
  busy = $state(false);
  /** A handout job waiting for the print dialog (patient, note, clinic, large print). */
  asking = $state<{ job: PrintJob; action: 'print' | 'pdf' } | null>(null);

  /** `app` is read through getters, so the region the person picks later is the one printed. */
  constructor(private readonly app: PrintContext) {}

  get pageSize(): PageSize {
    return this.chosenSize ?? defaultPageSize(this.app.region?.code);
  }

  /**
   * What the print menu and the builder call: a handout first asks for the patient's details in
   * the print dialog (which then calls `run`); a page or the whole book prints at once.
   */
  start(job: PrintJob, action: 'print' | 'pdf'): void {
    if (isHandoutJob(job)) this.asking = { job, action };
    else void this.run(job, action);
  }

  /** The built document for a job (or the problem with it). */
  docFor(job: PrintJob) {
    return buildPrintDoc(this.app.data, job, this.app.region);
  }

  /**
   * Fills the print root with `job`, waits for it to render, then prints it or saves it as a PDF.
   * The web edition cannot save PDFs itself, so it opens the print dialog with a note instead.
   */
  async run(
    job: PrintJob,
    action: 'print' | 'pdf',
    extras: HandoutExtras | null = null,
  ): Promise<PdfResult | null> {
    try {
      await this.app.prepare(job);
    } catch {
      this.message = 'The pages for this printout could not be loaded. Please try again.';
      return null;
    }
    const built = this.docFor(job);
    if (!built.ok) {
      this.message = `This cannot be printed: ${built.problem}.`;
      return null;
    }
    this.job = job;
    this.extras = extras;
    this.message = '';
    await tick();
    try {
      return await this.deliver(built.doc, action);
    } finally {
      this.job = null;
      this.extras = null;
    }
  }

  /** Prints, or saves as PDF, whatever the print root shows now (`doc` names the file). */
  async deliver(
    doc: PrintDoc,
    action: 'print' | 'pdf',
    size: PageSize = this.pageSize,
  ): Promise<PdfResult | null> {
    this.busy = true;
    // Let layout settle (fonts, the generated @page rule) before the platform captures it.
    await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
    try {
      if (action === 'print') {
        await this.app.bridge.print();
        return null;
      }
      const result = await this.app.bridge.saveAsPdf({
        // The desktop makes a safe file name of it.
        suggestedName: titleOf(doc).slice(0, MAX_PDF_TITLE),
        pageSize: size,
      });
      if (result.status === 'unsupported') {
        this.message = 'To save a PDF, choose “Save as PDF” as the printer in the print dialog.';
        await tick();
        await this.app.bridge.print();
      } else if (result.status === 'saved') this.message = `Saved the PDF to ${result.path}.`;
      else if (result.status === 'failed') this.message = `The PDF could not be saved: ${result.message}`;
      return result;
    } catch {
      this.message = 'Printing did not start. Please try again.';
      return null;
    } finally {
      this.busy = false;
    }
  }
}

/** The title a PDF is named after: the page's, or the handbook's for the whole book. */
export function titleOf(doc: PrintDoc): string {
  return doc.kind === 'handout' ? `${doc.title} - handout` : doc.title;
}

export function setPrintState(state: PrintState): void {
  setContext(KEY, state);
}

export function getPrintState(): PrintState {
  const state = getContext<PrintState | undefined>(KEY);
  if (!state) throw new Error('PrintState is missing: App must call setPrintState');
  return state;
}
