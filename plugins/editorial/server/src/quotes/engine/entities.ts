/**
 * Speaker phrases to sources, and coreference within one article: surnames, honorifics and
 * pronouns resolve to the person first named in full, outlet short forms ("the Times", "the
 * paper") to the outlet last named, repeated anonymous descriptions ("the official") to the
 * description they refer back to. One tracker per article; nothing is shared between calls.
 */
import {
  ANONYMOUS_HEADS,
  BASIC_PREPOSITIONS,
  DESCRIPTION_OPENERS,
  EVIDENCE_NOUNS,
  FUNCTION_WORDS,
  LEADING_CONJUNCTIONS,
  NAME_CONNECTORS,
  ORGANIZATION_WORDS,
  OUTLET_ANAPHORS,
  OUTLET_MARKERS,
  NEWSPAPER_WORDS,
  OUTLET_WORDS,
  PRONOUNS,
  SENTENCE_ADVERBS,
  SUBJECT_BOUNDARY,
  TIME_MODIFIERS,
  TITLES,
  isTimeWord,
  isSurnameTimeWord,
} from './lexicon';
import type { Token } from './text';
import { wordSet } from '../../../../shared/words';
import type { SourceKind } from '../../../../shared/quotes';

export type { SourceKind };

export interface QuoteSource {
  /** Canonical name: the full name first used, or for an anonymous source its first description. */
  name: string;
  kind: SourceKind;
  /** The description the article gives (appositive or anonymous description), or null. */
  description: string | null;
}

type Gender = 'male' | 'female' | null;

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it']);
const RELATIVE_PRONOUNS = new Set(['who', 'that', 'which']);
const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves', 'yourself']);
const ARTICLES = new Set(['the', 'a', 'an']);
/** A US party and state tag after a name: R-S.C., D-Wis., I-Vt. */
const PARTY_TAG = /^[RDI]-[A-Z][A-Za-z.]*$/;
/** Short words a title-case headline may leave in lower case. */
const HEADLINE_LOWER_WORDS = new Set(['the', 'and', 'for', 'nor', 'but', 'via', 'per', 'vs.', 'off', 'out']);

/** Sources tracked per article; the least recent are forgotten beyond this. */
const MAX_ENTITIES = 300;

interface Entity {
  source: QuoteSource;
  gender: Gender;
  /** Lower-case name words, for surname and first-name matches. */
  words: string[];
  /** Head noun of an anonymous description ("official"), for "the official" back-references. */
  head: string | null;
  plural: boolean;
  lastMention: number;
  /** Mentions of this entity seen as speakers (or the full-name run they resolved to), capped. */
  mentions: Mention[];
}

interface Mention {
  text: string;
  start: number;
  end: number;
}

/** Mentions kept per chain: the first ones (the full name) and the most recent. */
const MAX_CHAIN_HEAD = 2;
const MAX_CHAIN_TAIL = 4;

/** A run of capitalised words seen in the article: candidate full names for later surnames. */
export interface NameRun {
  start: number;
  words: string[];
  text: string;
  /** Gender given by a title before the name ("Mrs. Jo Roe"), if any. */
  gender: Gender;
}

/** Prepositions that open a sentence before a name: "In Kabul, …", "For Jo Roe, …". */
const RUN_PREPOSITIONS = new Set([
  ...BASIC_PREPOSITIONS,
  ...wordSet(`
    under after before during despite amid amidst unlike following against without within through
    toward towards across among between beyond since until via
  `),
]);
/** Reporting verbs that open a sentence before their speaker: "Said Jo Roe, “…”". */
const INVERTED_CUES = wordSet(`said says added adds asked asks wrote writes`);

/** Initials of a name's main words: "wall street journal" -> "wsj". */
function initialsOf(words: string[]): string {
  return words
    .filter((w) => w !== 'the' && w !== 'of' && w !== 'and' && w !== 'for' && w !== '&')
    .map((w) => w[0])
    .join('');
}

export function isCapitalised(word: string): boolean {
  const c = word[0];
  return c !== undefined && c.toUpperCase() === c && c.toLowerCase() !== c;
}

function isAcronym(word: string): boolean {
  return (
    word.length >= 2 &&
    word.length <= 6 &&
    /^[\p{Lu}.&-]+$/u.test(word) &&
    /\p{Lu}{2}/u.test(word.replace(/\./g, ''))
  );
}

/** A gendered title ("Ms.", "Sir", "Chairwoman") and the capitalised name after it. */
const GENDERED_TITLE = new RegExp(
  `\\b(${Object.keys(TITLES)
    .filter((t) => TITLES[t] && /^[a-z]+\.?$/.test(t))
    .map((t) => t[0].toUpperCase() + t.slice(1).replace('.', '\\.'))
    .join('|')})(?![\\p{L}])\\s+((?:\\p{Lu}[\\p{L}’'.-]*\\s+){0,3}\\p{Lu}[\\p{L}’'-]+)`,
  'gu',
);

/** Auxiliaries that open a yes-no question ("Is Roe …?", "Did Roe …?"); none is a name but "Will". */
const QUESTION_AUXILIARIES = new Set([
  'is',
  'are',
  'was',
  'were',
  'do',
  'does',
  'did',
  'has',
  'have',
  'had',
  'can',
  'could',
  'will',
  'would',
  'should',
]);
/** Whether the sentence ends with a question mark (before any closing quote marks). */
const endsQuestion = (tokens: Token[]): boolean => {
  for (let k = tokens.length - 1; k >= 0; k--) {
    if (tokens[k].kind === 'quote') return false;
    if (tokens[k].kind === 'punct') return tokens[k].lower === '?';
    return false;
  }
  return false;
};

/** Capitalised runs of two or more words in a sentence's tokens, titles dropped. */
export function nameRuns(text: string, tokens: Token[]): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t.kind !== 'word' || !isCapitalised(text[t.start])) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length) {
      const u = tokens[j + 1];
      if (u.kind !== 'word') break;
      if (isCapitalised(text[u.start])) j++;
      else if (
        NAME_CONNECTORS.has(u.lower) &&
        j + 2 < tokens.length &&
        tokens[j + 2].kind === 'word' &&
        isCapitalised(text[tokens[j + 2].start])
      )
        j += 2;
      else break;
    }
    let s = i;
    let gender: Gender = null;
    // a capitalised sentence opener is no part of a name: "Although Jo Roe …", "But Roe …"
    while (
      s <= j &&
      (SUBJECT_BOUNDARY.has(tokens[s].lower) ||
        LEADING_CONJUNCTIONS.has(tokens[s].lower) ||
        RUN_PREPOSITIONS.has(tokens[s].lower) ||
        SENTENCE_ADVERBS.has(tokens[s].lower) ||
        // "Said Roe, “…”": an inverted cue opening the sentence is no part of the name after it
        (s === 0 && INVERTED_CUES.has(tokens[s].lower)) ||
        // "Is Roe doing well?", "Did Jo Roe …?": a question's auxiliary ("Will Roe said" keeps Will)
        (s === 0 &&
          QUESTION_AUXILIARIES.has(tokens[s].lower) &&
          (tokens[s].lower !== 'will' || endsQuestion(tokens))))
    )
      s++;
    while (s <= j && (TITLES[tokens[s].lower] !== undefined || DESCRIPTION_OPENERS.has(tokens[s].lower))) {
      if (gender === null) gender = TITLES[tokens[s].lower] ?? null;
      s++;
    }
    // "CNN President Jo Zucker", "Lund City Mayor Jo Roe": the name follows the last title
    for (let k = j - 2; k >= s; k--)
      if (
        tokens[k].lower !== 'the' &&
        TITLES[tokens[k].lower] !== undefined &&
        !NAME_CONNECTORS.has(tokens[k + 1].lower)
      ) {
        if (gender === null) gender = TITLES[tokens[k].lower] ?? null;
        s = k + 1;
        break;
      }
    if (j - s >= 1 && j - s <= 4) {
      runs.push({
        start: tokens[s].start,
        words: tokens.slice(s, j + 1).map((x) => x.lower),
        text: text.slice(tokens[s].start, tokens[j].end),
        gender,
      });
    }
    i = j + 1;
  }
  return runs;
}

export interface ResolvedSpeaker {
  speaker: { text: string; start: number; end: number };
  source: QuoteSource | null;
  /** The chain of mentions that resolved the speaker, in text order, ending with the speaker. */
  mentions: Mention[];
}

const isLetter = (ch: string): boolean => ch.toLowerCase() !== ch.toUpperCase();
const isWordChar = (ch: string): boolean =>
  isLetter(ch) || (ch >= '0' && ch <= '9') || ch === '’' || ch === "'" || ch === '-';

/**
 * Whether text[start, end) is set in title case (a headline): four or more words of three letters
 * or more, every one capitalised but for the short words headlines keep in lower case. A plain
 * scan that stops at the first lower-case word, as most lines do at once (quotes bench).
 */
function isTitleCase(text: string, start: number, end: number): boolean {
  let capitalised = 0;
  let i = start;
  while (i < end) {
    while (i < end && !isLetter(text[i])) i++;
    let j = i;
    while (j < end && isWordChar(text[j])) j++;
    if (j - i >= 3) {
      const first = text[i];
      if (first !== first.toUpperCase()) {
        if (!HEADLINE_LOWER_WORDS.has(text.slice(i, j))) return false;
      } else capitalised++;
    }
    i = j;
  }
  return capitalised >= 4;
}

export class EntityTracker {
  private readonly entities: Entity[] = [];
  private readonly bySource = new Map<QuoteSource, Entity>();
  /** A full-name mention found while resolving (a name run), recorded on the chain it joins. */
  private pendingMention: Mention | null = null;
  private readonly runsByWord = new Map<string, NameRun[]>();
  private readonly runsByInitials = new Map<string, NameRun>();
  private readonly maleRuns: NameRun[];
  private readonly femaleRuns: NameRun[];
  /** Runs that look like a person's name (no outlet, organisation or time word), in text order. */
  private readonly personRuns: NameRun[];

  /** Surnames that are also time words, of people the article names in full ("Jo Day"). */
  private readonly timeSurnames = new Set<string>();

  /** True when `lower` is the surname of a person named in full whose surname is a time word. */
  isTimeSurname(lower: string): boolean {
    return this.timeSurnames.has(lower);
  }

  /** Start and end of each line set in title case (a headline), in text order. */
  private readonly titleLines: Array<[number, number]> = [];
  /** Honorifics in text order: where, the surname after it, and the gender the title gives. */
  private readonly honorifics: Array<{ at: number; surname: string; gender: 'male' | 'female' }> = [];
  /** Gender the honorifics read so far give each surname (null: both given). */
  private readonly surnameGender = new Map<string, Gender>();
  private honorificsRead = 0;

  constructor(
    private readonly text: string,
    allRuns: NameRun[],
  ) {
    for (let start = 0; start < text.length;) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      if (end - start <= 400 && isTitleCase(text, start, end)) this.titleLines.push([start, end]);
      start = end + 1;
    }
    // a gendered title before a name genders its surname for the pronouns after it ("Ms. Roe"
    // makes a later "she" fit Jo Roe); the last word of the name is the surname ("Ms. Jo Roe")
    for (const m of text.matchAll(GENDERED_TITLE)) {
      const gender = TITLES[m[1].toLowerCase()];
      if (!gender) continue;
      const surname = m[2].split(/\s+/).pop()!.toLowerCase();
      this.honorifics.push({ at: m.index, surname, gender });
    }
    // a headline capitalises every word: its capitalised runs are no full names
    // ("More Offensive Things Donald Trump Has Said" names no "Offensive Things Donald Trump")
    const runs = allRuns.filter((r) => !this.inTitleLine(r.start));
    this.maleRuns = runs.filter((r) => r.gender === 'male');
    this.femaleRuns = runs.filter((r) => r.gender === 'female');
    this.personRuns = runs.filter(
      (r) =>
        r.words[0] !== 'the' &&
        !r.words.some(
          (w, i) =>
            OUTLET_WORDS.has(w) ||
            ORGANIZATION_WORDS.has(w) ||
            NEWSPAPER_WORDS.has(w) ||
            (isTimeWord(w, false) && !isSurnameTimeWord(r.words, i)),
        ),
    );
    for (const run of this.personRuns) {
      const i = run.words.length - 1;
      if (isSurnameTimeWord(run.words, i)) this.timeSurnames.add(run.words[i]);
    }
    for (const run of runs) {
      // the first name run with these initials, for abbreviations never named as a speaker
      const initials = initialsOf(run.words);
      if (run.words.length >= 2 && initials.length >= 2 && !this.runsByInitials.has(initials))
        this.runsByInitials.set(initials, run);
      const first = run.words[0];
      const last = run.words[run.words.length - 1];
      for (const w of new Set([first, last])) {
        const list = this.runsByWord.get(w);
        if (list) list.push(run);
        else this.runsByWord.set(w, [run]);
      }
    }
  }

  /** The source an earlier attribution resolved to, for continuation quotes. */
  touch(source: QuoteSource | null, at: number): void {
    if (!source) return;
    const e = this.entities.find((x) => x.source === source);
    if (e) e.lastMention = at;
  }

  /**
   * Resolves a speaker phrase (its word tokens, appositive already removed) to a source.
   * Returns null when the phrase holds no usable word.
   */
  resolve(phrase: Token[], description: string | null): ResolvedSpeaker | null {
    this.pendingMention = null;
    const r = this.resolvePhrase(phrase, description);
    if (!r) return null;
    return { ...r, mentions: this.chain(r.source, r.speaker) };
  }

  /** Records a mention on the source's chain and returns the chain (a bounded copy). */
  private chain(source: QuoteSource | null, speaker: Mention): Mention[] {
    const e = source ? this.bySource.get(source) : undefined;
    if (!e) return [speaker];
    const pending = this.pendingMention;
    this.pendingMention = null;
    if (pending && !e.mentions.some((m) => m.start === pending.start)) this.record(e, pending);
    this.record(e, speaker);
    return e.mentions.slice();
  }

  private record(e: Entity, m: Mention): void {
    const list = e.mentions;
    if (list.some((x) => x.start === m.start && x.end === m.end)) return;
    // keep the chain in text order: a full-name run may precede mentions already recorded
    let at = list.length;
    while (at > 0 && list[at - 1].start > m.start) at--;
    list.splice(at, 0, { text: m.text, start: m.start, end: m.end });
    if (list.length > MAX_CHAIN_HEAD + MAX_CHAIN_TAIL) list.splice(MAX_CHAIN_HEAD, 1);
  }

  private resolvePhrase(
    phrase: Token[],
    description: string | null,
  ): { speaker: Mention; source: QuoteSource | null } | null {
    let words = phrase.filter(
      (t) =>
        t.kind === 'word' || (t.kind === 'punct' && (t.lower === '-' || t.lower === '(' || t.lower === ')')),
    );
    while (words.length && LEADING_CONJUNCTIONS.has(words[0].lower)) words = words.slice(1);
    while (words.length && words[words.length - 1].kind === 'punct' && words[words.length - 1].lower !== ')')
      words = words.slice(0, -1);
    if (!words.length) return null;
    const start = words[0].start;
    const end = words[words.length - 1].end;
    const speaker = { text: this.text.slice(start, end), start, end };
    // "It was Jo Roe who", "Republicans who": the relative pronoun's antecedent names the source
    // (the speaker phrase keeps the pronoun)
    // a manner adverb or a reflexive after the subject is no part of it: "Roe politely",
    // "He barely", "Mrs. Roe herself"
    const trailingAdverb = (w: Token) =>
      REFLEXIVES.has(w.lower) ||
      (w.lower.length > 4 && w.lower.endsWith('ly') && !isCapitalised(this.text[w.start]));
    while (words.length > 1 && trailingAdverb(words[words.length - 1])) words = words.slice(0, -1);
    while (words.length > 1 && RELATIVE_PRONOUNS.has(words[words.length - 1].lower))
      words = words.slice(0, -1);
    if (words.length > 2 && words[0].lower === 'it' && (words[1].lower === 'was' || words[1].lower === 'is'))
      words = words.slice(2);
    // an adverb or an article alone names no one: the quote keeps its speaker phrase, no source
    if (words.length === 1 && (trailingAdverb(words[0]) || ARTICLES.has(words[0].lower)))
      return { speaker, source: null };
    if (words.length === 1 && PRONOUNS[words[0].lower] !== undefined)
      return { speaker, source: this.resolvePronoun(words[0].lower, words[0].start) };
    const at = start;
    const lowers = words.map((w) => w.lower);

    if (words.length === 1 && PRONOUNS[lowers[0]] !== undefined) {
      return { speaker, source: this.resolvePronoun(lowers[0], at) };
    }
    // a party tag stands for the name before it: "Sen. Jo Roe, R-S.C., a candidate, said"
    if (PARTY_TAG.test(speaker.text)) {
      const before = this.text.slice(Math.max(0, start - 80), start).replace(/[\s,(]+$/, '');
      const runEnd = start - 80 < 0 ? before.length : start - 80 + before.length;
      const run = this.personRuns.find((r) => r.start + r.text.length === runEnd);
      const e = run ? this.personFromRun(run, run.gender, at) : undefined;
      return e ? { speaker, source: e.source } : null;
    }
    // a subject pronoun opens a longer phrase: the rest is its clause ("He has faced criticism …")
    if (words.length > 1 && SUBJECT_PRONOUNS.has(words[0].lower) && !isCapitalised(this.text[words[1].start]))
      return { speaker, source: this.resolvePronoun(words[0].lower, words[0].start) };
    // a subject pronoun ends the phrase: the words before it belong to an earlier clause or
    // are adverbs ("which he", "Recently she", "the videos he", "Do you"), and the pronoun is
    // the speaker ("most of them" is no subject pronoun)
    const last = words[words.length - 1];
    if (words.length > 1 && SUBJECT_PRONOUNS.has(last.lower) && words[words.length - 2].lower !== 'of') {
      return {
        speaker: { text: this.text.slice(last.start, last.end), start: last.start, end: last.end },
        source: this.resolvePronoun(last.lower, last.start),
      };
    }

    // drop a parenthetical such as "(D-Wis.)" and anything after it
    const paren = words.findIndex((w) => w.lower === '(');
    if (paren > 0) words = words.slice(0, paren);
    // function words and sentence adverbs are never a source: "First,", "To", "There", "The"
    if (
      words.every(
        (w) => w.kind !== 'word' || FUNCTION_WORDS.has(w.lower) || LEADING_CONJUNCTIONS.has(w.lower),
      )
    )
      return null;
    // a participle opening the sentence before its preposition ("Referring to …, the report
    // said") frames the sentence; it names no one
    if (
      words.length === 1 &&
      words[0].lower.endsWith('ing') &&
      this.opensSentence(words[0].start) &&
      /^\s+(?:to|about|on|for|with|at|from|by|in|into|after|before|through|over)\b/i.test(
        this.text.slice(words[0].end, words[0].end + 12),
      )
    )
      return null;
    // a lone determiner ("Another said …", "Some argued …") is an anonymous description, never a name
    if (words.length === 1 && DESCRIPTION_OPENERS.has(words[0].lower)) {
      return { speaker, source: this.anonymous(words, words[0].lower, at) };
    }
    // days, dates and times never name a source: "Thursday", "On Friday", "Monday night"
    let wordTokens = words.filter((w) => w.kind === 'word');
    // nor does a time modifier left alone ("Late last May said …" leaves "Late")
    if (
      wordTokens.length &&
      wordTokens.every((w) => TIME_MODIFIERS.has(w.lower) && w.lower !== 'the') &&
      !this.runsByWord.get(wordTokens[wordTokens.length - 1].lower)?.some((r) => r.words.length > 1)
    )
      return null;
    // a time word after a capitalised given name is a surname: "Jo Day", "Jo May"
    const tokenLowers = wordTokens.map((w) => w.lower);
    const surnameTime = (i: number) =>
      isCapitalised(this.text[wordTokens[i].start]) &&
      ((this.timeSurnames.has(tokenLowers[i]) && !(i > 0 && TIME_MODIFIERS.has(tokenLowers[i - 1]))) ||
        (isCapitalised(this.text[wordTokens[i - 1]?.start ?? 0]) && isSurnameTimeWord(tokenLowers, i)));
    // "May" after "in", "early", "last" is the month
    const isTime = (i: number) =>
      isTimeWord(
        wordTokens[i].lower,
        i > 0 && TIME_MODIFIERS.has(tokenLowers[i - 1]) && tokenLowers[i - 1] !== 'the',
      ) && !surnameTime(i);
    const timeless = wordTokens.filter((_, i) => !isTime(i));
    if (timeless.length < wordTokens.length) {
      if (
        timeless.every(
          (w) =>
            TIME_MODIFIERS.has(w.lower) ||
            DESCRIPTION_OPENERS.has(w.lower) ||
            LEADING_CONJUNCTIONS.has(w.lower),
        )
      )
        return null;
      // a time phrase at either end of the phrase is no part of the name
      while (
        wordTokens.length &&
        (isTime(wordTokens.length - 1) || TIME_MODIFIERS.has(wordTokens[wordTokens.length - 1].lower))
      )
        wordTokens = wordTokens.slice(0, -1);
      while (
        wordTokens.length &&
        (isTimeWord(wordTokens[0].lower, false) ||
          (TIME_MODIFIERS.has(wordTokens[0].lower) && wordTokens[0].lower !== 'the'))
      )
        wordTokens = wordTokens.slice(1);
      // the possessive of a stripped time phrase goes with it: "this week’s meeting"
      if (wordTokens.length && wordTokens[0].lower.replace('’', "'") === "'s")
        wordTokens = wordTokens.slice(1);
      if (!wordTokens.length) return null;
    }

    // a lower-case head noun not followed by a name makes the phrase a description:
    // "a spokesman for the ministry", "An official briefed on Roe's case"
    // ("Officials", "Critics" opening a sentence are role nouns too, not names)
    const headIndex = wordTokens.findIndex(
      (w, i) =>
        ANONYMOUS_HEADS.has(w.lower) &&
        (!isCapitalised(this.text[w.start]) ||
          (i === 0 && this.opensSentence(w.start) && TITLES[w.lower] === undefined)),
    );
    if (headIndex >= 0) {
      const next = wordTokens[headIndex + 1];
      if (!next || !isCapitalised(this.text[next.start]) || TITLES[next.lower] !== undefined) {
        return { speaker, source: this.anonymous(wordTokens, wordTokens[headIndex].lower, at) };
      }
    }

    // the last capitalised run in the phrase is the name, if any
    let runEnd = -1;
    for (let k = wordTokens.length - 1; k >= 0; k--) {
      const w = wordTokens[k];
      if (
        isCapitalised(this.text[w.start]) &&
        !(k === 0 && DESCRIPTION_OPENERS.has(w.lower) && wordTokens.length > 1)
      ) {
        runEnd = k;
        break;
      }
    }
    // "the Lundish government", "Lund’s intelligence agency", "the Iran–Contra affair": a name
    // before a lower-case head only modifies it, and the phrase describes the head
    const tail = wordTokens.slice(runEnd + 1).filter((w) => w.lower !== '’s' && w.lower !== "'s");
    if (
      runEnd >= 0 &&
      tail.length >= 1 &&
      tail.length <= 3 &&
      tail.every((w) => !isCapitalised(this.text[w.start]) && !FUNCTION_WORDS.has(w.lower))
    ) {
      const head = tail[tail.length - 1].lower;
      if (ORGANIZATION_WORDS.has(head) && !ANONYMOUS_HEADS.has(head)) {
        const named = wordTokens.filter((w, k) => !(k === 0 && DESCRIPTION_OPENERS.has(w.lower)));
        const name = this.text.slice(named[0].start, named[named.length - 1].end);
        return {
          speaker,
          source: this.add(
            { name, kind: 'organisation', description: null },
            null,
            named.map((w) => w.lower),
            null,
            false,
            at,
          ),
        };
      }
      return { speaker, source: this.anonymous(wordTokens, head, at) };
    }
    if (runEnd >= 0) {
      let runStart = runEnd;
      while (runStart > 0) {
        const prev = wordTokens[runStart - 1];
        if (
          isCapitalised(this.text[prev.start]) &&
          !(runStart - 1 === 0 && DESCRIPTION_OPENERS.has(prev.lower) && prev.lower !== 'the')
        )
          runStart--;
        else if (
          NAME_CONNECTORS.has(prev.lower) &&
          runStart - 2 >= 0 &&
          isCapitalised(this.text[wordTokens[runStart - 2].start])
        )
          runStart -= 2;
        // "the Center for Open Ports", "the Committee on Harbour Safety": an institution's full name
        else if (
          (prev.lower === 'for' || prev.lower === 'on') &&
          runStart - 2 >= 0 &&
          ORGANIZATION_WORDS.has(wordTokens[runStart - 2].lower) &&
          isCapitalised(this.text[wordTokens[runStart - 2].start])
        )
          runStart -= 2;
        // "Jo Roe of the Lund Council": the person before "of the", the body after it — a name
        // of two capitalised words, not a share ("Some of the Lund Council")
        else if (
          prev.lower === 'the' &&
          runStart - 4 >= 0 &&
          wordTokens[runStart - 2].lower === 'of' &&
          isCapitalised(this.text[wordTokens[runStart - 3].start]) &&
          isCapitalised(this.text[wordTokens[runStart - 4].start])
        )
          runStart -= 3;
        else break;
      }
      while (
        runStart < runEnd &&
        (SENTENCE_ADVERBS.has(wordTokens[runStart].lower) ||
          // a capitalised opener: "In Roe's mind", "When Roe Spoke" (a title line)
          SUBJECT_BOUNDARY.has(wordTokens[runStart].lower) ||
          LEADING_CONJUNCTIONS.has(wordTokens[runStart].lower) ||
          RUN_PREPOSITIONS.has(wordTokens[runStart].lower) ||
          // a question's auxiliary ("Did Jo Roe remind …?"); "Will" may be a given name
          (QUESTION_AUXILIARIES.has(wordTokens[runStart].lower) && wordTokens[runStart].lower !== 'will'))
      )
        runStart++;
      const source = this.named(wordTokens.slice(runStart, runEnd + 1), wordTokens, description, at);
      return source ? { speaker, source } : null;
    }

    const head =
      [...wordTokens].reverse().find((w) => w.lower !== '’s' && w.lower !== "'s")?.lower ??
      lowers[lowers.length - 1];
    const definite = lowers[0] === 'the' || lowers[0] === 'this' || lowers[0] === 'that';
    if (definite && OUTLET_ANAPHORS.has(head)) {
      const outlet = this.latest((e) => e.source.kind === 'outlet');
      if (outlet) {
        outlet.lastMention = at;
        return { speaker, source: outlet.source };
      }
    }
    if (definite && ORGANIZATION_WORDS.has(head) && !ANONYMOUS_HEADS.has(head)) {
      const org = this.latest((e) => e.source.kind === 'organisation' && e.words.includes(head));
      if (org) {
        org.lastMention = at;
        return { speaker, source: org.source };
      }
      return {
        speaker,
        source: this.add(
          { name: speaker.text, kind: 'organisation', description: null },
          null,
          [head],
          null,
          false,
          at,
        ),
      };
    }
    if (ANONYMOUS_HEADS.has(head) || DESCRIPTION_OPENERS.has(lowers[0])) {
      return { speaker, source: this.anonymous(wordTokens, head, at) };
    }
    return { speaker, source: this.anonymous(wordTokens, head, at) };
  }

  /**
   * An outlet or organization already named that this name abbreviates: its initials ("WSJ",
   * "NYT") or its distinctive words ("Meridian" for "The Daily Meridian"). A word that also
   * ends a person's name in the article ("Lund" and "the Lund Foundation") never matches.
   */
  private shortFormOf(words: string[], run: Token[], at: number): Entity | undefined {
    if (!words.length || words.length > 3) return undefined;
    const last = run[run.length - 1];
    const raw = this.text.slice(last.start, last.end);
    if (words.length === 1 && isAcronym(raw)) {
      const initials = raw.replace(/[.&-]/g, '').toLowerCase();
      const known = this.latest(
        (x) =>
          (x.source.kind === 'outlet' || x.source.kind === 'organisation') &&
          x.words.length >= 2 &&
          initialsOf(x.words) === initials,
      );
      if (known) return known;
      // named earlier in the text but never as a speaker: "… The Wall Street Journal … WSJ reported"
      const run = this.runsByInitials.get(initials);
      if (!run || run.start >= at) return undefined;
      const outlet = run.words.some(
        (w) => OUTLET_WORDS.has(w) || OUTLET_MARKERS.has(w) || NEWSPAPER_WORDS.has(w),
      );
      const org = run.words.some((w) => ORGANIZATION_WORDS.has(w));
      if (!outlet && !org) return undefined;
      const words = run.words.filter((w) => w !== 'the');
      this.pendingMention = { text: run.text, start: run.start, end: run.start + run.text.length };
      const source = this.add(
        { name: this.withArticle(run), kind: outlet ? 'outlet' : 'organisation', description: null },
        null,
        words,
        null,
        !outlet,
        at,
      );
      return this.bySource.get(source);
    }
    if (
      words.some(
        (w) =>
          OUTLET_WORDS.has(w) ||
          ORGANIZATION_WORDS.has(w) ||
          NEWSPAPER_WORDS.has(w) ||
          TITLES[w] !== undefined,
      )
    )
      return undefined;
    const personal = words.some((w) =>
      this.runsByWord
        .get(w)
        ?.some(
          (r) =>
            r.start < at &&
            !r.words.some((x) => OUTLET_WORDS.has(x) || ORGANIZATION_WORDS.has(x) || NEWSPAPER_WORDS.has(x)),
        ),
    );
    if (personal) return undefined;
    const known = this.latest(
      (x) =>
        x.source.kind === 'outlet' &&
        x.words.length > words.length &&
        words.every((w) => x.words.includes(w)),
    );
    if (known) return known;
    // an outlet named earlier in the text but never as a speaker: "… The Daily Meridian reported
    // that … But the Meridian said …"
    const named = this.runsByWord
      .get(words[words.length - 1])
      ?.find(
        (r) =>
          r.start < at &&
          r.words.length > words.length &&
          words.every((w) => r.words.includes(w)) &&
          r.words.some((w) => OUTLET_WORDS.has(w) || OUTLET_MARKERS.has(w) || NEWSPAPER_WORDS.has(w)),
      );
    if (!named) return undefined;
    this.pendingMention = { text: named.text, start: named.start, end: named.start + named.text.length };
    const source = this.add(
      { name: this.withArticle(named), kind: 'outlet', description: null },
      null,
      named.words.filter((w) => w !== 'the'),
      null,
      false,
      at,
    );
    return this.bySource.get(source);
  }

  /** A name run with the capitalised "The" the text gives it ("The Daily Meridian"). */
  private withArticle(run: NameRun): string {
    return this.text.slice(Math.max(0, run.start - 4), run.start) === 'The ' ? `The ${run.text}` : run.text;
  }

  /** True when only spaces, an opening quote or bracket stand between `at` and a sentence end. */
  private opensSentence(at: number): boolean {
    let i = at - 1;
    while (i >= 0 && /[\s“"‘'([]/.test(this.text[i])) i--;
    return i < 0 || /[.!?:;\n—]/.test(this.text[i]);
  }

  /** The last name run before `at` whose title gives this gender (binary search; runs are in text order). */
  private lastGenderedRun(gender: 'male' | 'female' | null, at: number): NameRun | undefined {
    const runs = gender === 'male' ? this.maleRuns : gender === 'female' ? this.femaleRuns : this.personRuns;
    let lo = 0;
    let hi = runs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (runs[mid].start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? runs[lo - 1] : undefined;
  }

  private latest(test: (e: Entity) => boolean): Entity | undefined {
    let best: Entity | undefined;
    for (const e of this.entities) if (test(e) && (!best || e.lastMention >= best.lastMention)) best = e;
    return best;
  }

  /** A person first named by an earlier run of capitalised words, as the entity of this mention. */
  private personFromRun(run: NameRun, gender: Gender, at: number): Entity | undefined {
    this.pendingMention = { text: run.text, start: run.start, end: run.start + run.text.length };
    const source = this.add(
      { name: run.text, kind: 'person', description: null },
      gender,
      run.words,
      null,
      false,
      at,
    );
    return this.bySource.get(source);
  }

  private add(
    source: QuoteSource,
    gender: Gender,
    words: string[],
    head: string | null,
    plural: boolean,
    at: number,
  ): QuoteSource {
    // the same description again is the same source; the list stays bounded so lookups stay cheap
    const same = this.entities.find((e) => e.source.kind === source.kind && e.source.name === source.name);
    if (same) {
      same.lastMention = at;
      return same.source;
    }
    const entity: Entity = { source, gender, words, head, plural, lastMention: at, mentions: [] };
    this.entities.push(entity);
    this.bySource.set(source, entity);
    if (this.entities.length > MAX_ENTITIES) this.bySource.delete(this.entities.shift()!.source);
    return source;
  }

  /**
   * Genders the surnames of the honorifics before `at` (pronouns come in text order, so each
   * honorific is read once): a relative named by title after the pronoun ("her father, Mr.
   * Roe") does not regender the person the pronoun refers back to; a surname given both
   * genders (a couple) stays ungendered.
   */
  private readHonorificsBefore(at: number): void {
    for (; this.honorificsRead < this.honorifics.length; this.honorificsRead++) {
      const h = this.honorifics[this.honorificsRead];
      if (h.at >= at) break;
      const seen = this.surnameGender.get(h.surname);
      this.surnameGender.set(h.surname, seen === undefined || seen === h.gender ? h.gender : null);
    }
  }

  private resolvePronoun(pronoun: string, at: number): QuoteSource | null {
    const kind = PRONOUNS[pronoun];
    let e: Entity | undefined;
    if (kind === 'male' || kind === 'female') {
      this.readHonorificsBefore(at);
      for (const x of this.entities)
        if (x.gender === null && x.source.kind === 'person')
          x.gender = this.surnameGender.get(x.words[x.words.length - 1]) ?? null;
      const exact = this.latest((x) => x.source.kind === 'person' && x.gender === kind);
      const any = this.latest(
        (x) =>
          (x.source.kind === 'person' || (x.source.kind === 'anonymous' && !x.plural)) &&
          (x.gender === null || x.gender === kind),
      );
      // a titled name seen in the text since then ("Mrs. Jo Roe met …") outranks both
      const run = this.lastGenderedRun(kind, at);
      const since = Math.max(exact?.lastMention ?? -1, any && any.gender !== null ? any.lastMention : -1);
      if (
        run &&
        run.start > since &&
        (!any || any.gender !== null || run.start > any.lastMention || !exact)
      ) {
        this.pendingMention = { text: run.text, start: run.start, end: run.start + run.text.length };
        const known = this.latest(
          (x) =>
            x.source.kind === 'person' && x.words[x.words.length - 1] === run!.words[run!.words.length - 1],
        );
        e = known ?? this.personFromRun(run, kind, at);
        if (e && !e.gender) e.gender = kind;
      } else {
        e =
          exact && (!any || any.gender !== null || exact.lastMention >= any.lastMention - 400) ? exact : any;
      }
      if (e && e.gender === null && e.source.kind === 'person') e.gender = kind;
    } else if (kind === 'neuter') {
      e =
        this.latest((x) => x.source.kind === 'organisation' || x.source.kind === 'outlet') ??
        this.latest(() => true);
    } else if (kind === 'plural') {
      e =
        this.latest((x) => x.plural || x.source.kind === 'organisation' || x.source.kind === 'outlet') ??
        this.latest(() => true);
    } else {
      e = this.latest(() => true);
    }
    if (!e && (kind === 'male' || kind === 'female')) {
      // nobody quoted yet: the last person-like name in the text ("Petra Holm opened the dock. She said …")
      const run = this.lastGenderedRun(null, at);
      if (run && at - run.start < 1500) {
        e = this.personFromRun(run, kind, at);
      }
    }
    if (!e) return null;
    e.lastMention = at;
    return e.source;
  }

  private anonymous(words: Token[], head: string, at: number): QuoteSource {
    let ws = words;
    while (ws.length && LEADING_CONJUNCTIONS.has(ws[0].lower)) ws = ws.slice(1);
    const description = ws.length ? this.text.slice(ws[0].start, ws[ws.length - 1].end) : head;
    const first = ws[0]?.lower ?? '';
    const definite =
      first === 'the' || first === 'that' || first === 'this' || first === 'these' || first === 'those';
    const singularHead = head.endsWith('s') && !head.endsWith('ss') ? head.slice(0, -1) : head;
    if (definite) {
      // "the official", "the senior US official": the description it refers back to
      const modifiers = ws.slice(1, -1).map((w) => w.lower);
      const e = this.latest(
        (x) =>
          x.source.kind === 'anonymous' &&
          x.head !== null &&
          (x.head === head || x.head === singularHead || x.head.replace(/s$/, '') === singularHead) &&
          modifiers.every((m) => x.words.includes(m)),
      );
      if (e) {
        e.lastMention = at;
        return e.source;
      }
    }
    const plural =
      head !== singularHead ||
      head === 'people' ||
      head === 'police' ||
      head === 'authorities' ||
      /^(two|three|four|five|several|some|many|various|numerous|multiple|both|most)$/.test(first);
    const gender: Gender =
      /(man|men)$/.test(head) && !/woman|women/.test(head)
        ? 'male'
        : /wom[ae]n$/.test(head)
          ? 'female'
          : null;
    return this.add(
      { name: description, kind: 'anonymous', description },
      gender,
      ws.map((w) => w.lower),
      head,
      plural,
      at,
    );
  }

  private named(run: Token[], phrase: Token[], description: string | null, at: number): QuoteSource | null {
    // "Jo Roe of Lund University": a personal name of two or three words, then where the
    // person is from; the name is the source ("Bank of America", "Secretary of State Jo Roe"
    // have one word or a title before "of")
    // (a title may come first: "Sen. Jo Roe of New Lund" is Jo Roe)
    let lead = 0;
    while (lead < run.length - 1 && TITLES[run[lead].lower] !== undefined) lead++;
    const of = run.findIndex((w, k) => k >= lead + 2 && w.lower === 'of');
    if (
      of > 0 &&
      of <= lead + 3 &&
      of < run.length - 1 &&
      run
        .slice(lead, of)
        .every(
          (w) =>
            TITLES[w.lower] === undefined &&
            !ORGANIZATION_WORDS.has(w.lower) &&
            !OUTLET_WORDS.has(w.lower) &&
            !OUTLET_MARKERS.has(w.lower) &&
            !NEWSPAPER_WORDS.has(w.lower) &&
            !NAME_CONNECTORS.has(w.lower) &&
            w.lower !== 'the',
        )
    ) {
      const affiliation = this.text.slice(run[of + 1].start, run[run.length - 1].end);
      return this.named(run.slice(0, of), phrase, description ?? affiliation, at);
    }
    let gender: Gender = null;
    for (const w of phrase) if (TITLES[w.lower] && gender === null) gender = TITLES[w.lower];
    const lowerRun = run.map((w) => w.lower);
    const last = lowerRun[lowerRun.length - 1];
    const withoutThe = lowerRun.filter((w) => w !== 'the');
    const outletish =
      OUTLET_WORDS.has(last) ||
      withoutThe.some((w) => OUTLET_MARKERS.has(w)) ||
      (last === 'today' && withoutThe.length > 1) ||
      // "The Daily Meridian", "The Times Courier of Lund": a newspaper word anywhere in a titled name
      (withoutThe.length > 1 &&
        !ORGANIZATION_WORDS.has(last) &&
        withoutThe.some((w) => NEWSPAPER_WORDS.has(w)));
    // "Bank of America", "University of Lund": an institution word before "of" and no title after it
    // (also "Center for …", "Committee on …")
    const ofAt = lowerRun.findIndex(
      (w, k) => k > 0 && (w === 'of' || w === 'for' || w === 'on') && ORGANIZATION_WORDS.has(lowerRun[k - 1]),
    );
    const institutionOf =
      ofAt > 0 &&
      lowerRun.slice(ofAt + 1).every((w) => TITLES[w] === undefined && !ORGANIZATION_WORDS.has(w));
    const orgish =
      !outletish &&
      (ORGANIZATION_WORDS.has(last) ||
        institutionOf ||
        (run.length === 1 && isAcronym(this.text.slice(run[0].start, run[0].end))) ||
        (lowerRun[0] === 'the' && run.length > 1));
    // "CNN President Jo Roe", "Lund City Mayor Jo Guardian": a title before the last words makes
    // them a person's name, whatever the words before the title
    let titleAt = -1;
    for (let k = 0; k < run.length - 1; k++)
      if (lowerRun[k] !== 'the' && TITLES[lowerRun[k].split('-')[0]] !== undefined) titleAt = k;
    const titled =
      titleAt >= 0 &&
      lowerRun
        .slice(titleAt + 1)
        .every(
          (w) =>
            !ORGANIZATION_WORDS.has(w) && !OUTLET_MARKERS.has(w) && !NEWSPAPER_WORDS.has(w) && w !== 'of',
        );
    let kind: SourceKind = titled ? 'person' : outletish ? 'outlet' : orgish ? 'organisation' : 'person';
    let name = run;
    if (kind === 'person') {
      // a person's name follows the last title or institution word: "Senate Leader Jo Roe"
      let cut = -1;
      for (let k = 0; k < run.length - 1; k++)
        if (
          TITLES[lowerRun[k]] !== undefined ||
          ORGANIZATION_WORDS.has(lowerRun[k]) ||
          (NAME_CONNECTORS.has(lowerRun[k]) && lowerRun[k] === 'of')
        )
          cut = k;
      name = run.slice(cut + 1);
      while (name.length > 1 && NAME_CONNECTORS.has(name[0].lower)) name = name.slice(1);
      if (run.length === 1 && phrase[phrase.indexOf(run[0]) - 1]?.lower === 'the') kind = 'organisation';
    } else if (
      lowerRun[0] !== 'the' &&
      phrase[phrase.indexOf(run[0]) - 1]?.lower === 'the' &&
      kind === 'outlet'
    ) {
      name = [phrase[phrase.indexOf(run[0]) - 1], ...run];
    }
    const words = name.map((w) => w.lower).filter((w) => w !== 'the');

    // an outlet or organization named before, by its short name or its initials:
    // "Meridian" after "The Daily Meridian", "WSJ" after "The Wall Street Journal"
    const earlier = this.shortFormOf(words, run, at);
    if (earlier) {
      earlier.lastMention = at;
      return earlier.source;
    }

    // an outlet or organization already named whose name contains this one ("the Times")
    if (kind !== 'person') {
      const e = this.latest(
        (x) =>
          (x.source.kind === 'outlet' || x.source.kind === 'organisation') &&
          words.every((w) => x.words.includes(w)),
      );
      if (e) {
        e.lastMention = at;
        return e.source;
      }
      const display = this.text.slice(name[0].start, name[name.length - 1].end);
      return this.add({ name: display, kind, description }, null, words, null, kind === 'organisation', at);
    }

    // a person: surname, first name or full name of someone already named (of the title's
    // gender, if both are known: "Mrs. Roe" after "Bill Roe" is someone else)
    const titleGender = gender;
    if (gender === null)
      gender =
        this.runsByWord
          .get(words[words.length - 1])
          ?.find(
            (r) =>
              r.gender !== null && r.start < at && r.words[r.words.length - 1] === words[words.length - 1],
          )?.gender ?? null;
    const known = this.latest(
      (x) =>
        x.source.kind === 'person' &&
        (titleGender === null || x.gender === null || x.gender === titleGender) &&
        (words.length === 1
          ? x.words.includes(words[0])
          : x.words[x.words.length - 1] === words[words.length - 1] &&
            (x.words.length === 1 ||
              words.includes(x.words[0]) ||
              (x.words.length <= words.length && sameGivenName(x.words[0], words[0])))),
    );
    if (known) {
      if (known.words.length < words.length) {
        known.source.name = this.text.slice(name[0].start, name[name.length - 1].end);
        known.words = words;
      }
      if (!known.source.description && description) known.source.description = description;
      if (gender && !known.gender) known.gender = gender;
      known.lastMention = at;
      return known.source;
    }
    let full = this.text.slice(name[0].start, name[name.length - 1].end);
    let fullWords = words;
    if (words.length === 1) {
      // the first full name in the article ending (or starting) with this word
      const runs = this.runsByWord.get(words[0]);
      const run = runs?.find(
        (r) =>
          r.start < at &&
          (r.words[r.words.length - 1] === words[0] || r.words[0] === words[0]) &&
          (titleGender === null || r.gender === null || r.gender === titleGender) &&
          !r.words.some((w) => OUTLET_WORDS.has(w) || ORGANIZATION_WORDS.has(w)),
      );
      if (run) {
        this.pendingMention = { text: run.text, start: run.start, end: run.start + run.text.length };
        full = run.text;
        fullWords = run.words;
        gender = gender ?? run.gender;
      }
    }
    // a lone word opening its sentence that the article also writes in lower case is a common
    // word, not a name: "Last month, …", "More challenging …", "Nobody asked …" name no one;
    // "Poll: …", "Critics say …" are descriptions
    // "Polls there show …", "Footage from the match shows …": an evidence noun opening its
    // sentence is a description even where the article never writes it in lower case
    if (fullWords.length === 1 && this.opensSentence(name[0].start) && EVIDENCE_NOUNS.has(fullWords[0]))
      return this.anonymous(name, fullWords[0], at);
    if (fullWords.length === 1 && this.opensSentence(name[0].start) && this.isCommonWord(fullWords[0])) {
      const word = fullWords[0];
      const described =
        EVIDENCE_NOUNS.has(word) ||
        ANONYMOUS_HEADS.has(word) ||
        ORGANIZATION_WORDS.has(word) ||
        NEWSPAPER_WORDS.has(word) ||
        OUTLET_ANAPHORS.has(word) ||
        (word.endsWith('s') && !word.endsWith('ss'));
      return described ? this.anonymous(name, word, at) : null;
    }
    // a title-case headline capitalises descriptions: "Harbour Supporter Shouts …" names no person
    if (fullWords.length >= 2 && this.isCommonWord(fullWords[fullWords.length - 1]) && this.inTitleLine(at)) {
      const head = fullWords[fullWords.length - 1];
      return this.add({ name: full, kind: 'anonymous', description: full }, null, fullWords, head, false, at);
    }
    // a headline's run of capitals may hold more than the name ("Harbour Roe Plan …"): the person
    // is the one the body names in full with one of its words as surname; later mentions do not
    // join the headline's run
    if (this.inTitleLine(at)) {
      for (const w of [...words].reverse()) {
        const run = this.runsByWord
          .get(w)
          ?.find(
            (r) => r.words.length >= 2 && r.words[r.words.length - 1] === w && this.personRuns.includes(r),
          );
        if (run)
          return this.add(
            { name: run.text, kind: 'person', description },
            run.gender,
            run.words,
            null,
            false,
            at,
          );
      }
      return { name: full, kind: 'person', description };
    }
    return this.add({ name: full, kind: 'person', description }, gender, fullWords, null, false, at);
  }

  private readonly commonWords = new Map<string, boolean>();

  /** Whether the article also writes this word (or its plural) in lower case, as an ordinary word. */
  private isCommonWord(word: string): boolean {
    let known = this.commonWords.get(word);
    if (known === undefined) {
      known = this.writtenLowerCase(word) || this.writtenLowerCase(`${word}s`);
      this.commonWords.set(word, known);
    }
    return known;
  }

  /** Whether the text holds this lower-case word on its own (a search, not a word index: asked for a few words per article; quotes bench). */
  private writtenLowerCase(word: string): boolean {
    const wordChar = /[\p{L}\p{N}’'-]/u;
    for (let i = this.text.indexOf(word); i >= 0; i = this.text.indexOf(word, i + 1)) {
      const before = this.text[i - 1];
      const after = this.text[i + word.length];
      if ((!before || !wordChar.test(before)) && (!after || !wordChar.test(after))) return true;
    }
    return false;
  }

  /** Whether `at` lies in a line set in title case (a headline): four or more longer words, nearly all capitalised. */
  private inTitleLine(at: number): boolean {
    let lo = 0;
    let hi = this.titleLines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.titleLines[mid][1] < at) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.titleLines.length && this.titleLines[lo][0] <= at;
  }
}

/**
 * Whether two given names can be one person's: equal, or one an initial of the other ("J." and
 * "Jo"). "Al Roe" is not "Jo Roe", nor "Tom Lund" "Ann Lund": a family shares a surname.
 */
function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  const initial = (w: string) => /^\p{L}\.?$/u.test(w);
  return (initial(a) || initial(b)) && a[0] === b[0];
}
