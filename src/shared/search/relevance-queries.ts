import type { SearchDoc, Sign } from '../handbook-data';
import type { SearchEngine } from './search-engine';

/**
 * Queries written the way worried people type them (misspellings, questions, slang, UK and US
 * words), each with the PAGE that must be in the top 3 results. Pages, not sections: the page text
 * is rewritten often, the page a question belongs to much less. `npm run bench:search` prints the
 * top-1 and top-3 rates; `relevance.test.ts` requires top-3 for every one. Every warning sign
 * adds one more query (`signQueries`).
 */
const RELEVANCE_QUERIES: [query: string, slug: string | string[]][] = [
  // The two examples: the reader's specific word must win.
  ['preganant back cramps', 'early-pregnancy'],
  ['back spasm after lifting boxes', 'injury-and-strain'],
  // Exercises
  ['exercises for back pain', 'exercises-and-stretches'],
  ['stretches for lower back', 'exercises-and-stretches'],
  ['birthing ball', 'exercises-and-stretches'],
  // Nerves
  ['sciatica', 'nerve-related-pain'],
  ['sciatca', 'nerve-related-pain'],
  ['siatica pain', 'nerve-related-pain'],
  ['pain down my leg', 'nerve-related-pain'],
  ['shooting pain down leg', 'nerve-related-pain'],
  ['pins and needles in my leg', 'nerve-related-pain'],
  ['tingling foot', 'nerve-related-pain'],
  ['trapped nerve', 'nerve-related-pain'],
  ['pinched nerve in lower back', 'nerve-related-pain'],
  ['slipped disk', 'nerve-related-pain'],
  ['bulging disc', 'nerve-related-pain'],
  ['herniated disc', 'nerve-related-pain'],
  ['muscle relaxers', 'self-care'],
  ['is diazepam safe', 'self-care'],
  ['valium for back spasm', 'self-care'],
  ['narrowing of the spine', 'nerve-related-pain'],
  ['numb leg', 'nerve-related-pain'],
  // Early pregnancy
  ['cramps in early pregnancy', 'early-pregnancy'],
  ['implantation cramps', 'early-pregnancy'],
  ['miscarrige', 'early-pregnancy'],
  ['am i having a miscarriage', 'early-pregnancy'],
  ['ectopic', 'early-pregnancy'],
  ['ectopic pregnancy signs', 'early-pregnancy'],
  ['period like cramps', 'early-pregnancy'],
  ['period pain but pregnant', 'early-pregnancy'],
  ['spotting 6 weeks pregnant', 'early-pregnancy'],
  ['back ache in early pregnancy', 'early-pregnancy'],
  ['trapped wind pregnant', 'early-pregnancy'],
  ['constipated and pregnant', 'early-pregnancy'],
  ['early pregnancy unit', 'early-pregnancy'],
  // Later pregnancy
  ['preganant back pain', 'later-pregnancy'],
  ['braxton hicks', 'later-pregnancy'],
  ['braxton hicks or real labour', 'later-pregnancy'],
  ['practice contractions', 'later-pregnancy'],
  ['false labor', 'later-pregnancy'],
  ['contractions', ['later-pregnancy', 'questions-and-notes']],
  ['paracetamol when pregnant', 'later-pregnancy'],
  ['can i take ibuprofen while pregnant', 'later-pregnancy'],
  ['advil pregnant', 'later-pregnancy'],
  ['tylenol pregnant', 'later-pregnancy'],
  ['round ligament pain', 'later-pregnancy'],
  ['sharp pain in groin pregnant', 'later-pregnancy'],
  ['third trimester backache', 'later-pregnancy'],
  ['pelvic girdle pain', ['later-pregnancy', 'after-the-birth']],
  ['SPD pregnancy', 'later-pregnancy'],
  ['waters broke', 'later-pregnancy'],
  ['preterm labour signs', 'later-pregnancy'],
  ['premature labor', 'later-pregnancy'],
  // Kidneys and other causes
  ['kidny pain', 'other-medical-causes'],
  ['kidney stones', 'other-medical-causes'],
  ['is it my kidneys or my back', 'other-medical-causes'],
  ['pain in my side and a fever', 'other-medical-causes'],
  ['water infection', 'other-medical-causes'],
  ['UTI back pain', 'other-medical-causes'],
  ['magnesium supplements', 'other-medical-causes'],
  ['do i need potassium for cramps', 'other-medical-causes'],
  ['underactive thyroid', 'other-medical-causes'],
  ['statins and cramps', 'other-medical-causes'],
  ['water tablets', 'other-medical-causes'],
  ['dehydrated cramps', 'other-medical-causes'],
  ['diabetes', 'other-medical-causes'],
  // Injury and strain
  ['pulled muscle lifting', 'injury-and-strain'],
  ['put my back out', 'injury-and-strain'],
  ['did my back in at the gym', 'injury-and-strain'],
  ['hurt my back lifting', 'injury-and-strain'],
  ['twisted my back', 'injury-and-strain'],
  ['sports injury back', 'injury-and-strain'],
  ['how long to heal', 'injury-and-strain'],
  ['how long does a pulled back take to heal', 'injury-and-strain'],
  ['physio', 'injury-and-strain'],
  ['physical therapy for back strain', 'injury-and-strain'],
  // Self-care
  ['hot water bottle', 'self-care'],
  ['heat or ice', 'self-care'],
  ['should i use ice', 'self-care'],
  ['ibuprofen for back pain', 'self-care'],
  ['nurofen', 'self-care'],
  ['motrin', 'self-care'],
  ['safe lifting', 'self-care'],
  ['how to lift', 'self-care'],
  ['should i stay in bed', 'self-care'],
  ['bed rest', 'self-care'],
  ['best sitting posture', 'self-care'],
  ['chemist', 'self-care'],
  ['ask a pharmacist', 'self-care'],
  // Understanding back cramps
  ['back spasm', 'understanding-back-cramps'],
  ['what is a back cramp', 'understanding-back-cramps'],
  ['lumbago', 'understanding-back-cramps'],
  ['knot in my back', 'understanding-back-cramps'],
  ['will it go away', 'understanding-back-cramps'],
  ['how common is back pain', 'understanding-back-cramps'],
  ['sprain or strain', 'understanding-back-cramps'],
  ['non specific back pain', 'understanding-back-cramps'],
  // Urgent help and services
  // What A&E is for, and its number: both answer.
  ['A&E', ['urgent-help', 'start-here', 'what-happens-next']],
  ['ER or urgent care', 'urgent-help'],
  ['when to worry about back pain', 'urgent-help'],
  ['red flags back pain', 'urgent-help'],
  ['numb bum', ['urgent-help', 'nerve-related-pain']],
  ['cauda equina', 'urgent-help'],
  ['saddle numbness', 'urgent-help'],
  // Glossary words
  ['acetaminophen', 'self-care'],
  ['what does spondylolisthesis mean', 'glossary'],
  ['what is a vertebra', 'glossary'],
  ['what are electrolytes', 'glossary'],
  ['what does antenatal mean', 'glossary'],
  ['opioids', 'glossary'],
  // About the handbook
  ['print a handout', 'start-here'],
  ['how do i use this', 'start-here'],
  ['who is this handbook for', 'start-here'],
  ['change my country', 'start-here'],
  ['report a mistake', 'sources-and-review'],
  ['who wrote this', 'sources-and-review'],
  ['where does the information come from', 'sources-and-review'],
  ['when was this last reviewed', 'sources-and-review'],
];

export interface RelevanceCase {
  query: string;
  /** Any of these pages in the top 3 is right. */
  pages: string[];
}

/**
 * The set: the queries above, plus one per warning sign as a reader would describe it (its first
 * phrasing in `content/warning-signs.yml`), answered by any page that shows the sign (its text and
 * action are the same everywhere, by reference).
 */
export function relevanceCases(
  docs: SearchDoc[],
  signs: Pick<Sign, 'text' | 'phrasings'>[],
): RelevanceCase[] {
  const fixed = RELEVANCE_QUERIES.map(([query, slug]) => ({ query, pages: [slug].flat() }));
  const forSigns = signs.flatMap((sign) => {
    const pages = [...new Set(docs.filter((d) => d.body.includes(sign.text)).map((d) => d.slug))];
    return sign.phrasings.length ? [{ query: sign.phrasings[0]!, pages }] : [];
  });
  return [...fixed, ...forSigns];
}

/** Top-1 and top-3 rates of `engine` over `cases`, and the queries that missed the top 3. */
export function relevanceRates(
  engine: SearchEngine,
  cases: RelevanceCase[],
): { top1: number; top3: number; misses: string[] } {
  let top1 = 0;
  const misses: string[] = [];
  for (const { query, pages } of cases) {
    const top = engine.search(query, { limit: 3 }).results.map((r) => r.slug);
    if (pages.includes(top[0] ?? '')) top1++;
    if (!top.some((slug) => pages.includes(slug)))
      misses.push(`${query} → ${pages.join(' or ')} (got ${top.join(', ')})`);
  }
  return { top1: top1 / cases.length, top3: (cases.length - misses.length) / cases.length, misses };
}
