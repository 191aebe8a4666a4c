/**
 * Tokens and hashed features of the toxic-span model. Pure and deterministic: the same text
 * always yields the same tokens (with offsets into the original string) and the same feature ids,
 * so weights trained once can be shipped as JSON.
 */

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
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };
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

function shape(raw: string): string {
  let out = '';
  for (const ch of raw) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : 's';
    if (out[out.length - 1] !== c) out += c;
  }
  return out;
}

/** Membership test of a compiled lexicon: exact words and stems. */
export class CompiledLexicon {
  private readonly words = new Map<string, string[]>();
  private readonly stems: Array<{ stem: string; list: string }> = [];

  constructor(lexicon: Lexicon) {
    for (const list of Object.keys(lexicon).sort()) {
      for (const entry of lexicon[list]) {
        const w = entry.trim().toLowerCase();
        if (!w || /\s/.test(w)) continue;
        if (w.endsWith('*')) this.stems.push({ stem: w.slice(0, -1), list });
        else for (const form of [w, `${w}s`]) this.words.set(form, [...(this.words.get(form) ?? []), list]);
      }
    }
  }

  listsOf(norm: string): string[] {
    const word = norm.endsWith("'s") ? norm.slice(0, -2) : norm;
    const found = new Set(this.words.get(word) ?? []);
    for (const { stem, list } of this.stems) if (word.startsWith(stem)) found.add(list);
    return [...found].sort();
  }
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
export function tokenFeatureNames(text: string, tokens: ModelToken[], lexicon: CompiledLexicon): string[][] {
  const n = tokens.length;
  const lists = tokens.map((t) => lexicon.listsOf(t.norm));
  const lexCount = lists.reduce((c, l) => c + (l.length ? 1 : 0), 0);
  const word = (i: number) => (i < 0 ? '<s>' : i >= n ? '</s>' : tokens[i].norm);
  const lenBucket = bucket(n, [4, 8, 16, 32, 64, 128]);
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    const w = t.norm;
    const f: string[] = ['bias', `w:${w}`, `sh:${shape(t.raw)}`, `p3:${w.slice(0, 3)}`, `s3:${w.slice(-3)}`, `p4:${w.slice(0, 4)}`, `s4:${w.slice(-4)}`];
    if (t.raw.length > 1 && t.raw === t.raw.toUpperCase() && t.raw !== t.raw.toLowerCase()) f.push('caps');
    if (/[*#@$]/.test(t.raw) || /\d/.test(t.raw) && /\p{L}/u.test(t.raw)) f.push('masked');
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
    out.push(f);
  }
  return out;
}

/** Feature ids of every token: hashes of the feature names (the model masks them to its size). */
export function tokenFeatures(text: string, tokens: ModelToken[], lexicon: CompiledLexicon): Uint32Array[] {
  return tokenFeatureNames(text, tokens, lexicon).map((names) => Uint32Array.from(names, hashFeature));
}
