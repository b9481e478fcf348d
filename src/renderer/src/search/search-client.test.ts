import { describe, expect, it, vi } from 'vitest';
import { buildSearchIndex } from '../../../shared/search/build-index';
import { FIXTURE_DOCS, FIXTURE_SYNONYMS } from '../../../../test/fixtures/search/fixture-docs';
import { SearchEngine } from '../../../shared/search/search-engine';
import type { WorkerRequest, WorkerResponse } from './protocol';
import { SearchClient, type SearchStatus } from './search-client';

const engine = SearchEngine.fromData({
  docs: FIXTURE_DOCS,
  index: buildSearchIndex(FIXTURE_DOCS),
  synonyms: FIXTURE_SYNONYMS,
});
const tick = () => new Promise((r) => setTimeout(r, 0));

/** A stand-in for the worker: answers with the real engine when told to, so tests control timing. */
class FakeWorker {
  onmessage: ((e: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((e: Event) => void) | null = null;
  inbox: WorkerRequest[] = [];
  postMessage(message: WorkerRequest): void {
    this.inbox.push(message);
  }
  terminate(): void {}
  reply(message: WorkerResponse): void {
    this.onmessage?.({ data: message } as MessageEvent<WorkerResponse>);
  }
  answer(): void {
    for (const m of this.inbox.splice(0)) {
      if (m.type === 'search')
        this.reply({ type: 'results', id: m.id, response: engine.search(m.query, { limit: m.limit }) });
    }
  }
}

function setUp(worker: FakeWorker | null) {
  const statuses: SearchStatus[] = [];
  const loadEngine = vi.fn(async () => engine);
  const client = new SearchClient({
    dataUrl: 'http://x/content/search.json',
    createWorker: () => worker as unknown as Worker | null,
    loadEngine,
    onStatus: (s) => statuses.push(s),
  });
  return { client, statuses, loadEngine };
}

describe('SearchClient', () => {
  it('initialises the worker with the data URL and answers queries typed before start', async () => {
    const worker = new FakeWorker();
    const { client, statuses } = setUp(worker);
    const early = client.search('sciatica');
    client.start();
    expect(worker.inbox[0]).toEqual({ type: 'init', url: 'http://x/content/search.json' });
    worker.reply({ type: 'ready' });
    worker.answer();
    expect((await early)!.results[0]!.slug).toBe('nerves');
    expect(statuses).toEqual(['ready']);
  });

  it('latest query wins: older answers resolve to null', async () => {
    const worker = new FakeWorker();
    const { client } = setUp(worker);
    client.start();
    const first = client.search('back');
    const second = client.search('kidney');
    worker.answer();
    expect(await first).toBeNull();
    expect((await second)!.results[0]!.slug).toBe('kidneys');
  });

  it('falls back to the main thread when workers are unavailable', async () => {
    const { client, statuses, loadEngine } = setUp(null);
    client.start();
    const r = await client.search('cramp');
    expect(loadEngine).toHaveBeenCalledOnce();
    expect(r!.total).toBeGreaterThan(0);
    await tick();
    expect(statuses).toEqual(['ready']);
  });

  it('falls back when the worker fails, answering the pending query', async () => {
    const worker = new FakeWorker();
    const { client, statuses } = setUp(worker);
    client.start();
    const pending = client.search('A&E');
    worker.reply({ type: 'failed', message: 'fetch failed' });
    expect((await pending)!.results[0]!.slug).toBe('urgent');
    await tick();
    expect(statuses).toEqual(['ready']);
  });

  it('reports failure when nothing can load', async () => {
    const { client, statuses } = setUp(null);
    const failing = new SearchClient({
      dataUrl: '',
      createWorker: () => null,
      loadEngine: () => Promise.reject(new Error('missing')),
      onStatus: (s) => statuses.push(s),
    });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    failing.start();
    expect(await failing.search('x')).toBeNull();
    expect(statuses).toEqual(['failed']);
    client.dispose();
  });
});
