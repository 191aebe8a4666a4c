import { locateQuote, paragraphsOf } from './positions';

const body = 'First line here.\n\n"Hold the line," said Jo.\nSecond "Hold the line" again.';

describe('paragraphsOf', () => {
  it('splits at line breaks, a blank line counting once', () => {
    const p = paragraphsOf(body);
    expect(p.map((x) => body.slice(x.start, x.end))).toEqual([
      'First line here.',
      '"Hold the line," said Jo.',
      'Second "Hold the line" again.',
    ]);
  });
});

describe('locateQuote', () => {
  const check = (loc: { start: number | null; end: number | null }, text: string) =>
    expect(body.slice(loc.start!, loc.end!)).toBe(text);

  it('accepts absolute offsets', () => {
    const start = body.lastIndexOf('Hold the line');
    const loc = locateQuote(body, { text: 'Hold the line', paragraph: 2, start, end: start + 13 });
    expect(loc).toEqual({ paragraph: 2, start, end: start + 13 });
  });

  it('converts offsets within the paragraph', () => {
    const loc = locateQuote(body, { text: 'Hold the line', paragraph: 2, start: 8, end: 21 });
    check(loc, 'Hold the line');
    expect(loc.start).toBe(body.lastIndexOf('Hold the line'));
  });

  it('finds the text in its paragraph, then anywhere, when offsets are missing or stale', () => {
    const loc = locateQuote(body, { text: 'Hold the line', paragraph: 1, start: null, end: null });
    expect(loc.start).toBe(body.indexOf('Hold the line'));
    expect(loc.paragraph).toBe(1);
    const stale = locateQuote(body, { text: 'First line', paragraph: 7, start: 99, end: 109 });
    expect(stale).toEqual({ paragraph: 0, start: 0, end: 10 });
  });

  it('gives no offsets for text not in the body', () => {
    expect(locateQuote(body, { text: 'Not there', paragraph: 1, start: 3, end: 12 })).toEqual({
      paragraph: 1,
      start: null,
      end: null,
    });
    expect(locateQuote(null, { text: 'x', paragraph: 0, start: 0, end: 1 })).toEqual({
      paragraph: 0,
      start: null,
      end: null,
    });
  });
});
