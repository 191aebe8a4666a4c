import { canonicalise, isInvisibleOnly } from './canonical';
import { moderateComment } from './moderate';
import { defaultModerationSettings } from './settings';

/** The original characters a canonical substring maps back to. */
const originalOf = (original: string, word: string): string => {
  const c = canonicalise(original);
  const at = c.text.indexOf(word);
  if (at < 0) throw new Error(`"${word}" not in canonical text ${JSON.stringify(c.text)}`);
  const span = c.toOriginal({ start: at, end: at + word.length });
  return original.slice(span.start, span.end);
};

const moderate = (text: string) => moderateComment({ text }, defaultModerationSettings);
// The words a rule matched (`matches` when the model refined the reported spans).
const spanTexts = (text: string, rule: string) => {
  const reason = moderate(text).reasons.find((r) => r.rule === rule);
  return (reason?.matches ?? reason?.spans ?? []).map((s) => text.slice(s.start, s.end));
};

describe('canonicalise', () => {
  it('leaves plain ASCII prose as it is, with an identity map', () => {
    const text = 'The council met on Tuesday; 3 of 5 members voted.';
    const c = canonicalise(text);
    expect(c.text).toBe(text);
    expect(c.toOriginal({ start: 4, end: 11 })).toEqual({ start: 4, end: 11 });
  });

  it.each([
    ['zero-width space', 'you c\u200Bunt', 'c\u200Bunt'],
    ['zero-width joiner and word joiner', 'you c\u200Du\u2060nt', 'c\u200Du\u2060nt'],
    ['soft hyphen', 'you cu\u00ADnt', 'cu\u00ADnt'],
    ['Cyrillic letter', 'you \u0441unt', '\u0441unt'],
    ['combining marks', 'you c\u0301u\u0308n\u0327t', 'c\u0301u\u0308n\u0327t'],
    ['fullwidth letters', 'you \uFF43\uFF55\uFF4E\uFF54', '\uFF43\uFF55\uFF4E\uFF54'],
    [
      'mathematical letters',
      'you \u{1D41C}\u{1D42E}\u{1D427}\u{1D42D}',
      '\u{1D41C}\u{1D42E}\u{1D427}\u{1D42D}',
    ],
    ['commas between letters', 'you c,u,n,t', 'c,u,n,t'],
    ['dots between letters', 'you c.u.n.t', 'c.u.n.t'],
    ['spaces between letters', 'you c u n t', 'c u n t'],
    ['dashes between letters', 'you c-u-n-t', 'c-u-n-t'],
  ])('reads %s as the word and maps it back', (_name, text, written) => {
    expect(canonicalise(text).text).toBe('you cunt');
    expect(originalOf(text, 'cunt')).toBe(written);
  });

  it('folds look-alikes from other scripts (Cyrillic es, Armenian seh and vo)', () => {
    expect(canonicalise('\u0441\u057D\u0578t').text).toBe('cunt');
  });

  it('reverses a right-to-left override run as it is displayed, and maps back to its letters', () => {
    const text = 'you \u202Etnuc\u202C ok';
    const c = canonicalise(text);
    expect(c.text).toBe('you cunt ok');
    expect(originalOf(text, 'cunt')).toBe('tnuc');
  });

  it('drops left-to-right overrides, embeddings and isolates without reordering', () => {
    const text = 'a \u202Dfoo\u202C \u2067bar\u2069 \u202Abaz\u202C \u200Equx';
    expect(canonicalise(text).text).toBe('a foo bar baz qux');
  });

  it('ends an override at the end of its paragraph', () => {
    expect(canonicalise('\u202Eba\nxy').text).toBe('ab\nxy');
  });

  it('keeps a list of single digits and ordinary two-letter runs as they are', () => {
    expect(canonicalise('Rooms 1, 2, 3 and plan B, C.').text).toBe('Rooms 1, 2, 3 and plan B, C.');
  });

  it('folds ligatures and keeps accented prose readable', () => {
    expect(canonicalise('ﬁne café').text).toBe('fine cafe');
  });
});

describe('isInvisibleOnly', () => {
  it.each([
    '\u200B',
    '\u200B\u200C\u200D\uFEFF',
    ' \u00AD \u2060 ',
    '\u202E\u202C',
    '\u3164',
    '\u0301\u200B',
  ])('is true for %j', (text) => {
    expect(isInvisibleOnly(text)).toBe(true);
  });
  it.each(['', 'a', '\u200Bx', '😀', '.'])('is false for %j', (text) => {
    expect(isInvisibleOnly(text)).toBe(false);
  });
});

describe('the rules read the canonical text and point at the original characters', () => {
  it.each([
    ['you c\u200Bunt', 'c\u200Bunt'],
    ['you cu\u00ADnt', 'cu\u00ADnt'],
    ['you \u0441unt', '\u0441unt'],
    ['you c\u0301u\u0308nt', 'c\u0301u\u0308nt'],
    ['you \uFF43\uFF55\uFF4E\uFF54', '\uFF43\uFF55\uFF4E\uFF54'],
    ['you \u{1D41C}\u{1D42E}\u{1D427}\u{1D42D}', '\u{1D41C}\u{1D42E}\u{1D427}\u{1D42D}'],
    ['you \u202Etnuc\u202C', 'tnuc'],
    ['you c,u,n,t', 'c,u,n,t'],
  ])('rejects %j with a span on the disguised word', (text, written) => {
    expect(moderate(text).decision).toBe('reject');
    expect(spanTexts(text, 'banned-words')).toEqual([written]);
  });

  it('flags disguised profanity through the profanity library too', () => {
    const text = 'what a load of \u0455h\u0456t';
    expect(moderate(text).decision).toBe('flag');
    expect(spanTexts(text, 'suspect-words')).toEqual(['\u0455h\u0456t']);
  });

  it('keeps spans exact after astral characters and emoji', () => {
    const text = '😀😀 𝐲𝐨𝐮 𝐢𝐝𝐢𝐨𝐭';
    expect(spanTexts(text, 'insult')).toEqual(['𝐢𝐝𝐢𝐨𝐭']);
  });
});
