import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes a generated handbook into `dir`: `pages` pages of about `wordsPerPage` words, the same on
 * every run, so benchmarks compare from one run to the next.
 */
/** mulberry32: tiny, seeded, and the same on every machine, so runs compare. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let random = prng(20261125);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const SYLLABLES = [
  'ba',
  'ck',
  'cr',
  'am',
  'pa',
  'in',
  'mu',
  'sc',
  'le',
  'sp',
  'as',
  'mo',
  'ne',
  'rv',
  'di',
  'sk',
  'he',
  'at',
  're',
  'st',
];
// A skewed vocabulary, like real text: a few words are everywhere, most are rare.
const VOCABULARY = Array.from({ length: 6000 }, () =>
  Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(SYLLABLES)).join(''),
);
const word = (): string => VOCABULARY[Math.floor(VOCABULARY.length * random() ** 3)]!;
const sentence = (n: number): string => {
  const words = Array.from({ length: n }, word);
  return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
};
const paragraph = (words: number): string => {
  const out: string[] = [];
  for (let left = words; left > 0; left -= 12) out.push(sentence(Math.min(12, left)));
  return out.join(' ');
};

/** The four urgency tiers every handbook declares (see content/handbook.yml). */
const TIERS = ['emergency', 'maternity', 'urgent', 'see-doctor']
  .map((id) => `  - { id: ${id}, label: ${id}, action: "Call {{emergency}}." }`)
  .join('\n');

export function generateContent(dir: string, PAGES = 2000, WORDS_PER_PAGE = 500): void {
  random = prng(20261125);
  const slugs = Array.from({ length: PAGES }, (_, i) => `page-${String(i + 1).padStart(4, '0')}`);
  const terms = Array.from({ length: 40 }, (_, i) => `term-${i}`);
  const toc = Array.from(
    { length: PAGES / 100 },
    (_, s) => `  - title: Part ${s + 1}\n    pages: [${slugs.slice(s * 100, s * 100 + 100).join(', ')}]`,
  );
  writeFileSync(
    join(dir, 'handbook.yml'),
    `title: Bench\nsubtitle: Generated\nlanguage: en-GB\nedition: "1"\nreviewed: 2026-01-01\nnextReview: 2027-01-01\ndisclaimer: Test.\n` +
      `regions:\n  - { code: UK, name: United Kingdom, emergency: "999", urgent: "NHS 111", maternity: your midwife, doctor: your GP }\n` +
      `tiers:\n${TIERS}\ndefaultRegion: UK\n` +
      `home: page-0001\nurgentHelp: page-0002\ntoc:\n${toc.join('\n')}\n  - title: Reference\n    pages: [glossary]\n`,
  );
  writeFileSync(
    join(dir, 'glossary.yml'),
    `title: Glossary\nsummary: Words.\nterms:\n${terms.map((t) => `  - { id: ${t}, term: ${t}, definition: ${sentence(10).replace(/\.$/, '')} }`).join('\n')}\n`,
  );
  slugs.forEach((slug) => {
    const sections = Array.from({ length: 4 }, (_, s) => {
      const body = paragraph(WORDS_PER_PAGE / 4 - 40);
      return `## ${s === 0 ? 'Overview' : `Section ${s + 1} ${word()}`}\n\n${body} See :term[${pick(terms)}].\n\n### Detail ${s + 1}\n\n${paragraph(30)}\n`;
    });
    writeFileSync(
      join(dir, `${slug}.md`),
      `---\ntitle: ${sentence(4).replace(/\.$/, '')}\nsummary: ${sentence(10)}\nkeywords: [${word()}, ${word()}]\n` +
        `reviewed: 2026-01-01\nnextReview: 2027-01-01\nsources:\n  - { title: Source, publisher: NHS, url: "https://www.nhs.uk/", accessed: 2026-01-01 }\n---\n\n` +
        `${paragraph(40)} Call {{emergency}} or {{urgent}}. Read [the start](page-0001.md#overview).\n\n` +
        `:::key-points\n- ${sentence(8)}\n:::\n\n${sections.join('\n')}`,
    );
  });
}
