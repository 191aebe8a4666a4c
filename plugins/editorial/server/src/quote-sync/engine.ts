/**
 * The quote engine as the sync sees it (server/src/quotes). The engine says "organization";
 * the content model says "organisation" (see sources.ts toModelKind).
 */
export { extractQuotes, normaliseQuoteText, sourceKey } from '../quotes';
export type { ExtractedQuote as EngineQuote, QuoteSource as EngineSource } from '../quotes';
