/**
 * The quote engine as the sync sees it (server/src/quotes/engine). The engine says "organization";
 * the content model says "organisation" (see sources.ts toModelKind).
 */
export { extractQuotes, normaliseQuoteText, sourceKey } from '../engine';
export type { ExtractedQuote as EngineQuote, QuoteSource as EngineSource } from '../engine';
