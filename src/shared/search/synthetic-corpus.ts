import type { SearchDoc } from '../handbook-data';

/**
 * A seeded, generated corpus for size tests and benchmarks: realistic word frequencies (a Zipf-like
 * draw from a medical-ish vocabulary plus generated rare words), one doc per section.
 */

/** mulberry32: tiny, fast, good enough for test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMON =
  `back pain cramp muscle spasm lower lumbar spine nerve sciatica leg buttock hip stretch heat ice
  rest walk sleep posture lifting bending twisting disc joint ligament strain sprain injury doctor physio
  exercise pregnancy baby womb kidney bladder infection fever urine blood test scan xray treatment medicine
  ibuprofen paracetamol dose tablet cream massage warm cold bath chair desk sitting standing morning night
  hours days weeks months slowly gently carefully usually often sometimes symptoms signs help urgent
  emergency numbness tingling weakness tight stiff sore aching sharp dull burning shooting relief`.split(
    /\s+/,
  );
const FILLER = `the a of and to in is it you your that for with on as be can this are or if not when may
  more some most will but at from by have do should about which get any into than then`.split(/\s+/);
const SYLLABLES = ['ka', 'lo', 'mi', 'ter', 'sun', 'ra', 've', 'dol', 'pa', 'qui', 'nex', 'bor', 'tal', 'gi'];

export function generateCorpus(pages: number, wordsPerPage = 500, seed = 42): SearchDoc[] {
  const random = seededRandom(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(random() ** 2 * list.length)]!;
  const rare = Array.from({ length: 20000 }, () =>
    Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(SYLLABLES)).join(''),
  );
  const word = (): string => {
    const r = random();
    return r < 0.45 ? pick(FILLER) : r < 0.85 ? pick(COMMON) : rare[Math.floor(random() * rare.length)]!;
  };
  const words = (n: number): string => Array.from({ length: n }, word).join(' ');
  const docs: SearchDoc[] = [];
  for (let p = 0; p < pages; p++) {
    const slug = `page-${p}`;
    const title = `${pick(COMMON)} ${pick(COMMON)} ${p}`;
    const sections = 3 + Math.floor(random() * 4);
    for (let s = 0; s < sections; s++) {
      const anchor = s === 0 ? '' : `section-${s}`;
      const sentences = Array.from(
        { length: Math.ceil(wordsPerPage / sections / 12) },
        () => words(12) + '.',
      );
      docs.push({
        id: `${slug}#${anchor}`,
        slug,
        anchor,
        title,
        heading: s === 0 ? '' : words(3),
        keywords: s === 0 ? words(4) : '',
        body: sentences.join(' '),
      });
    }
  }
  return docs;
}
