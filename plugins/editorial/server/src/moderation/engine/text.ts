/**
 * Tokenising and word-list matching with obfuscation handling. Every token keeps its offsets in
 * the original string so that reasons can point at what the reader actually wrote.
 */
import type { Span } from './types';
import { words } from '../../../../shared/words';

export interface Token {
  /** Lower-cased, de-obfuscated form used for matching. */
  norm: string;
  /** Extra forms tried when matching (repeated letters collapsed, possessive removed). */
  variants: string[];
  start: number;
  end: number;
}

/** Symbols and digits read as the letters they disguise (the model's tokens use the same map). */
export const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '9': 'g',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'i',
  '+': 't',
  '€': 'e',
};

/** Negators of a copula ("they are not …", "they aren't …"): the grammars skip what a sentence denies. */
export const COPULA_NEGATORS = words("not never no aren't arent isn't isnt weren't werent hardly nor");
/** Words of reported speech: a sentence that reports what others said is news. */
export const REPORTED_SPEECH = ['said', 'says', 'told', 'according', 'reported'];

// Word-ish runs: letters, digits and the symbols people use to disguise letters ("sh!t", "@ss").
const TOKEN_RE = /[\p{L}\p{N}@$!|+*€#%]+(?:['’][\p{L}]+)*/gu;
const LETTER_RE = /\p{L}/u;
const PLAIN_WORD_RE = /^[A-Za-z']+$/;
// Edge symbols are punctuation ("idiot!"), except two or more masks after letters ("f***").
const EDGE_SYMBOL_RE = /^[!|+*€#%]+|(?<![*#%])[!|+€]+$|(?<=[\p{L}\p{N}])[*#%]$|(?<![\p{L}\p{N}*#%])[*#%]+$/gu;
// Symbols that stand for hidden letters inside a word ("f**k", "s%#t").
const MASK_RE = /[*#%]+/g;
const HAS_MASK_RE = /[*#%]/;

function collapseRuns(word: string, keep: number): string {
  let out = '';
  let run = 0;
  for (let i = 0; i < word.length; i++) {
    run = i > 0 && word[i] === word[i - 1] ? run + 1 : 1;
    if (run <= keep) out += word[i];
  }
  return out;
}

/** Lower-case, leet-resolved, accent-free form of one raw token. */
export function normaliseWord(raw: string): string {
  // Fast path: plain ASCII words (most of any comment) need only lower-casing.
  if (PLAIN_WORD_RE.test(raw)) return raw.toLowerCase();
  const lower = raw.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'");
  let out = '';
  for (const ch of lower) {
    out += LEET[ch] ?? ch;
  }
  return out;
}

function wordVariants(norm: string): string[] {
  const variants = new Set<string>();
  const add = (w: string) => {
    if (!w) return;
    variants.add(w);
    if (w.endsWith("'s")) variants.add(w.slice(0, -2));
    else if (w.endsWith("'")) variants.add(w.slice(0, -1));
  };
  add(norm);
  // "**idiot**": trailing masks kept for "f***" may also be markup.
  if (/[*#%]$/.test(norm)) add(norm.replace(/[*#%]+$/, ''));
  // "stuuupid" -> "stupid"; "fooool" -> "fool": try runs of one and of two letters.
  if (/(.)\1\1/.test(norm)) {
    add(collapseRuns(norm, 2));
    add(collapseRuns(norm, 1));
  }
  return [...variants];
}

/** Splits text into tokens with original offsets; a token must contain a letter once de-leeted. */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    let raw = m[0];
    let start = m.index ?? 0;
    // Trailing "!" or "*" is punctuation, not a disguised letter ("idiot!!!").
    const trimmed = raw.replace(EDGE_SYMBOL_RE, '');
    if (trimmed !== raw) {
      const lead = raw.indexOf(trimmed);
      if (!trimmed) continue;
      start += lead;
      raw = trimmed;
    }
    const norm = normaliseWord(raw);
    if (!LETTER_RE.test(norm)) continue;
    tokens.push({ norm, variants: wordVariants(norm), start, end: start + raw.length });
  }
  return mergeSpacedLetters(text, tokens);
}

/**
 * "s t u p i d" or "f.u.c.k": three or more single-letter tokens separated by one space, dot or
 * dash become one extra token (the originals stay, so "a" and "I" still read as words).
 */
function mergeSpacedLetters(text: string, tokens: Token[]): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    while (
      j + 1 < tokens.length &&
      tokens[j].end - tokens[j].start === 1 &&
      tokens[j + 1].end - tokens[j + 1].start === 1 &&
      tokens[j + 1].start - tokens[j].end <= 2 &&
      /^[\s.\-_]+$/.test(text.slice(tokens[j].end, tokens[j + 1].start))
    ) {
      j++;
    }
    if (j - i >= 2) {
      const norm = tokens
        .slice(i, j + 1)
        .map((t) => t.norm)
        .join('');
      out.push({ norm, variants: wordVariants(norm), start: tokens[i].start, end: tokens[j].end });
      i = j + 1;
      continue;
    }
    out.push(tokens[i]);
    i++;
  }
  return out;
}

export interface WordMatch {
  /** Index of the first and last token matched. */
  first: number;
  last: number;
  entry: string;
  span: Span;
}

interface PhraseEntry {
  words: string[];
  entry: string;
}

/** A word list compiled for fast matching of single words, stems (word*) and phrases. */
export class WordList {
  private readonly exact = new Map<string, string>();
  // Stems bucketed by their first three letters (shorter stems in bucket ''), so a token is
  // compared with a handful of stems, not the whole list.
  private readonly stems = new Map<string, Array<{ stem: string; entry: string }>>();
  private readonly phrases = new Map<string, PhraseEntry[]>();
  readonly size: number;

  /**
   * @param strictMasks when set, a masked word ("n*gger") must show at least as many letters as it
   *   hides: lists whose hits reject should not guess "f***".
   */
  constructor(
    entries: readonly string[],
    private readonly strictMasks = false,
  ) {
    this.size = entries.length;
    for (const rawEntry of entries) {
      const entry = rawEntry.trim().toLowerCase();
      if (!entry) continue;
      const words = entry.split(/\s+/).map((w) => normaliseWord(w));
      if (words.length > 1) {
        const list = this.phrases.get(words[0]) ?? [];
        list.push({ words, entry });
        this.phrases.set(words[0], list);
        continue;
      }
      const word = words[0];
      if (word.endsWith('*')) {
        const stem = word.slice(0, -1);
        const key = stem.length >= 3 ? stem.slice(0, 3) : '';
        const bucket = this.stems.get(key) ?? [];
        bucket.push({ stem, entry });
        this.stems.set(key, bucket);
      } else {
        const plural = /(s|x|z|ch|sh)$/.test(word) ? `${word}es` : `${word}s`;
        for (const form of [word, plural]) {
          if (!this.exact.has(form)) this.exact.set(form, entry);
        }
      }
    }
  }

  /** The list entry matching one token, if any. */
  matchToken(token: Token): string | undefined {
    for (const v of token.variants) {
      const hit = this.exact.get(v);
      if (hit) return hit;
    }
    for (const v of token.variants) {
      for (const key of [v.slice(0, 3), '']) {
        for (const { stem, entry } of this.stems.get(key) ?? []) {
          if (v.startsWith(stem)) return entry;
        }
      }
    }
    return HAS_MASK_RE.test(token.norm) ? this.matchMasked(token.norm) : undefined;
  }

  /** "f**k": each mask symbol stands for one hidden letter. */
  private matchMasked(norm: string): string | undefined {
    const letters = norm.replace(MASK_RE, '');
    if (letters.length < 1 || norm.length < 3) return undefined;
    if (this.strictMasks && letters.length < norm.length - letters.length) return undefined;
    const source = norm
      .split(MASK_RE)
      .map((part) => part.replace(/[^\p{L}]/gu, ''))
      .join('\u0000');
    const masks = norm.match(MASK_RE) ?? [];
    const parts = source.split('\u0000');
    let pattern = '^';
    parts.forEach((part, i) => {
      pattern += part;
      if (i < masks.length) pattern += `\\p{L}{${masks[i].length}}`;
    });
    const re = new RegExp(`${pattern}$`, 'u');
    for (const [form, entry] of this.exact) if (re.test(form)) return entry;
    const stemRe = new RegExp(pattern, 'u');
    for (const bucket of this.stems.values()) {
      for (const { stem, entry } of bucket) if (stem.length >= 3 && stemRe.test(`${stem}ing`)) return entry;
    }
    return undefined;
  }

  private matchWord(token: Token, word: string): boolean {
    if (word.endsWith('*')) return token.variants.some((v) => v.startsWith(word.slice(0, -1)));
    return token.variants.includes(word) || token.variants.includes(`${word}s`);
  }

  /** All matches in a token sequence, phrases first, without overlaps. */
  findAll(tokens: readonly Token[]): WordMatch[] {
    const matches: WordMatch[] = [];
    let i = 0;
    while (i < tokens.length) {
      const found = this.matchAt(tokens, i);
      if (found) {
        matches.push(found);
        i = found.last + 1;
      } else i++;
    }
    return matches;
  }

  matchAt(tokens: readonly Token[], i: number): WordMatch | undefined {
    const token = tokens[i];
    for (const v of token.variants) {
      const candidates = this.phrases.get(v);
      if (!candidates) continue;
      for (const p of candidates) {
        if (i + p.words.length > tokens.length) continue;
        let ok = true;
        for (let k = 1; k < p.words.length && ok; k++) ok = this.matchWord(tokens[i + k], p.words[k]);
        if (ok) {
          const last = i + p.words.length - 1;
          return { first: i, last, entry: p.entry, span: { start: token.start, end: tokens[last].end } };
        }
      }
    }
    const entry = this.matchToken(token);
    return entry ? { first: i, last: i, entry, span: { start: token.start, end: token.end } } : undefined;
  }
}

/** Sorted, merged spans (reasons may find the same words twice). */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const prev = out[out.length - 1];
    if (prev && s.start <= prev.end) prev.end = Math.max(prev.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}
