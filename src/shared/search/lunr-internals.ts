import lunr from 'lunr';

/**
 * Typed access to the lunr 2.3 internals we rely on but @types/lunr leaves out. Kept in one place
 * so an upgrade has one file to check.
 */
interface TokenSetStatic {
  fromArray(sortedWords: string[]): lunr.TokenSet;
}

export interface IndexInternals {
  invertedIndex: Record<string, Record<string, Record<string, object> | number>>;
  tokenSet: lunr.TokenSet;
  fields: string[];
  /** `field/ref` → that field's vector: [term number, BM25 weight, ...] sorted by term number. */
  fieldVectors: Record<string, { elements: number[] }>;
}

export const TokenSet = lunr.TokenSet as unknown as TokenSetStatic;

export function internals(index: lunr.Index): IndexInternals {
  return index as unknown as IndexInternals;
}
