/**
 * Linear passes over the raw text: quotation-mark regions, sentences and tokens. Every pass
 * moves forward only, so cost stays linear on pathological input (thousands of unmatched
 * marks, no sentence ends, megabyte lines).
 */
import { ABBREVIATIONS, FRAGMENT_VERBS } from './lexicon';

/** A span between a pair of double quotation marks; start/end include the marks. */
export interface QuoteRegion {
  start: number;
  end: number;
  /** Offsets of the content without the marks. */
  innerStart: number;
  innerEnd: number;
  /** True when the quote runs on into a following paragraph. */
  multiParagraph: boolean;
  /** True for doubled apostrophes ('' … ''), the quotation marks of plain-text news archives. */
  doubled?: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  paragraph: number;
}

export type Token =
  | { kind: 'word'; start: number; end: number; lower: string }
  | { kind: 'punct'; start: number; end: number; lower: string }
  | { kind: 'quote'; start: number; end: number; lower: string; region: number };

/** A quote longer than this (characters) is taken for an unmatched mark. */
const MAX_QUOTE_LENGTH = 8000;
/** Sentences are cut after this many characters so rules never look back unboundedly. */
export const MAX_SENTENCE_LENGTH = 2500;

const CLOSER_FOR: Record<string, string> = {
  '“': '”',
  '"': '"',
  '«': '»',
  '„': '“”',
  '「': '」',
  '『': '』',
  '〝': '〞〟',
};

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0' || c === '\r' || c === '\u2009' || c === '\u202f';
}

/** True when only spaces stand between position i and the text start or a line break. */
/** Invisible formatting characters (zero-width and bidirectional marks) pasted into text. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/;

function paragraphStart(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (isSpace(text[j]) || INVISIBLE.test(text[j]))) j--;
  return j < 0 || text[j] === '\n';
}

/**
 * Finds quote regions in one forward pass. A quote left open at a paragraph end continues
 * only when the next paragraph opens with the same mark (newsroom convention); otherwise the
 * mark is dropped. A new opening mark while one is open replaces it, which keeps the pass
 * linear and drops stray marks.
 */
export function scanQuotes(text: string): QuoteRegion[] {
  const regions: QuoteRegion[] = [];
  let openAt = -1;
  let opener = '';
  let closers = '';
  let multi = false;
  let nested = 0;
  const n = text.length;
  /** Records the open quote as closed by the mark at i, one character wide or two ('' … ''). */
  const closeQuote = (i: number, width: 1 | 2): void => {
    regions.push({
      start: openAt,
      end: i + width,
      innerStart: openAt + width,
      innerEnd: i,
      multiParagraph: multi,
      ...(width === 2 ? { doubled: true } : {}),
    });
    openAt = -1;
  };
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    // fast path: only line breaks and quotation marks matter here
    if (
      code !== 10 &&
      code !== 34 &&
      code !== 39 &&
      (code < 0xab || (code > 0xbb && code < 0x201c) || (code > 0x201e && code < 0x300c) || code > 0x301f)
    )
      continue;
    const c = text[i];
    if (code === 39) {
      // doubled apostrophes ('' … ''): opened before a word, closed after one
      if (text.charCodeAt(i + 1) !== 39) continue;
      const before = i > 0 ? text[i - 1] : ' ';
      const after = text[i + 2] ?? ' ';
      if (openAt >= 0 && opener === "''" && !isSpace(before) && before !== '\n') {
        closeQuote(i, 2);
      } else if (
        (openAt < 0 || opener === "''") &&
        (isSpace(before) || before === '\n' || before === '(' || before === '[' || before === '—') &&
        !isSpace(after) &&
        after !== '\n'
      ) {
        openAt = i;
        opener = "''";
        closers = '';
        multi = false;
        nested = 0;
      }
      i++;
      continue;
    }
    if (openAt >= 0) {
      if (i - openAt > MAX_QUOTE_LENGTH) {
        openAt = -1;
      } else if (c === '"' && opener !== '"' && opener !== "''") {
        // a straight mark inside a curly quote: a sloppy closer when it ends a word, else nested
        const next = text[i + 1];
        if (
          nested === 0 &&
          i > 0 &&
          !isSpace(text[i - 1]) &&
          (next === undefined || isSpace(next) || next === '\n' || ',.;:!?)'.includes(next))
        ) {
          closeQuote(i, 1);
        }
        continue;
      } else if (opener === '"' && (c === '“' || c === '”')) {
        // curly marks inside a straight quote: nested quotes; a lone closer ends the quote
        if (c === '“') nested++;
        else if (nested > 0) nested--;
        else {
          closeQuote(i, 1);
        }
        continue;
      } else if (closers.includes(c)) {
        closeQuote(i, 1);
        continue;
      } else if (c === '\n') {
        let j = i + 1;
        while (j < n && (text[j] === '\n' || isSpace(text[j]))) j++;
        if (
          j < n &&
          (text[j] === opener ||
            (opener === '“' && text[j] === '"') ||
            (opener === "''" && text.startsWith("''", j)))
        ) {
          multi = true;
          nested = 0;
          i = j + opener.length - 1;
          continue;
        }
        openAt = -1;
        continue;
      } else if (
        c === opener &&
        c === '“' &&
        i > openAt + 1 &&
        !isSpace(text[i - 1]) &&
        (i + 1 >= n || isSpace(text[i + 1]) || text[i + 1] === '\n' || ',.;:!?)'.includes(text[i + 1]))
      ) {
        // a left mark closing a word ("reckless“ in") is a mistyped closer
        closeQuote(i, 1);
        continue;
      } else if (c === opener) {
        openAt = i;
        multi = false;
        nested = 0;
        continue;
      } else continue;
    }
    let close = CLOSER_FOR[c];
    // a right mark opening a paragraph and touching a word is a mistyped opener (”Text …”)
    if (
      close === undefined &&
      c === '”' &&
      i + 1 < n &&
      // touching a word, or an ellipsis opening the quoted words ("” … they said")
      ((!isSpace(text[i + 1]) && text[i + 1] !== '\n') ||
        /^ ?(…|\.\.\.) ?\S/.test(text.slice(i + 1, i + 7))) &&
      paragraphStart(text, i)
    )
      close = '”"';
    if (close !== undefined) {
      openAt = i;
      opener = c;
      closers = close;
      multi = false;
      nested = 0;
    }
  }
  return regions;
}

const TERMINAL = new Set(['.', '!', '?', '…']);

function isUpperStart(c: string | undefined): boolean {
  if (!c) return false;
  if (c >= 'A' && c <= 'Z') return true;
  if (c >= '0' && c <= '9') return true;
  if ('“"‘\'(«„['.includes(c)) return true;
  return c > '\u00bf' && c.toUpperCase() === c && c.toLowerCase() !== c;
}

/** The word just before position i (letters and dots), lower-cased, without the final dot. */
function wordBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && i - j < 20 && /[\p{L}.]/u.test(text[j - 1])) j--;
  return text.slice(j, i).toLowerCase();
}

/** Words that open a reported clause right after a cue: its subject pronoun or "that". */
const CLAUSE_OPENERS = new Set(['he', 'she', 'they', 'we', 'i', 'that']);

/**
 * True when a short attribution sentence follows a closing quote ("… next year.” The Daily
 * Planet reported on Tuesday, citing officials.): a cue within the first words and no further
 * quote before the next sentence end. A longer sentence, or one with its own quote, is new.
 */
function attributionFollows(text: string, from: number, limit: number, mark: string): boolean {
  let end = from;
  const hardEnd = Math.min(limit, from + 160);
  for (; end < hardEnd && !'!?\n“"'.includes(text[end]); end++) {
    if (text[end] !== '.') continue;
    // "” Mr. Roe asked.": the full stop of an abbreviation or an initial ends no sentence
    const w = wordBefore(text, end);
    if (!(ABBREVIATIONS.has(w) || (w.length === 1 && /\p{Lu}/u.test(text[end - 1])))) break;
  }
  // a sentence with its own quote is new, unless its cue comes within its first three words
  // after a question or exclamation ("“…? Three?” Roe asks as a porter walks in, saying “…”")
  const quoted = end < hardEnd && (text[end] === '“' || text[end] === '"');
  if (quoted && mark === '.') return false;
  const words =
    text
      .slice(from, end)
      .toLowerCase()
      .match(/[\p{L}’']+/gu) ?? [];
  // after a question or exclamation, a longer sentence whose cue comes within its first three
  // words still attributes it ("“…, who knows?” Roe told the radio station in an interview
  // aired on Monday when asked …"); after a full stop the quote stands complete
  const long = words.length > 14;
  if (long && mark === '.') return false;
  // "… the quay.” And Holm decried …": a sentence opening with a conjunction is new
  if (words[0] === 'and' || words[0] === 'but' || words[0] === 'yet' || words[0] === 'so') return false;
  // "“…?” Holm pressed.": a name or short description and a past-tense verb ending the sentence
  if (
    mark !== '.' &&
    text[end] === '.' &&
    words.length >= 2 &&
    words.length <= 3 &&
    /[^e]ed$/.test(words[words.length - 1])
  )
    return true;
  for (let k = 0; k < Math.min(words.length, 7); k++) {
    if (!FRAGMENT_VERBS.has(words[k])) continue;
    if (long && k > 2) return false;
    if (quoted && k > 2) return false;
    // "… the pier.” Roe says he is not sure …": a cue with its own clause opens a new report
    return !(CLAUSE_OPENERS.has(words[k + 1] ?? '') && words.length - k - 1 >= 3);
  }
  return false;
}

/**
 * Splits text into sentences; never inside a quote region, always at a line break that is not
 * inside a multi-paragraph quote. A full stop after an abbreviation or an initial does not end a
 * sentence; a quote closing on a full stop ends one only when no attribution follows it.
 */
export function splitSentences(text: string, regions: QuoteRegion[]): Sentence[] {
  const sentences: Sentence[] = [];
  const n = text.length;
  let paragraph = 0;
  let start = 0;
  let r = 0;
  const push = (end: number, next: number) => {
    let s = start;
    let e = end;
    while (s < e && (isSpace(text[s]) || text[s] === '\n')) s++;
    while (e > s && (isSpace(text[e - 1]) || text[e - 1] === '\n')) e--;
    if (e > s) sentences.push({ start: s, end: e, paragraph });
    start = next;
  };
  for (let i = 0; i < n; i++) {
    while (r < regions.length && regions[r].end <= i) r++;
    if (r < regions.length && regions[r].start === i) {
      // a region holds no line break unless it runs across paragraphs (then it counts as one
      // paragraph): jump to its closing mark
      i = regions[r].end - 1;
    }
    const code = text.charCodeAt(i);
    if (
      code !== 10 &&
      code !== 46 &&
      code !== 33 &&
      code !== 63 &&
      code !== 0x2026 &&
      code !== 32 &&
      !(r < regions.length && regions[r].end - 1 === i)
    )
      continue;
    const c = text[i];
    if (c === '\n') {
      push(i, i + 1);
      let j = i + 1;
      let blank = false;
      while (j < n && (text[j] === '\n' || isSpace(text[j]))) {
        if (text[j] === '\n') blank = true;
        j++;
      }
      paragraph++;
      if (blank) i = j - 1;
      start = j;
      continue;
    }
    if (i - start > MAX_SENTENCE_LENGTH && isSpace(c)) {
      push(i, i + 1);
      continue;
    }
    const closesQuote = r < regions.length && regions[r].end - 1 === i;
    if (closesQuote) {
      const before = text[regions[r].innerEnd - 1];
      if (TERMINAL.has(before) && (isSpace(text[i + 1] ?? '') || i + 1 === n)) {
        let j = i + 1;
        while (j < n && isSpace(text[j])) j++;
        if (j < n && text[j] !== '\n' && isUpperStart(text[j]) && !attributionFollows(text, j, n, before))
          push(i + 1, j);
      }
      continue;
    }
    if (TERMINAL.has(c)) {
      let j = i + 1;
      while (j < n && TERMINAL.has(text[j])) j++;
      while (j < n && (text[j] === ')' || text[j] === '’' || text[j] === "'")) j++;
      if (j < n && !isSpace(text[j])) continue;
      let k = j;
      while (k < n && isSpace(text[k])) k++;
      if (k >= n || text[k] === '\n') continue;
      if (!isUpperStart(text[k])) continue;
      if (c === '.') {
        const w = wordBefore(text, i);
        if (ABBREVIATIONS.has(w) || (w.length === 1 && /\p{Lu}/u.test(text[i - 1]))) continue;
        if (w.includes('.') && w.length <= 5) continue; // U.S. / D.C.
      }
      push(j, k);
      i = k - 1;
    }
  }
  push(n, n);
  return sentences;
}

function isWordChar(c: string): boolean {
  const code = c.charCodeAt(0);
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return true;
  if (code < 128) return c === '$' || c === '%' || c === '&' || c === '@' || c === '#';
  return /[\p{L}\p{N}\p{M}]/u.test(c);
}

/**
 * Tokens of one sentence: words, punctuation, and each quote region as a single token.
 * "’s" after a word is its own token; "Mr." and "U.S." keep their dots.
 */
export function tokenize(
  text: string,
  start: number,
  end: number,
  regions: QuoteRegion[],
  firstRegion: number,
): Token[] {
  const tokens: Token[] = [];
  let r = firstRegion;
  let i = start;
  while (i < end) {
    while (r < regions.length && regions[r].end <= i) r++;
    if (r < regions.length && regions[r].start === i) {
      const reg = regions[r];
      tokens.push({ kind: 'quote', start: reg.start, end: reg.end, lower: '"', region: r });
      i = reg.end;
      continue;
    }
    const c = text[i];
    if (isSpace(c) || c === '\n') {
      i++;
      continue;
    }
    // doubled apostrophes ('' … '') are an archival quote style this engine does not pair;
    // they are skipped so the attribution around them still parses as reported speech
    if ((c === "'" || c === '’') && text[i + 1] === c) {
      i += 2;
      continue;
    }
    if (isWordChar(c)) {
      let j = i + 1;
      while (j < end) {
        const d = text[j];
        if (isWordChar(d)) {
          j++;
          continue;
        }
        // "15,000" and "3.5" are one word
        if (
          d === ',' &&
          j + 3 < end + 1 &&
          /\d/.test(text[j - 1]) &&
          /^\d{3}(?!\d)/.test(text.slice(j + 1, j + 5))
        ) {
          j++;
          continue;
        }
        if ((d === '-' || d === '.' || d === '’' || d === "'") && j + 1 < end && isWordChar(text[j + 1])) {
          if (
            (d === '’' || d === "'") &&
            (text[j + 1] === 's' || text[j + 1] === 'S') &&
            !isWordChar(text[j + 2] ?? ' ')
          )
            break;
          // "a.b" is two words run together unless it is a web address ("lundpolls.com")
          if (
            d === '.' &&
            !/[\p{Lu}]/u.test(text[j + 1]) &&
            !/[\p{Lu}]/u.test(text[j - 1]) &&
            !/^(com|org|net|gov|edu)(?![\p{L}\d])/u.test(text.slice(j + 1, j + 5))
          )
            break;
          j++;
          continue;
        }
        break;
      }
      // keep the full stop of an abbreviation or an initial
      if (text[j] === '.' && j < end) {
        const w = text.slice(i, j).toLowerCase();
        if (
          ABBREVIATIONS.has(w) ||
          (j - i === 1 && /\p{Lu}/u.test(c)) ||
          w.includes('.') ||
          text[j + 1] === ')' ||
          // "Roe, R-Ky., said": a full stop right before a comma ends an abbreviation
          text[j + 1] === ','
        )
          j++;
      }
      tokens.push({ kind: 'word', start: i, end: j, lower: text.slice(i, j).toLowerCase() });
      i = j;
      continue;
    }
    if (
      (c === '’' || c === "'") &&
      (text[i + 1] === 's' || text[i + 1] === 'S') &&
      !isWordChar(text[i + 2] ?? ' ') &&
      i > start &&
      isWordChar(text[i - 1])
    ) {
      tokens.push({ kind: 'word', start: i, end: i + 2, lower: '’s' });
      i += 2;
      continue;
    }
    // a plural possessive ("the captains’ union", "Holms' aide") reads like "’s"
    if (
      (c === '’' || c === "'") &&
      i > start &&
      (text[i - 1] === 's' || text[i - 1] === 'S') &&
      isSpace(text[i + 1] ?? '\n') &&
      isWordChar(text[i + 2] ?? ' ')
    ) {
      tokens.push({ kind: 'word', start: i, end: i + 1, lower: '’s' });
      i++;
      continue;
    }
    tokens.push({ kind: 'punct', start: i, end: i + 1, lower: c });
    i++;
  }
  return tokens;
}
