import { PayloadCache } from './payload-cache';

describe('PayloadCache', () => {
  it('returns what was stored under an ETag and evicts the least recently used', () => {
    const cache = new PayloadCache(() => 2);
    cache.set('"a"', '{"a":1}');
    cache.set('"b"', '{"b":1}');
    expect(cache.get('"a"')).toBe('{"a":1}'); // a is now the most recent
    cache.set('"c"', '{"c":1}');
    expect(cache.get('"b"')).toBeUndefined();
    expect(cache.get('"a"')).toBe('{"a":1}');
    expect(cache.get('"c"')).toBe('{"c":1}');
    expect(cache.size).toBe(2);
  });

  it('keeps total size under its byte limit and stores nothing when disabled', () => {
    const cache = new PayloadCache(() => 100, 100);
    cache.set('"big"', 'x'.repeat(30)); // over a quarter of the limit: not kept
    expect(cache.get('"big"')).toBeUndefined();
    for (let i = 0; i < 10; i++) cache.set(`"${i}"`, 'y'.repeat(20));
    expect(cache.size).toBe(5);
    const off = new PayloadCache(() => 0);
    off.set('"a"', '{}');
    expect(off.get('"a"')).toBeUndefined();
  });
});
