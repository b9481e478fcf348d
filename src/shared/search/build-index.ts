import lunr from 'lunr';
import type { SearchDoc } from '../handbook-data';
import { encodeIndex, type IndexFile, type SerializedLunrIndex } from './index-file';
import { tokenise } from './normalise';

/**
 * Field boosts: a word in the page title says far more about what the section is about than the
 * same word in its body. Keywords are the page's lay words and synonyms, chosen by the author.
 */
export const FIELD_BOOSTS = { title: 8, heading: 5, keywords: 3, body: 1 } as const;
export type SearchField = keyof typeof FIELD_BOOSTS;
export const SEARCH_FIELDS = Object.keys(FIELD_BOOSTS) as SearchField[];

/** Builds the raw lunr index. The text is tokenised by our normaliser, then stop-worded and stemmed. */
export function buildLunrIndex(docs: SearchDoc[]): lunr.Index {
  return lunr(function () {
    this.ref('id');
    // Our tokeniser already strips punctuation (lunr's trimmer only knows ASCII `\w`).
    this.pipeline.reset();
    this.pipeline.add(lunr.stopWordFilter, lunr.stemmer);
    for (const field of SEARCH_FIELDS) {
      this.field(field, {
        boost: FIELD_BOOSTS[field],
        extractor: (doc) => tokenise(String((doc as SearchDoc)[field] ?? '')),
      });
    }
    for (const doc of docs) this.add(doc);
  });
}

/** The index the content build writes into `content/search.json`, in the form the reader ranks with. */
export function buildSearchIndex(docs: SearchDoc[]): IndexFile {
  return encodeIndex(buildLunrIndex(docs).toJSON() as unknown as SerializedLunrIndex);
}
