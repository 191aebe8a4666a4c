import { extractQuotes } from './index';
import { FIXTURES } from './fixtures';
import * as prand from 'pure-rand';

/** Deterministic numbers in [0, 1) from a seed (pure-rand's xoroshiro128+), so a run can be replayed. */
function prng(seed: number): () => number {
  const generator = prand.xoroshiro128plus(seed);
  return () => prand.unsafeUniformIntDistribution(0, 0xffffffff, generator) / 0x100000000;
}

const PIECES = [
  '“',
  '”',
  '"',
  '‘',
  '’',
  "'",
  '«',
  '»',
  '„',
  '「',
  '」',
  '『',
  '』',
  ',',
  '.',
  '?',
  '!',
  ':',
  ';',
  '—',
  '–',
  '―',
  '-',
  '(',
  ')',
  '\n',
  '\n\n',
  ' ',
  ' ',
  ' ',
  '  ',
  '\t',
  '…',
  'said',
  'says',
  'told',
  'added',
  'according to',
  'as saying',
  'quoted',
  'he',
  'she',
  'they',
  'it',
  'the',
  'a',
  'official',
  'officials',
  'Mr.',
  'Mrs.',
  'Dr.',
  'U.S.',
  'Jo',
  'Roe',
  'The Daily Ledger',
  'the paper',
  'the Ledger',
  'Ministry',
  'that',
  'and',
  'but',
  'saying',
  'adding',
  'x="y"',
  '=',
  'é',
  '🙂',
  '\u0301',
  '\ud83d',
  '\u00a0',
  '0',
  '42',
  'ALLCAPS',
  'WALLACE:',
  '’s',
  'citing',
];

function randomText(rand: () => number, length: number): string {
  let out = '';
  while (out.length < length) {
    const r = rand();
    if (r < 0.7) out += PIECES[Math.floor(rand() * PIECES.length)];
    else if (r < 0.9) out += ' ';
    else out += String.fromCharCode(32 + Math.floor(rand() * 0x2ff));
  }
  return out;
}

/** Checks the output contract: offsets slice the input to the reported texts. */
function checkContract(text: string): void {
  const quotes = extractQuotes(text);
  for (const q of quotes) {
    expect(q.start).toBeGreaterThanOrEqual(0);
    expect(q.end).toBeGreaterThan(q.start);
    expect(q.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(q.segments.length).toBeGreaterThan(0);
    for (const s of q.segments) {
      expect(s.start).toBeGreaterThanOrEqual(q.start);
      expect(s.end).toBeLessThanOrEqual(q.end);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
    for (const span of [q.speaker, q.cue]) if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
    expect(['direct', 'mixed', 'indirect']).toContain(q.type);
    expect(q.confidence).toBeGreaterThanOrEqual(0);
    expect(q.confidence).toBeLessThanOrEqual(1);
    if (q.source) expect(['person', 'organisation', 'outlet', 'anonymous']).toContain(q.source.kind);
  }
}

describe('fuzz: random and adversarial input', () => {
  it('never throws and keeps the offset contract on 400 random texts', () => {
    const rand = prng(20240611);
    for (let i = 0; i < 400; i++) {
      const text = randomText(rand, 1 + Math.floor(rand() * 600));
      try {
        checkContract(text);
      } catch (error) {
        throw new Error(`case ${i} failed on ${JSON.stringify(text)}: ${(error as Error).message}`);
      }
    }
  });

  it('keeps the contract on mutated fixture articles (marks dropped, doubled, swapped)', () => {
    const rand = prng(7);
    for (const fixture of FIXTURES) {
      for (let i = 0; i < 40; i++) {
        const chars = [...fixture.text];
        for (let k = 0; k < 12; k++) {
          const at = Math.floor(rand() * chars.length);
          const op = rand();
          if (op < 0.3) chars.splice(at, 1);
          else if (op < 0.6) chars.splice(at, 0, PIECES[Math.floor(rand() * 12)]);
          else if (op < 0.8) chars.splice(at, 0, '\n');
          else chars[at] = chars[at] === '“' ? '”' : '“';
        }
        checkContract(chars.join(''));
      }
    }
  });

  it('handles pathological shapes: unmatched marks, no sentence ends, long lines', () => {
    const cases = [
      '“'.repeat(5000),
      '”'.repeat(5000),
      '"'.repeat(5001),
      '“ said '.repeat(3000),
      'said he said she said '.repeat(3000),
      ('word '.repeat(2000) + '“').repeat(5),
      '“a”'.repeat(3000),
      'Mr. '.repeat(4000),
      ', said a senior official'.repeat(1500),
      '\n'.repeat(10000),
      '“' + 'x'.repeat(100000),
      'x="' + 'y'.repeat(1000) + '"'.repeat(3),
    ];
    for (const text of cases) checkContract(text);
  });

  it('processes a 1 MB pathological input and returns', () => {
    const unit = '“ He said, according to the the official “ Mr. Roe, who said “ ';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const quotes = extractQuotes(text);
    expect(Array.isArray(quotes)).toBe(true);
    for (const q of quotes.slice(0, 200)) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});
