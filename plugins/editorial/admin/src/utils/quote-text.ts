/** Quotation marks around a whole quote (straight, curly, guillemets, low-9). */
const EDGE_MARKS = /^[\s"“”„‟«»‹›'‘’‚]+|[\s"“”„‟«»‹›'‘’‚]+$/g;

/** A quote's text without the marks around it, so that the page adds them once (no ““…””). */
export const plainQuote = (text: string) => text.replace(EDGE_MARKS, '');
