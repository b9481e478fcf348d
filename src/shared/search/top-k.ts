/**
 * The `k` best of `n` items, best first, where `better(a, b)` is a strict total order on item
 * numbers. A bounded binary heap: O(n log k), so showing 20 of 9,000 matches does not sort 9,000.
 */
export function topK(n: number, k: number, better: (a: number, b: number) => boolean): number[] {
  if (k <= 0 || n <= 0) return [];
  if (k >= n) {
    const all = Array.from({ length: n }, (_, i) => i);
    return all.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
  }
  // Min-heap by "better": the root is the worst item kept.
  const heap: number[] = [];
  const worse = (a: number, b: number): boolean => better(b, a);
  const up = (i: number): void => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  };
  const down = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (let i = 0; i < n; i++) {
    if (heap.length < k) {
      heap.push(i);
      up(heap.length - 1);
    } else if (better(i, heap[0]!)) {
      heap[0] = i;
      down(0);
    }
  }
  return heap.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
}
