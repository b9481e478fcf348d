import { describe, expect, it } from 'vitest';
import type { SearchData } from '../handbook-data';
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
const matcher = new WarningSignMatcher(SIGNS, SYNONYMS);
const ids = (q: string): string[] => matcher.match(q).map((m) => m.id);

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
    expect(matcher.match('numb bum')[0]).toEqual({
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
  const data = { docs: FIXTURE_DOCS, index: buildSearchIndex(FIXTURE_DOCS), signs: SIGNS };
  const engine = SearchEngine.fromData(JSON.parse(JSON.stringify(data)) as SearchData, (e) => {
    throw e;
  });

  it('answers the signs beside the results, and none for an ordinary query', () => {
    const response = engine.search('waters broke 33 weeks');
    expect(response.signs.map((s) => [s.id, s.tier])).toEqual([['waters-break-early', 'maternity']]);
    expect(engine.search('back pain').signs).toEqual([]);
  });

  it('matches nothing when the data has no signs', () => {
    const plain = SearchEngine.fromData({ docs: FIXTURE_DOCS, index: data.index });
    expect(plain.search('numb bum').signs).toEqual([]);
  });
});
