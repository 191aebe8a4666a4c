import { canonicalQuery, ifNoneMatchMatches, strongEtag } from './http-cache';

describe('strongEtag', () => {
  it('is a quoted strong tag that changes when any marker changes', () => {
    const a = strongEtag(['doc1', new Date('2026-01-01T00:00:00Z'), 3]);
    expect(a).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(strongEtag(['doc1', new Date('2026-01-01T00:00:00Z'), 3])).toBe(a);
    expect(strongEtag(['doc1', new Date('2026-01-01T00:00:01Z'), 3])).not.toBe(a);
    expect(strongEtag(['doc1', new Date('2026-01-01T00:00:00Z'), 4])).not.toBe(a);
    // Parts are delimited: moving a character between parts changes the tag.
    expect(strongEtag(['ab', 'c'])).not.toBe(strongEtag(['a', 'bc']));
  });
});

describe('ifNoneMatchMatches', () => {
  const tag = '"abc"';
  it('matches exact, listed, weak-prefixed and * values', () => {
    expect(ifNoneMatchMatches('"abc"', tag)).toBe(true);
    expect(ifNoneMatchMatches('"x", "abc"', tag)).toBe(true);
    expect(ifNoneMatchMatches('W/"abc"', tag)).toBe(true);
    expect(ifNoneMatchMatches('*', tag)).toBe(true);
  });
  it('does not match other or missing values', () => {
    expect(ifNoneMatchMatches(undefined, tag)).toBe(false);
    expect(ifNoneMatchMatches('', tag)).toBe(false);
    expect(ifNoneMatchMatches('"abcd"', tag)).toBe(false);
    expect(ifNoneMatchMatches('abc', tag)).toBe(false);
  });
});

describe('canonicalQuery', () => {
  it('orders parameters so equivalent queries share a tag', () => {
    expect(canonicalQuery('b=2&a=1')).toBe(canonicalQuery('a=1&b=2'));
    expect(canonicalQuery('')).toBe('');
    expect(canonicalQuery('a=1')).not.toBe(canonicalQuery('a=2'));
  });
});
