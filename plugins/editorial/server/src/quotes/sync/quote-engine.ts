/** The quote engine as the sync sees it (server/src/quotes/engine). */
export { extractQuotes, normaliseQuoteText, sourceKey } from '../engine';
export type { ExtractedQuote as EngineQuote, QuoteSource as EngineSource } from '../engine';
