/**
 * Word lists written as one string: `words('all just nothing but')` → `['all', 'just', 'nothing', 'but']`.
 * Split on any white space, so a long list may run over several lines of a template literal.
 */
export const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

/** The same list as a set, for membership tests. */
export const wordSet = (list: string): Set<string> => new Set(words(list));
