/**
 * Helpers for matching quotes and sources across saves: an edited article keeps a quote's
 * identity when only whitespace, quotation-mark style or dash style changed.
 */
import type { QuoteSource } from './entities';

const QUOTE_MARKS = /[“”„‟«»「」『』〝〞〟"‹›]/g;
const SINGLE_MARKS = /[‘’‚‛`´]/g;
const DASHES = /[‐‑‒–—―]/g;

/**
 * Canonical form of a quote's text: NFKC, quotation marks removed, single quotes and
 * apostrophes as "'", dashes as "-", ellipses as "...", whitespace collapsed, lower case,
 * trailing punctuation inside the marks dropped.
 */
export function normaliseQuoteText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(QUOTE_MARKS, '')
    .replace(SINGLE_MARKS, "'")
    .replace(DASHES, '-')
    .replace(/…/g, '...')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s,;:.]+$/u, '')
    .replace(/^[\s,;:]+/u, '')
    .toLowerCase();
}

/**
 * Stable key for deduplicating sources: kind plus normalised name ("person:jo roe").
 * A leading "the" and titles' dots do not change the key.
 */
export function sourceKey(source: Pick<QuoteSource, 'name' | 'kind'>): string {
  const name = source.name
    .normalize('NFKC')
    .replace(SINGLE_MARKS, "'")
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^the /, '');
  return `${source.kind}:${name}`;
}
