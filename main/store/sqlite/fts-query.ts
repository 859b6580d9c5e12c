/**
 * Turns what the user typed in the search box into a safe FTS5 query:
 * folded like the index, split into words, each word quoted (so FTS5
 * operators and punctuation mean nothing), all words required, and the last
 * one matched as a prefix so results appear while typing.
 */
import { foldText } from '../../../common/text/fold';

/** Longest query we pass on, in words. */
const MAX_TOKENS = 12;

/** A prepared search: the FTS5 MATCH expression and the folded words. */
export interface FtsQuery {
  readonly match: string;
  readonly tokens: readonly string[];
}

/** Folded words of a query, in order. */
export function queryTokens(query: string): string[] {
  return foldText(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t !== '')
    .slice(0, MAX_TOKENS);
}

/** The FTS5 expression for a query, or null when it has no words. */
export function toFtsQuery(query: string): FtsQuery | null {
  const tokens = queryTokens(query);
  if (tokens.length === 0) return null;
  const parts = tokens.map((t, i) => (i === tokens.length - 1 ? `"${t}"*` : `"${t}"`));
  return { match: parts.join(' '), tokens };
}
