import { highlightSegments } from './highlight';

describe('highlightSegments', () => {
  it('returns the whole text unmarked when no reason has spans', () => {
    expect(highlightSegments('Nice piece.', [{ rule: 'links', spans: [] }])).toEqual([
      { text: 'Nice piece.', start: 0, rules: [] },
    ]);
    expect(highlightSegments('', [])).toEqual([]);
  });

  it('marks the spans of each reason with its rule', () => {
    const text = 'You idiot, buy pills at spam.example';
    const segs = highlightSegments(text, [
      { rule: 'insult', spans: [{ start: 4, end: 9 }] },
      { rule: 'links', spans: [{ start: 24, end: 36 }] },
    ]);
    expect(segs.map((s) => [s.text, s.rules])).toEqual([
      ['You ', []],
      ['idiot', ['insult']],
      [', buy pills at ', []],
      ['spam.example', ['links']],
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });

  it('splits overlapping spans of two rules into segments carrying both', () => {
    const segs = highlightSegments('abcdefgh', [
      { rule: 'a', spans: [{ start: 1, end: 5 }] },
      { rule: 'b', spans: [{ start: 3, end: 7 }] },
    ]);
    expect(segs.map((s) => [s.text, s.rules])).toEqual([
      ['a', []],
      ['bc', ['a']],
      ['de', ['a', 'b']],
      ['fg', ['b']],
      ['h', []],
    ]);
  });

  it('clips spans past the end and ignores empty or inverted ones', () => {
    const segs = highlightSegments('short', [
      {
        rule: 'x',
        spans: [
          { start: 3, end: 99 },
          { start: 2, end: 2 },
          { start: 4, end: 1 },
        ],
      },
    ]);
    expect(segs.map((s) => [s.text, s.rules])).toEqual([
      ['sho', []],
      ['rt', ['x']],
    ]);
  });

  it('keeps markup-looking text as plain text', () => {
    const segs = highlightSegments('<b>hi</b>', [{ rule: 'x', spans: [{ start: 3, end: 5 }] }]);
    expect(segs.map((s) => s.text)).toEqual(['<b>', 'hi', '</b>']);
  });

  it('marks rule matches as evidence apart from the toxic spans (model-refined reasons)', () => {
    const text = 'You are a total idiot, frankly.';
    const segs = highlightSegments(text, [
      { rule: 'insult', spans: [{ start: 10, end: 21 }], matches: [{ start: 16, end: 21 }] },
      { rule: 'suspect-words', spans: [], matches: [{ start: 23, end: 30 }] },
    ]);
    expect(segs.map((s) => [s.text, s.rules, s.matchedBy ?? []])).toEqual([
      ['You are a ', [], []],
      ['total ', ['insult'], []],
      ['idiot', ['insult'], ['insult']],
      [', ', [], []],
      ['frankly', [], ['suspect-words']],
      ['.', [], []],
    ]);
  });
});
