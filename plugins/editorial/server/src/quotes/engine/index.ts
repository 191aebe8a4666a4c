/**
 * Quote extraction and attribution engine: pure TypeScript, no Strapi imports.
 * `extractQuotes(text)` returns every attributed quote with its speaker resolved to a source.
 */
export { extractQuotes } from './extract';
export type { ExtractedQuote, ExtractOptions, QuoteEvidence, QuoteType, TextSpan } from './extract';
export type { QuoteSource, SourceKind } from './entities';
export { normaliseQuoteText, sourceKey } from './normalise';
