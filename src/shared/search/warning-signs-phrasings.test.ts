import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchData, SearchDoc, Sign } from '../handbook-data';
import { buildSearchIndex } from './build-index';
import { SearchEngine } from './search-engine';

/**
 * Queries as worried people type them (misspelled, lower case, no punctuation, UK and US words),
 * each with the warning sign of `content/warning-signs.yml` whose action card search must show
 * (among its three at most), over the real handbook's signs and index.
 */
export const SIGN_QUERIES: [query: string, signId: string][] = [
  ['cant feel when i wipe', 'wipe-numbness'],
  ['numb when i wipe my bum', 'wipe-numbness'],
  ['toilet paper feels different when wiping', 'wipe-numbness'],
  ['numb bum', 'saddle-numbness'],
  ['numbnes around my bottom', 'saddle-numbness'],
  ['tingling in my groin and back pain', 'saddle-numbness'],
  ['numb inner thighs', 'saddle-numbness'],
  ['cant feel my private parts', 'saddle-numbness'],
  ['cant pee', 'cannot-pee'],
  ['i cant wee', 'cannot-pee'],
  ['cannot urinate back pain', 'cannot-pee'],
  ['trouble peeing', 'cannot-pee'],
  ['cant feel when i pee', 'cannot-feel-pee'],
  ['wet myself', 'leaking-pee-or-poo'],
  ['pooed myself back pain', 'leaking-pee-or-poo'],
  ['leaking pee', 'leaking-pee-or-poo'],
  ['incontinance', 'leaking-pee-or-poo'],
  ['cant control my bladder', 'leaking-pee-or-poo'],
  ['sciatica in both legs', 'both-legs-pain'],
  ['pain down both my legs', 'both-legs-pain'],
  ['both legs numb', 'both-legs-numb-weak'],
  ['cant feel my legs', 'both-legs-numb-weak'],
  ['legs giving way', 'both-legs-numb-weak'],
  ['chest pain', 'chest-pain-or-breathless'],
  ['cant breathe properly', 'chest-pain-or-breathless'],
  ['short of breath and back pain', 'chest-pain-or-breathless'],
  ['back pain after car accident', 'serious-accident'],
  ['car crash back hurts', 'serious-accident'],
  ['sudden back pain and fainting', 'sudden-belly-back-pain-collapse'],
  ['confused and feverish', 'sepsis-confused'],
  ['blue lips', 'sepsis-skin'],
  ['rash that doesnt fade', 'sepsis-skin'],
  ['heavy bleeding pregnant', 'heavy-bleeding-pregnant'],
  ['bleeding soaking a pad every hour', 'heavy-bleeding-pregnant'],
  ['passing big clots', 'heavy-bleeding-pregnant'],
  ['sharp pain in tummy early pregnancy', 'sudden-severe-belly-pain-early'],
  ['feel faint pregnant', 'dizzy-faint-pale-pregnant'],
  ['passed out', 'dizzy-faint-pale-pregnant'],
  ['heavy bleeding after giving birth', 'heavy-bleeding-after-birth'],
  ['baby not moving', 'baby-moving-less'],
  ['babys moving less', 'baby-moving-less'],
  ['cant feel baby kicking', 'baby-moving-less'],
  ['waters broke 33 weeks', 'waters-breaking'],
  ['my water broke', 'waters-breaking'],
  ['bleeding at 30 weeks pregnant', 'later-bleeding'],
  ['contractions at 32 weeks', 'regular-tightenings-preterm'],
  ['premature labor', 'regular-tightenings-preterm'],
  ['pelvic pressure 34 weeks', 'preterm-backache-pressure'],
  ['watery discharge', 'discharge-change-preterm'],
  ['hard bump', 'constant-belly-pain-hard-bump'],
  ['fever while pregnant', 'fever-pregnant'],
  ['high temperature pregnant', 'fever-pregnant'],
  ['bad headache pregnant', 'severe-headache-pregnant'],
  ['blurry vision pregnant', 'vision-changes-pregnant'],
  ['swollen face pregnant', 'sudden-swelling-pregnant'],
  ['pain under my ribs pregnant', 'pain-below-ribs-pregnant'],
  ['back pain and fever', 'fever-back-or-side-pain'],
  ['burning when i pee', 'side-pain-burning-pee'],
  ['kidney stone pain', 'kidney-stone-pain'],
  ['losing weight for no reason', 'weight-loss'],
  ['lump on my spine', 'back-swelling-or-shape'],
  ['back pain worse at night', 'night-pain'],
  ['hurts when i cough', 'pain-worse-cough-sneeze-poo'],
  ['pain between shoulder blades', 'pain-between-shoulder-blades'],
  ['foot drop', 'one-leg-weakness-worsening'],
  ['swollen red calf', 'swollen-red-leg'],
  ['spotting at 6 weeks', 'early-bleeding'],
  ['shoulder tip pain', 'shoulder-tip-pain'],
  ['vomiting everything pregnant', 'severe-vomiting-pregnant'],
  ['back pain not going away', 'not-better-few-weeks'],
  ['pins and needles in my foot', 'leg-pain-below-knee-or-one-leg-numb'],
  ['numb leg', 'leg-pain-below-knee-or-one-leg-numb'],
  ['throbbing in my belly', 'belly-pulsing'],
  ['spd pregnant', 'pelvic-pain-hard-to-walk'],
  ['constipated pregnant', 'constipation-not-better'],
  ['severe back pain', 'very-bad-or-worse'],
];

/** Ordinary questions about back cramps and pregnancy: none of them may show an action card. */
export const ORDINARY_QUERIES: string[] = [
  'back pain',
  'lower back cramps',
  'back spasm',
  'what is a back cramp',
  'lumbago',
  'sciatica',
  'slipped disc',
  'stretches for lower back',
  'hot water bottle',
  'heat or ice',
  'ibuprofen for back pain',
  'paracetamol when pregnant',
  'tylenol pregnant',
  'can i take ibuprofen while pregnant',
  'muscle relaxers',
  'braxton hicks',
  'round ligament pain',
  'pulled muscle lifting',
  'put my back out',
  'how long to heal',
  'physio',
  'safe lifting',
  'print a handout',
  'report a mistake',
  'who wrote this',
  'magnesium supplements',
  'implantation cramps',
  'cramps in early pregnancy',
  'good posture at work',
  'sleeping position pregnant',
  'pregnancy pillow',
  'exercise in pregnancy',
  'yoga for back pain',
  'massage',
  'sitting at a desk all day',
  'best mattress for back pain',
  'what causes back cramps',
  'dehydration cramps',
  'leg cramps at night',
  'glossary',
  'what does spondylolisthesis mean',
  'how common is back pain',
  'is back pain normal in pregnancy',
  'back ache in early pregnancy',
  'walking helps my back',
  'back pain at 20 weeks pregnant',
  'making sense of my scan results',
];

let engine: SearchEngine;
let signIds: Set<string>;

/** The content build is Node code and src/shared is also type-checked for the browser: import it by path. */
const CONTENT_BUILD = '../../build/content/build-handbook.ts';
type Built =
  { ok: false } | { ok: true; searchDocs: SearchDoc[]; synonyms: string[][]; handbook: { signs: Sign[] } };

// The real pipeline: the handbook's signs and index, as the content build writes them for the reader.
beforeAll(async () => {
  const { buildHandbook } = (await import(/* @vite-ignore */ CONTENT_BUILD)) as {
    buildHandbook: (dir: string) => Promise<Built>;
  };
  const built = await buildHandbook('content');
  if (!built.ok) throw new Error('the content build failed; fix content/ first');
  const { searchDocs, synonyms, handbook } = built;
  const index = buildSearchIndex(searchDocs);
  const data: SearchData = { docs: searchDocs, index, synonyms, signs: handbook.signs };
  engine = SearchEngine.fromData(JSON.parse(JSON.stringify(data)) as SearchData, (error) => {
    throw error;
  });
  signIds = new Set(handbook.signs.map((s) => s.id));
}, 120_000);

const cards = (query: string): string[] => engine.search(query, { limit: 1 }).signs.map((s) => s.id);

describe('warning signs as worried people type them', () => {
  it('has enough cases, each naming a real sign', () => {
    expect(SIGN_QUERIES.length).toBeGreaterThanOrEqual(60);
    expect(ORDINARY_QUERIES.length).toBeGreaterThanOrEqual(40);
    expect(SIGN_QUERIES.filter(([, id]) => !signIds.has(id))).toEqual([]);
  });

  it.each(SIGN_QUERIES)('%s → %s', (query, id) => {
    expect(cards(query)).toContain(id);
  });

  it.each(ORDINARY_QUERIES)('%s → no card', (query) => {
    expect(cards(query)).toEqual([]);
  });
});
