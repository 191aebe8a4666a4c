/** Small text helpers shared by the text and HTML paths. All linear in the input. */
import { createHash } from 'node:crypto';
import { ABBREVIATIONS } from '../../language/abbreviations';

/** Unifies line endings and invisible spacing so the line rules see one shape. */
export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f\u2000-\u200a\u3000]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u2028\u2029]/g, '\n');
}

/** Collapses runs of spaces and tabs inside a line and trims it. */
export function tidyLine(line: string): string {
  return line.replace(/[ \t\f\v]+/g, ' ').trim();
}

export function countWords(text: string): number {
  // Counting matches one by one keeps a 10 MB body from building a million-entry array.
  const word = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
  let count = 0;
  while (word.exec(text)) count++;
  return count;
}

/**
 * Removes markup found inside plain text: whole <script>/<style> elements (content included) and
 * any remaining tags, so no script or inline handler reaches a stored field. Returns the removed
 * pieces so they can be reported.
 */
export function stripMarkup(text: string): { text: string; removed: string[] } {
  const removed: string[] = [];
  let out = '';
  let position = 0;
  const lower = text.toLowerCase();
  // Whole script/style elements, found with indexOf so unclosed tags cannot cause rescanning.
  for (;;) {
    const scriptAt = lower.indexOf('<script', position);
    const styleAt = lower.indexOf('<style', position);
    const start = scriptAt === -1 ? styleAt : styleAt === -1 ? scriptAt : Math.min(scriptAt, styleAt);
    if (start === -1) break;
    const tagName = start === scriptAt ? 'script' : 'style';
    const close = lower.indexOf(`</${tagName}`, start);
    const closeEnd =
      close === -1
        ? text.length
        : lower.indexOf('>', close) === -1
          ? text.length
          : lower.indexOf('>', close) + 1;
    out += text.slice(position, start);
    removed.push(text.slice(start, closeEnd));
    position = closeEnd;
  }
  out += text.slice(position);
  const withoutTags = out.replace(/<\/?[a-zA-Z][^<>]{0,2000}>|<!--[\s\S]{0,10000}?-->/g, (tag) => {
    removed.push(tag);
    return '';
  });
  return { text: withoutTags, removed };
}

export function looksLikeMarkup(text: string): boolean {
  return /<\/?(script|style|iframe|object|embed|img|a|p|div|span|br|b|i|em|strong|h[1-6]|ul|ol|li|table|svg|body|html|head|meta|link)\b[^<>]{0,2000}>/i.test(
    text,
  );
}

/** First sentence of a paragraph, not fooled by "U.S." or "Mr." */
export function firstSentence(paragraph: string): string {
  const pattern = /[.!?]["”’)]?(?=\s+["“‘(]?[\p{Lu}\p{N}])/gu;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(paragraph))) {
    const before = paragraph.slice(0, match.index);
    const lastToken = (before.match(/(\S+)$/)?.[1] ?? '').replace(/^["“‘(]+/, '').toLowerCase();
    if (
      match[0][0] === '.' &&
      (ABBREVIATIONS.has(lastToken) || /^\p{L}$/u.test(lastToken) || /^(\p{L}\.)+\p{L}$/u.test(lastToken))
    )
      continue;
    return paragraph.slice(0, match.index + match[0].length).trim();
  }
  return paragraph.trim();
}

const MAX_SUGGESTED_TITLE = 120;
const MIN_SUGGESTED_TITLE = 45;

/**
 * Where a long sentence may be cut and still read as a headline, best first: clause punctuation,
 * then subordinating words, then "by"/"to" phrases.
 */
const CUT_TIERS: RegExp[] = [
  /(?:[,;:]| —| –| -)\s/g,
  /\s(?=(?:while|which|who|after|before|because|as|when|but|although|though|despite|amid|since|until)\s)/g,
  /\s(?=(?:by|to|in order to|for)\s)/g,
];

/**
 * A headline suggestion from the first paragraph: its first sentence, cut at a clause boundary
 * (or failing that a word boundary) when long. The editor is told to review it.
 */
export function suggestTitle(firstParagraph: string): string {
  let sentence = firstSentence(firstParagraph.replace(/^[\s.,;:!?)\]”’…-]+/, ''))
    .replace(/[.。]+$/, '')
    .trim();
  if (sentence.length > MAX_SUGGESTED_TITLE) {
    const head = sentence.slice(0, MAX_SUGGESTED_TITLE + 1);
    let cut = -1;
    CUT_TIERS.some((tier, rank) => {
      const positions = [...head.matchAll(tier)]
        .map((m) => m.index ?? 0)
        .filter((i) => i >= MIN_SUGGESTED_TITLE);
      if (!positions.length) return false;
      // Clauses: keep as much as fits. "by"/"to" phrases: the first one ends the main idea.
      cut = rank === CUT_TIERS.length - 1 ? positions[0] : positions[positions.length - 1];
      return true;
    });
    if (cut !== -1) sentence = head.slice(0, cut).trim();
    else {
      const lastSpace = head.lastIndexOf(' ');
      sentence = `${head.slice(0, lastSpace > MIN_SUGGESTED_TITLE ? lastSpace : MAX_SUGGESTED_TITLE).replace(/[,;:]$/, '')}…`;
    }
  }
  sentence = sentence.replace(/^["“]|["”]$/g, '');
  // Quotation marks left unbalanced by the cut read as a typo in a headline.
  const opens = (sentence.match(/[“]/g) ?? []).length;
  const closes = (sentence.match(/[”]/g) ?? []).length;
  if (opens !== closes) sentence = sentence.replace(/[“”]/g, '');
  return sentence.trim();
}

/** Normalised form used for fingerprints and duplicate checks: case, quotes and spacing do not matter. */
export function normaliseForComparison(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”«»„]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

export function fingerprintOf(title: string, body: string): string {
  return createHash('sha256')
    .update(`${normaliseForComparison(title)}\n${normaliseForComparison(body)}`)
    .digest('hex');
}

/** Shortens text for reports without cutting a word in half. */
export function excerpt(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${cut.slice(0, lastSpace > max / 2 ? lastSpace : max)}…`;
}
