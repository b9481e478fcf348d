import { describe, expect, it } from 'vitest';
import type { SearchData, TierId } from '../handbook-data';
import { buildSearchIndex } from './build-index';
import { FIXTURE_DOCS } from '../../../test/fixtures/search/fixture-docs';
import { SearchEngine } from './search-engine';
import { Synonyms } from './synonyms';
import { WarningSignMatcher, type MatchableSign } from './warning-signs-match';

/** A few signs in the content data's shape (`content/warning-signs.yml`). */
const SIGNS: MatchableSign[] = [
  {
    id: 'saddle-numbness',
    text: 'You have numbness or tingling around your bottom, genitals or inner thighs.',
    html: 'You have numbness or tingling around your bottom, <a class="term">genitals</a> or inner thighs.',
    tier: 'emergency',
    phrasings: ['numb bum', 'cant feel my bum'],
  },
  {
    id: 'wipe-numbness',
    text: 'You cannot feel the toilet paper when you wipe.',
    tier: 'emergency',
    phrasings: [],
  },
  {
    id: 'cannot-pee',
    text: 'You suddenly cannot pee, or find it hard to start.',
    tier: 'emergency',
    phrasings: ['unable to wee', 'cant pee'],
  },
  {
    id: 'pee-burning',
    text: 'You have back pain and it burns or stings when you pee.',
    tier: 'urgent',
    phrasings: ['water infection'],
  },
  {
    id: 'waters-break-early',
    text: 'Your waters break before 37 weeks.',
    tier: 'maternity',
    phrasings: ['waters broke', 'leaking fluid'],
  },
  { id: 'pain-weeks', text: 'Your back pain is not better after 6 weeks.', tier: 'see-doctor' },
];

/** A few of `content/synonyms.yml`'s groups. */
const SYNONYMS = new Synonyms([
  ['numb', 'numbness', 'no feeling', 'cant feel', 'cannot feel'],
  ['wee', 'pee', 'urine'],
  ['cant pee', 'cannot pee', 'cant wee'],
  ['waters broke', 'water broke', 'waters breaking'],
  ['lumbago', 'lower back pain', 'bad back'],
]);
/**
 * Each test builds its own matcher: built once at import, a mutant that breaks building would fail
 * the file's import rather than a test, and one that only changes a later test's answer would be
 * run against the first test only (mutation testing tracks which tests run which code).
 */
const matcherOf = (signs: MatchableSign[] = SIGNS, synonyms = SYNONYMS): WarningSignMatcher =>
  new WarningSignMatcher(signs, synonyms);
const ids = (q: string, signs?: MatchableSign[], synonyms?: Synonyms): string[] =>
  matcherOf(signs, synonyms)
    .match(q)
    .map((m) => m.id);

describe('WarningSignMatcher', () => {
  it('finds a sign by its phrasings and its own wording, in any order, with typos and plurals', () => {
    expect(ids('numb bum')).toEqual(['saddle-numbness']);
    expect(ids('bum numb')).toEqual(['saddle-numbness']);
    expect(ids('numbnes around my bottom')).toEqual(['saddle-numbness']);
    expect(ids('cant feel when i wipe')).toContain('wipe-numbness');
    expect(ids('waters broke 33 weeks')).toEqual(['waters-break-early']);
    expect(ids('my water broke')).toEqual(['waters-break-early']);
  });

  it('keeps "not": burning when you pee is not being unable to pee', () => {
    expect(ids('burning when i pee')).toEqual(['pee-burning']);
    expect(ids('cannot pee')).toEqual(['cannot-pee']);
    expect(ids("can't wee")).toEqual(['cannot-pee']);
  });

  it('shows no sign for a query that only says where it hurts', () => {
    for (const q of ['back pain', 'lower back cramps', 'bad back pain in pregnancy', 'bum', ''])
      expect(ids(q)).toEqual([]);
  });

  it('puts the most urgent first, at most three', () => {
    const many = ids('numb bum cant pee burning when i pee waters broke');
    expect(many).toEqual(['saddle-numbness', 'cannot-pee', 'waters-break-early']);
  });

  it('returns the tier and the wording as written', () => {
    expect(matcherOf().match('numb bum')[0]).toEqual({
      id: 'saddle-numbness',
      tier: 'emergency',
      text: SIGNS[0]!.text,
      html: SIGNS[0]!.html,
    });
  });

  it('corrects a typo towards the signs, unless the handbook knows the word as typed', () => {
    expect(ids('tingling thigs')).toEqual(['saddle-numbness']);
    const knowsThigs = new WarningSignMatcher(SIGNS, SYNONYMS, (term) => term === 'thig');
    expect(knowsThigs.match('tingling thigs')).toEqual([]);
  });
});

describe('SearchEngine with warning signs', () => {
  const data = (): SearchData => ({
    docs: FIXTURE_DOCS,
    index: buildSearchIndex(FIXTURE_DOCS),
    // Whole signs, as the content build writes them.
    signs: SIGNS.map((s) => ({ html: s.text, audience: 'everyone', phrasings: [], ...s })),
  });

  it('answers the signs beside the results, and none for an ordinary query', () => {
    const engine = SearchEngine.fromData(JSON.parse(JSON.stringify(data())) as SearchData, (e) => {
      throw e;
    });
    const response = engine.search('waters broke 33 weeks');
    expect(response.signs.map((s) => [s.id, s.tier])).toEqual([['waters-break-early', 'maternity']]);
    expect(engine.search('back pain').signs).toEqual([]);
  });

  it('matches nothing when the data has no signs', () => {
    const plain = SearchEngine.fromData({ docs: FIXTURE_DOCS, index: data().index });
    expect(plain.search('numb bum').signs).toEqual([]);
  });
});

/** Made-up signs, one rule each. */
const sign = (
  id: string,
  text: string,
  tier: TierId = 'urgent',
  more: Partial<MatchableSign> = {},
): MatchableSign => ({
  id,
  text,
  tier,
  ...more,
});
const NONE = new Synonyms([]);

describe('when the wording alone describes a sign', () => {
  const COUGH = [sign('cough', 'Pain worse when you cough, sneeze or poo.')];

  it('takes two of its specific words', () => {
    expect(ids('cough sneeze', COUGH, NONE)).toEqual(['cough']);
  });

  it('takes its only specific word in the query with another word of the sign', () => {
    expect(ids('cough pain', COUGH, NONE)).toEqual(['cough']);
    expect(ids('cough', COUGH, NONE)).toEqual([]);
    // A context word the signs never use does not get in the way.
    expect(ids('pain in my legs when i cough', COUGH, NONE)).toEqual(['cough']);
  });

  it('not when the query says something else too, even in a short word it does not know', () => {
    expect(ids('cough walking pain', COUGH, NONE)).toEqual([]);
    expect(ids('flu cough pain', COUGH, NONE)).toEqual([]);
  });

  it('takes one specific word only for a sign of at most five specific things', () => {
    const signs = [
      // "sweats … sweating" is one thing: five.
      sign('five', 'Fever, chills, sweats, rash, vomiting and sweating with back pain.'),
      sign('six', 'Fever, chills, sweats, rash, vomiting and confusion with back pain.'),
    ];
    expect(ids('rash and back pain', signs, NONE)).toEqual(['five']);
    expect(ids('rash and fever', signs, NONE)).toEqual(['five', 'six']);
  });

  it('adds the sign\'s audience to its wording ("spotting at 6 weeks" is spotting in pregnancy)', () => {
    const signs = [
      sign('early', 'Spotting.', 'maternity', { audience: 'early-pregnancy' }),
      sign('later', 'Leaking.', 'maternity', { audience: 'later-pregnancy' }),
      sign('pregnant', 'Itching.', 'maternity', { audience: 'pregnant' }),
      sign('after', 'Clots.', 'urgent', { audience: 'after-birth' }),
      sign('everyone', 'Fainting.', 'urgent', { audience: 'everyone' }),
    ];
    expect(ids('spotting at 6 weeks', signs, NONE)).toEqual(['early']);
    expect(ids('leaking 30 weeks', signs, NONE)).toEqual(['later']);
    expect(ids('itching and pregnant', signs, NONE)).toEqual(['pregnant']);
    expect(ids('clots since the birth', signs, NONE)).toEqual(['after']);
    expect(ids('fainting at 6 weeks', signs, NONE)).toEqual([]);
  });
});

describe('phrasings', () => {
  it('never match on words that only say where it hurts', () => {
    const signs = [sign('walk', 'You cannot walk.', 'urgent', { phrasings: ['back pain', 'legs gave way'] })];
    expect(ids('back pain', signs, NONE)).toEqual([]);
    expect(ids('my legs gave way', signs, NONE)).toEqual(['walk']);
  });

  it('may need the small words of the query ("off work")', () => {
    const signs = [
      sign('job', 'Your back pain stops you doing your job.', 'see-doctor', { phrasings: ['off work'] }),
    ];
    expect(ids('off work', signs, NONE)).toEqual(['job']);
    expect(ids('work', signs, NONE)).toEqual([]);
  });
});

describe('which three, in which order', () => {
  it('puts the sign the query covers more of first within a tier, then the order of the list', () => {
    const signs = [
      sign('long', 'Numb toes, tingling fingers and ringing ears.'),
      sign('short', 'Numb toes.'),
      sign('same-a', 'Pale feet.'),
      sign('same-b', 'Feet pale.'),
    ];
    expect(ids('numb toes', signs, NONE)).toEqual(['short', 'long']);
    expect(ids('pale feet', signs, NONE)).toEqual(['same-a', 'same-b']);
  });

  it('ranks a sign of an unknown tier after the known ones', () => {
    // Search data is read at run time: a damaged or older file may name a tier this reader lacks.
    const signs = [sign('odd', 'Numb toes.', 'someday' as TierId), sign('late', 'Numb toes.', 'see-doctor')];
    expect(ids('numb toes', signs, NONE)).toEqual(['late', 'odd']);
  });

  it('keeps a sign the person described in its own words among the three, shown in urgency order', () => {
    const signs = [
      sign('a', 'Numb toes.', 'emergency'),
      sign('b', 'Numb toes and feet.', 'emergency'),
      sign('c', 'Numb toes and heels.', 'maternity'),
      sign('d', 'Tingling.', 'see-doctor', { phrasings: ['numb toes'] }),
    ];
    expect(ids('numb toes', signs, NONE)).toEqual(['a', 'b', 'd']);
  });

  it('shows equally good signs in the order of the list, one found by a phrasing included', () => {
    const signs = [
      sign('first', 'Numb toes.'),
      sign('second', 'Toes numb.', 'urgent', { phrasings: ['numb toes'] }),
      sign('third', 'Numb, toes.'),
    ];
    expect(ids('numb toes', signs, NONE)).toEqual(['first', 'second', 'third']);
  });

  it('gives an empty html for a sign without one', () => {
    expect(matcherOf([sign('plain', 'Numb toes.')], NONE).match('numb toes')).toEqual([
      { id: 'plain', tier: 'urgent', text: 'Numb toes.', html: '' },
    ]);
  });

  it('reads only the first 256 characters of a query', () => {
    const signs = [sign('toes', 'Numb toes.')];
    expect(ids(`numb toes ${'x '.repeat(200)}`, signs, NONE)).toEqual(['toes']);
    expect(ids(`${'x '.repeat(200)}numb toes`, signs, NONE)).toEqual([]);
  });
});

describe("typo correction towards the signs' words", () => {
  const signs = [
    sign('tingling', 'Pale feet.', 'urgent', { phrasings: ['tingling'] }),
    sign('tinkling', 'Ringing ears.', 'see-doctor', { phrasings: ['tinkling'] }),
  ];

  it('takes the closest word only', () => {
    expect(ids('tinglinq', signs, NONE)).toEqual(['tingling']);
    expect(ids('tinklinq', signs, NONE)).toEqual(['tinkling']);
  });

  it('takes every word equally close', () => {
    expect(ids('tinjling', signs, NONE)).toEqual(['tingling', 'tinkling']);
  });

  it('allows two typos in a word of eight letters, one in a word of four', () => {
    expect(ids('tinglxnq', signs, NONE)).toEqual(['tingling']);
    expect(ids('pale fext', signs, NONE)).toEqual(['tingling']);
  });

  it('allows no typo in a word of three letters', () => {
    expect(ids('pal feet', signs, NONE)).toEqual([]);
    expect(ids('pale feet', signs, NONE)).toEqual(['tingling']);
  });
});
