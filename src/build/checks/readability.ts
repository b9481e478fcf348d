import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export interface Readability {
  words: number;
  sentences: number;
  grade: number;
}

/**
 * Flesch–Kincaid grade of plain text. A sentence ends only at `.`, `!` or `?`, the strictest
 * reading: headings and list items without a full stop count as part of the next sentence.
 */
export function readability(text: string): Readability {
  const words = text.match(/[A-Za-z0-9\u00C0-\u024F]+(?:['’][A-Za-z]+)*/g) ?? [];
  const sentences = Math.max(1, (text.match(/[.!?]+(?=\s|$)/g) ?? []).length);
  const syllables = words.reduce((sum, word) => sum + syllable(word), 0);
  const grade = words.length
    ? fleschKincaid({ sentence: sentences, word: words.length, syllable: syllables })
    : 0;
  return { words: words.length, sentences, grade };
}
