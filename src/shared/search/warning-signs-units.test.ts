import { describe, expect, it } from 'vitest';
import { stem, tokenise } from './normalise';
import { Synonyms } from './synonyms';
import { phrasingUnits, toUnits, type Unit } from './warning-signs-units';

/** No typo correction: each word stands for its stem. */
const own = (word: string): string[] => [stem(word)];
const NO_SYNONYMS = new Synonyms([]);

/** Groups in the shape of `content/synonyms.yml`; a unit of group n has the id and key `≈n`. */
const SYNONYMS = new Synonyms([
  ['numb', 'numbness', 'cant feel'], // ≈0: a phrase that means a specific word
  ['wee', 'pee'], // ≈1
  ['cant pee', 'cannot pee'], // ≈2: a longer phrase over a word of ≈1
  ['cramp', 'seized up'], // ≈3: a phrase whose group's own word says where, not what
  ['bad back', 'lower back pain'], // ≈4: phrases only, of context and weak words
  ['pins and needles', 'tingling'], // ≈5
  ['leg weakness'], // ≈6: half its words specific
  ['sore', 'tender', 'inflamed'], // ≈7: a context word among specific ones
  ['severe', 'bad'], // ≈8: weak words only
  ['premature labour', 'preterm labour'], // ≈9
]);

/** Each unit as `id:weight:{keys}`, easy to read in a failure. */
function units(
  text: string,
  options: { query?: boolean; stopWords?: boolean } = {},
  synonyms = SYNONYMS,
): string[] {
  return show(toUnits(tokenise(text), own, synonyms, options));
}
const show = (list: Unit[]): string[] => list.map((u) => `${u.id}:${u.weight}:{${[...u.keys].join(',')}}`);
const weightOf = (word: string): string | undefined => toUnits([word], own, NO_SYNONYMS)[0]?.weight;

describe('how much a word says about what is wrong', () => {
  it.each([
    'back',
    'lower',
    'leg',
    'belly',
    'pain',
    'aching',
    'sore',
    'cramps',
    'spasm',
    'muscle',
    'feeling',
    'pregnant',
    'baby',
    'weeks',
    'days',
    'months',
  ])('"%s" says only where, who or when (context)', (word) => expect(weightOf(word)).toBe('context'));

  it.each(['severe', 'worse', 'sudden', 'sharp', 'new', 'going', 'away', 'stops', 'making', 'taking'])(
    '"%s" says how much or how long (weak)',
    (word) => expect(weightOf(word)).toBe('weak'),
  );

  it.each(['numbness', 'bleeding', 'fever', 'wipe', 'b12', '2nd'])(
    '"%s" says what is wrong (specific)',
    (word) => expect(weightOf(word)).toBe('specific'),
  );

  it('takes a number alone as when (context)', () => {
    expect(weightOf('33')).toBe('context');
    expect(weightOf('6')).toBe('context');
  });

  it('counts a word as context or weak only when every word it may stand for is', () => {
    // A typo such as "bak" may be "back" (context) or "bake": it might say what is wrong.
    const either = (stems: string[]): string | undefined =>
      toUnits(['bak'], () => stems, NO_SYNONYMS)[0]?.weight;
    expect(either(['back', 'bake'])).toBe('specific');
    expect(either(['back', 'leg'])).toBe('context');
    expect(either(['bad', 'bake'])).toBe('specific');
    expect(either(['bad', 'sever'])).toBe('weak');
  });
});

describe('toUnits', () => {
  it('makes every word for "not" one and the same unit, kept although a stop word', () => {
    const words = 'no not cannot cant couldnt unable dont doesnt didnt wont isnt never without'.split(' ');
    for (const word of words)
      expect(units(`${word} pee`, {}, NO_SYNONYMS)).toEqual(['¬:context:{¬}', 'pee:specific:{pee}']);
    expect(units("can't pee", {}, NO_SYNONYMS)).toEqual(units('unable to pee', {}, NO_SYNONYMS));
  });

  it('drops stop words from a sign, keeps them (weak) in a query or when asked', () => {
    expect(units('the numb', {}, NO_SYNONYMS)).toEqual(['numb:specific:{numb}']);
    expect(units('the numb', { query: true }, NO_SYNONYMS)).toEqual([
      'the:weak:{the}',
      'numb:specific:{numb}',
    ]);
    expect(units('the numb', { stopWords: true }, NO_SYNONYMS)).toEqual([
      'the:weak:{the}',
      'numb:specific:{numb}',
    ]);
    expect(units('the numb', { query: true, stopWords: false }, NO_SYNONYMS)).toEqual([
      'numb:specific:{numb}',
    ]);
  });

  it('gives a one-word synonym its group key beside its own stem', () => {
    expect(units('pee', { query: true })).toEqual(['≈1:specific:{pee,≈1}']);
    expect(units('pee')).toEqual(['≈1:specific:{pee,≈1}']);
  });

  it('counts a phrase in a query by its group alone ("can\'t feel" is not "feel" and "not")', () => {
    expect(units('cant feel', { query: true })).toEqual(['≈0:specific:{≈0}', '≈0:specific:{≈0}']);
    expect(units('my legs cant feel', { query: true })).toEqual([
      'my:weak:{my}',
      'leg:context:{leg}',
      '≈0:specific:{≈0}',
      '≈0:specific:{≈0}',
    ]);
  });

  it('keeps the own stems of a phrase in a sign ("premature labour" is also "premature")', () => {
    expect(units('cant feel')).toEqual(['≈0:specific:{¬,≈0}', '≈0:specific:{feel,≈0}']);
    expect(units('premature labour')).toEqual(['≈9:specific:{prematur,≈9}', '≈9:specific:{labour,≈9}']);
  });

  it('takes the longest phrase first: "can\'t pee" is not "pee" alone', () => {
    expect(units('i cant pee', { query: true })).toEqual([
      'i:weak:{i}',
      '≈2:specific:{≈2}',
      '≈2:specific:{≈2}',
    ]);
    expect(units('i cant pee')).toEqual(['≈2:specific:{¬,≈2}', '≈2:specific:{pee,≈2}']);
  });

  it('finds phrases across stop words, which a sign then drops', () => {
    expect(units('pins and needles in my legs')).toEqual([
      '≈5:specific:{pin,≈5}',
      '≈5:specific:{needl,≈5}',
      'leg:context:{leg}',
    ]);
  });

  it('weighs a group by its own one-word members, else by all its words', () => {
    // "seized up" means "cramp": where it hurts, not what is wrong.
    expect(units('seized up')).toEqual(['≈3:context:{seiz,≈3}', '≈3:context:{up,≈3}']);
    // Phrases only, of context and weak words.
    expect(units('bad back')).toEqual(['≈4:context:{bad,≈4}', '≈4:context:{back,≈4}']);
    // Half the words specific is enough.
    expect(units('leg weakness')).toEqual(['≈6:specific:{leg,≈6}', '≈6:specific:{weak,≈6}']);
    // A word takes its group's weight: "sore" beside "tender" and "inflamed" says what is wrong.
    expect(units('sore')).toEqual(['≈7:specific:{sore,≈7}']);
    // A one-word group of weak words leaves the word as it is.
    expect(units('severe')).toEqual(['≈8:weak:{sever,≈8}']);
  });

  it('takes the longest phrase first whatever the order of the groups', () => {
    const phraseFirst = new Synonyms([
      ['cant pee', 'cannot pee'],
      ['wee', 'pee'],
    ]);
    expect(units('cant pee', { query: true }, phraseFirst)).toEqual(['≈0:specific:{≈0}', '≈0:specific:{≈0}']);
  });

  it('weighs a group of phrases by the words typed too, not by the rest of the query', () => {
    // Made up: two specific words typed, two context words in the other phrase: half, so specific.
    const half = new Synonyms([['numb weak', 'back pain']]);
    expect(units('back numb weak', {}, half)).toEqual([
      'back:context:{back}',
      '≈0:specific:{numb,≈0}',
      '≈0:specific:{weak,≈0}',
    ]);
  });

  it('leaves the stop words of a phrase out of its weight ("in the" says nothing)', () => {
    const where = new Synonyms([['pain in the back']]);
    expect(units('pain in the back', {}, where)).toEqual(['≈0:context:{pain,≈0}', '≈0:context:{back,≈0}']);
  });

  it('counts a word in two groups as the first', () => {
    const two = new Synonyms([
      ['numb', 'numbness'],
      ['numb', 'dead'],
    ]);
    expect(units('numb', {}, two)).toEqual(['≈0:specific:{numb,≈0,≈1}']);
  });
});

describe('phrasingUnits', () => {
  it('keeps the stop words of a phrasing that would otherwise be one word', () => {
    expect(show(phrasingUnits('off work', own, SYNONYMS))).toEqual([
      'off:weak:{off}',
      'work:specific:{work}',
    ]);
  });

  it('drops them when two words are left, and from a one-word phrasing', () => {
    expect(show(phrasingUnits('numb in my bum', own, SYNONYMS))).toEqual([
      '≈0:specific:{numb,≈0}',
      'bum:context:{bum}',
    ]);
    expect(show(phrasingUnits('the', own, SYNONYMS))).toEqual([]);
    expect(show(phrasingUnits('numb', own, SYNONYMS))).toEqual(['≈0:specific:{numb,≈0}']);
  });
});
