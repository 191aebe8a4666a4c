/**
 * Tokens and hashed features of the toxic-span model. Pure and deterministic: the same text
 * always yields the same tokens (with offsets into the original string) and the same feature ids,
 * so weights trained once can be shipped as JSON.
 */
import { LEET } from '../text';

export interface ModelToken {
  start: number;
  end: number;
  /** Lower-cased, leet-resolved form with long letter runs shortened ("stuuupid" -> "stuupid"). */
  norm: string;
  /** The token as written. */
  raw: string;
}

/** Word lists (single words; a trailing * is a stem) whose membership is a feature. */
export type Lexicon = Record<string, string[]>;

// Words, with inner apostrophes, hyphens and mask symbols ("don't", "brain-dead", "f**k", "@ss").
const TOKEN_RE = /(?:[@$](?=\p{L}))?[\p{L}\p{N}](?:[\p{L}\p{N}@$*#'’-]*[\p{L}\p{N}*])?/gu;
const PLAIN_RE = /^[a-z']+$/;

export function normaliseToken(raw: string): string {
  let lower = raw.toLowerCase().replace(/’/g, "'");
  if (!PLAIN_RE.test(lower)) {
    lower = lower.normalize('NFD').replace(/\p{M}/gu, '');
    // Digits inside a word that has letters are disguised letters ("id10t"); numbers stay numbers.
    if (/\p{L}/u.test(lower)) lower = lower.replace(/[013457@$]/g, (c) => LEET[c] ?? c);
  }
  return lower.replace(/(.)\1\1+/g, '$1$1');
}

export function tokenizeForModel(text: string): ModelToken[] {
  const out: ModelToken[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index ?? 0;
    out.push({ start, end: start + m[0].length, raw: m[0], norm: normaliseToken(m[0]) });
  }
  return out;
}

/** FNV-1a, 32 bits: a stable hash of a feature name. */
export function hashFeature(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const UPPER_RE = /\p{Lu}/u;
const LOWER_RE = /\p{Ll}/u;
const NUMBER_RE = /\p{N}/u;

function charClass(ch: string): string {
  const c = ch.charCodeAt(0);
  // ASCII without regular expressions: most characters of any comment.
  if (c >= 97 && c <= 122) return 'x';
  if (c >= 65 && c <= 90) return 'X';
  if (c >= 48 && c <= 57) return 'd';
  if (c < 128) return 's';
  return UPPER_RE.test(ch) ? 'X' : LOWER_RE.test(ch) ? 'x' : NUMBER_RE.test(ch) ? 'd' : 's';
}

function shape(raw: string): string {
  let out = '';
  let last = '';
  for (const ch of raw) {
    const c = charClass(ch);
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** Membership test of a compiled lexicon: exact words and stems. */
export class CompiledLexicon {
  private readonly words = new Map<string, string[]>();
  // Stems bucketed by their first three letters (shorter stems under ''): a word is compared with
  // the few stems that can match it, not the whole lexicon.
  private readonly stems = new Map<string, Array<{ stem: string; list: string }>>();

  constructor(lexicon: Lexicon) {
    for (const list of Object.keys(lexicon).sort()) {
      for (const entry of lexicon[list]) {
        const w = entry.trim().toLowerCase();
        if (!w || /\s/.test(w)) continue;
        if (w.endsWith('*')) {
          const stem = w.slice(0, -1);
          const key = stem.length >= 3 ? stem.slice(0, 3) : '';
          this.stems.set(key, [...(this.stems.get(key) ?? []), { stem, list }]);
        } else for (const form of [w, `${w}s`]) this.words.set(form, [...(this.words.get(form) ?? []), list]);
      }
    }
  }

  listsOf(norm: string): string[] {
    const word = norm.endsWith("'s") ? norm.slice(0, -2) : norm;
    const exact = this.words.get(word);
    const short = this.stems.get('');
    const long = this.stems.get(word.slice(0, 3));
    if (!short && !long) return exact ? [...new Set(exact)].sort() : [];
    const found = new Set(exact ?? []);
    for (const bucket of [short, long])
      if (bucket) for (const { stem, list } of bucket) if (word.startsWith(stem)) found.add(list);
    return found.size ? [...found].sort() : [];
  }
}

/**
 * Which content rules of the engine marked each token (rule ids, e.g. "insult", "threat"), plus
 * the rules that fired anywhere in the comment. The model learns when a rule's match is what
 * raters mark and which words around it they mark too.
 */
export interface RuleMarks {
  perToken: string[][];
  fired: string[];
}

/** Rule marks of tokens from rule spans (offsets into the same text the tokens come from). */
export function ruleMarksOf(
  tokens: ModelToken[],
  findings: Array<{ rule: string; spans: Array<{ start: number; end: number }> }>,
): RuleMarks {
  const perToken: string[][] = tokens.map(() => []);
  const fired = new Set<string>();
  for (const f of findings) {
    if (!f.spans.length) continue;
    fired.add(f.rule);
    for (const sp of f.spans) {
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (t.end > sp.start && t.start < sp.end && !perToken[i].includes(f.rule)) perToken[i].push(f.rule);
      }
    }
  }
  for (const list of perToken) list.sort();
  return { perToken, fired: [...fired].sort() };
}

function ruleFeatureNames(tokens: ModelToken[], marks: RuleMarks, i: number): string[] {
  const own = marks.perToken[i] ?? [];
  const f: string[] = [];
  if (!marks.fired.length) return ['rnone'];
  for (const r of marks.fired) f.push(`rc:${r}`);
  for (const r of own) f.push(`r:${r}`);
  if (own.length) f.push(`rw:${tokens[i].norm}`);
  for (const r of marks.perToken[i - 1] ?? []) f.push(`r-1:${r}`);
  for (const r of marks.perToken[i + 1] ?? []) f.push(`r+1:${r}`);
  // Distance to the nearest marked word, before and after (raters extend a match into a phrase).
  let before = 0;
  while (before < 4 && i - before - 1 >= 0 && !marks.perToken[i - before - 1]?.length) before++;
  let after = 0;
  while (after < 4 && i + after + 1 < tokens.length && !marks.perToken[i + after + 1]?.length) after++;
  if (!own.length)
    f.push(
      `rdb:${i - before - 1 >= 0 && before < 4 ? before : 'x'}`,
      `rda:${i + after + 1 < tokens.length && after < 4 ? after : 'x'}`,
    );
  return f;
}

const bucket = (x: number, edges: number[]): number => {
  let b = 0;
  while (b < edges.length && x >= edges[b]) b++;
  return b;
};

/**
 * Feature names of every token (the model hashes them). Word, shape, affixes, character 3- and
 * 4-grams, neighbours within two words and their pairs, lexicon membership of the word and its
 * neighbours, position in the comment and comment length.
 */
export function tokenFeatureNames(
  text: string,
  tokens: ModelToken[],
  lexicon: CompiledLexicon,
  ruleMarks?: RuleMarks,
): string[][] {
  const n = tokens.length;
  const lists = tokens.map((t) => lexicon.listsOf(t.norm));
  const lexCount = lists.reduce((c, l) => c + (l.length ? 1 : 0), 0);
  const word = (i: number) => (i < 0 ? '<s>' : i >= n ? '</s>' : tokens[i].norm);
  const lenBucket = bucket(n, [4, 8, 16, 32, 64, 128]);
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    const w = t.norm;
    const f: string[] = [
      'bias',
      `w:${w}`,
      `sh:${shape(t.raw)}`,
      `p3:${w.slice(0, 3)}`,
      `s3:${w.slice(-3)}`,
      `p4:${w.slice(0, 4)}`,
      `s4:${w.slice(-4)}`,
    ];
    if (t.raw.length > 1 && t.raw === t.raw.toUpperCase() && t.raw !== t.raw.toLowerCase()) f.push('caps');
    if (/[*#@$]/.test(t.raw) || (/\d/.test(t.raw) && /\p{L}/u.test(t.raw))) f.push('masked');
    const padded = `<${w}>`;
    for (let k = 0; k + 3 <= padded.length; k++) f.push(`c3:${padded.slice(k, k + 3)}`);
    for (let k = 0; k + 4 <= padded.length; k++) f.push(`c4:${padded.slice(k, k + 4)}`);
    f.push(`w-1:${word(i - 1)}`, `w+1:${word(i + 1)}`, `w-2:${word(i - 2)}`, `w+2:${word(i + 2)}`);
    f.push(`b-:${word(i - 1)}|${w}`, `b+:${w}|${word(i + 1)}`);
    for (const l of lists[i]) f.push(`lex:${l}`);
    if (i > 0) for (const l of lists[i - 1]) f.push(`lex-1:${l}`);
    if (i + 1 < n) for (const l of lists[i + 1]) f.push(`lex+1:${l}`);
    if (!lists[i].length) f.push(`nlex:${Math.min(lexCount, 3)}`);
    const after = text[t.end] ?? '';
    if (after && /[!?.,"]/.test(after)) f.push(`after:${after}`);
    if (i === 0) f.push('first');
    if (i === n - 1) f.push('last');
    f.push(`pos:${Math.floor((4 * i) / n)}`, `len:${lenBucket}`);
    if (ruleMarks) f.push(...ruleFeatureNames(tokens, ruleMarks, i));
    out.push(f);
  }
  return out;
}

const FNV_OFFSET = 0x811c9dc5;
/** FNV-1a continued over s[from, to): hashing "prefix" then "word" equals hashing "prefixword". */
function fnv(h: number, s: string, from = 0, to = s.length): number {
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}
const H = (prefix: string) => fnv(FNV_OFFSET, prefix);
const [H_BIAS, H_W, H_SH, H_P3, H_S3, H_P4, H_S4, H_CAPS, H_MASKED, H_C3, H_C4] = [
  'bias',
  'w:',
  'sh:',
  'p3:',
  's3:',
  'p4:',
  's4:',
  'caps',
  'masked',
  'c3:',
  'c4:',
].map(H);
const [
  H_WM1,
  H_WP1,
  H_WM2,
  H_WP2,
  H_BM,
  H_BP,
  H_LEX,
  H_LEXM1,
  H_LEXP1,
  H_NLEX,
  H_AFTER,
  H_FIRST,
  H_LAST,
  H_POS,
  H_LEN,
] = [
  'w-1:',
  'w+1:',
  'w-2:',
  'w+2:',
  'b-:',
  'b+:',
  'lex:',
  'lex-1:',
  'lex+1:',
  'nlex:',
  'after:',
  'first',
  'last',
  'pos:',
  'len:',
].map(H);
const MASKED_RE = /[*#@$]/;
const DIGIT_RE = /\d/;
const LETTER_RE = /\p{L}/u;
const AFTER_RE = /[!?.,"]/;

/**
 * Feature ids of every token: the FNV-1a hashes of tokenFeatureNames, computed without building
 * the names (this runs on every comment; the unit tests check both agree).
 */
export function tokenFeatures(
  text: string,
  tokens: ModelToken[],
  lexicon: CompiledLexicon,
  ruleMarks?: RuleMarks,
): Uint32Array[] {
  const n = tokens.length;
  const lists = tokens.map((t) => lexicon.listsOf(t.norm));
  const lexCount = lists.reduce((c, l) => c + (l.length ? 1 : 0), 0);
  const word = (i: number) => (i < 0 ? '<s>' : i >= n ? '</s>' : tokens[i].norm);
  const hLen = fnv(H_LEN, String(bucket(n, [4, 8, 16, 32, 64, 128])));
  const hNlex = fnv(H_NLEX, String(Math.min(lexCount, 3)));
  const out: Uint32Array[] = [];
  const f: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    const w = t.norm;
    const len = w.length;
    f.length = 0;
    f.push(
      H_BIAS,
      fnv(H_W, w),
      fnv(H_SH, shape(t.raw)),
      fnv(H_P3, w, 0, Math.min(3, len)),
      fnv(H_S3, w, Math.max(0, len - 3)),
    );
    f.push(fnv(H_P4, w, 0, Math.min(4, len)), fnv(H_S4, w, Math.max(0, len - 4)));
    if (t.raw.length > 1 && t.raw === t.raw.toUpperCase() && t.raw !== t.raw.toLowerCase()) f.push(H_CAPS);
    if (MASKED_RE.test(t.raw) || (DIGIT_RE.test(t.raw) && LETTER_RE.test(t.raw))) f.push(H_MASKED);
    const padded = `<${w}>`;
    for (let k = 0; k + 3 <= padded.length; k++) f.push(fnv(H_C3, padded, k, k + 3));
    for (let k = 0; k + 4 <= padded.length; k++) f.push(fnv(H_C4, padded, k, k + 4));
    const prev = word(i - 1);
    const next = word(i + 1);
    f.push(fnv(H_WM1, prev), fnv(H_WP1, next), fnv(H_WM2, word(i - 2)), fnv(H_WP2, word(i + 2)));
    f.push(fnv(fnv(fnv(H_BM, prev), '|'), w), fnv(fnv(fnv(H_BP, w), '|'), next));
    for (const l of lists[i]) f.push(fnv(H_LEX, l));
    if (i > 0) for (const l of lists[i - 1]) f.push(fnv(H_LEXM1, l));
    if (i + 1 < n) for (const l of lists[i + 1]) f.push(fnv(H_LEXP1, l));
    if (!lists[i].length) f.push(hNlex);
    const after = text[t.end] ?? '';
    if (after && AFTER_RE.test(after)) f.push(fnv(H_AFTER, after));
    if (i === 0) f.push(H_FIRST);
    if (i === n - 1) f.push(H_LAST);
    f.push(fnv(H_POS, String(Math.floor((4 * i) / n))), hLen);
    if (ruleMarks) for (const name of ruleFeatureNames(tokens, ruleMarks, i)) f.push(hashFeature(name));
    out.push(Uint32Array.from(f));
  }
  return out;
}
