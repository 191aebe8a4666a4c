/**
 * Explainable auto-moderation: an ordered pipeline of rules, each returning findings with the
 * character spans (JS string indices into the original text) that triggered it. Pure: plain data
 * in and out; settings are compiled once per settings object and memoised by identity.
 */
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import LinkifyIt from 'linkify-it';
import { canonicalise } from './canonical';
import { COPULA_NEGATORS, mergeSpans, REPORTED_SPEECH, tokenise, WordList, type Token } from './text';
import { modelFinding, shippedToxicSpanModel, type ToxicSpanModel } from './model';
import {
  DEFAULT_CRIMINAL_NOUNS,
  DEFAULT_DEHUMANISING_NOUNS,
  DEFAULT_GROUP_WORDS,
  NEWS_LABELS,
  PLAIN_SENSE,
} from './default-lists';
import { compileIdentityGrammar, findGroupAttacks, type IdentityGrammar } from './identity';
import { compileThreatLexicon, findFixedThreats, findThreats, type ThreatLexicon } from './threat';
import type {
  CommentInput,
  ModerationContext,
  ModerationDecision,
  ModerationReason,
  ModerationResult,
  ModerationSettings,
  RuleAction,
  RuleId,
  Span,
} from './types';
import { words, wordSet } from '../../../../shared/words';

export interface CompiledModeration {
  settings: ModerationSettings;
  banned: WordList;
  suspect: WordList;
  ignoredLibraryWords: Set<string>;
  library: RegExpMatcher | null;
  insult: WordList;
  targetedInsult: WordList;
  plainInProse: WordList;
  plainSense: WordList;
  identityTerms: WordList;
  hostileWords: WordList;
  threat: ThreatLexicon;
  identity: IdentityGrammar;
  linkify: LinkifyIt;
  /** The toxic-span model when settings.model is enabled. */
  model: ToxicSpanModel | null;
}

interface Finding {
  rule: RuleId;
  action: RuleAction;
  detail: string;
  spans: Span[];
}

interface RuleInput {
  /** Canonical text (see canonical.ts) that word rules read; their spans are mapped back. */
  text: string;
  /** The text as written, read by form rules (links, shouting, duplicates). */
  original: string;
  toOriginal: (span: Span) => Span;
  tokens: Token[];
  compiled: CompiledModeration;
  input: CommentInput;
  context: ModerationContext;
  /** Set when the text is an author name: only strong insults count (a name is no sentence). */
  isName?: boolean;
}

const SEVERITY: Record<ModerationDecision, number> = { approve: 0, pending: 1, flag: 2, reject: 3 };

/** Compiles word lists and matchers of a settings object (do it once, moderate many). */
export function compileModerationSettings(
  settings: ModerationSettings,
  options: { model?: ToxicSpanModel } = {},
): CompiledModeration {
  return {
    // Another model (e.g. one fold's in cross-validation) may replace the shipped one.
    model: settings.model?.enabled ? (options.model ?? shippedToxicSpanModel()) : null,
    settings,
    banned: new WordList(settings.bannedWords.words, true),
    suspect: new WordList(settings.suspectWords.words),
    ignoredLibraryWords: new Set(settings.suspectWords.ignoredLibraryWords.map((w) => w.toLowerCase())),
    library: settings.suspectWords.useLibraryDataset
      ? new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers })
      : null,
    insult: new WordList(settings.insult.words),
    targetedInsult: new WordList(settings.insult.targetedWords),
    plainInProse: new WordList([...PLAIN_SENSE, ...NEWS_LABELS]),
    plainSense: new WordList(PLAIN_SENSE),
    identityTerms: new WordList(settings.identityAttack.identityTerms),
    hostileWords: new WordList(settings.identityAttack.hostileWords),
    threat: compileThreatLexicon(settings.threat.verbs, settings.threat.targets),
    // The editable identity terms join the general group lexicon.
    identity: compileIdentityGrammar(
      [...DEFAULT_GROUP_WORDS, ...settings.identityAttack.identityTerms],
      DEFAULT_DEHUMANISING_NOUNS,
      DEFAULT_CRIMINAL_NOUNS,
      settings.insult.words,
    ),
    linkify: new LinkifyIt(),
  };
}

const quoteList = (text: string, spans: Span[]): string =>
  [...new Set(spans.map((s) => `"${text.slice(s.start, s.end)}"`))].slice(0, 8).join(', ');

/* ---------- word rules ---------- */

// Affixes around a profanity-library match that still make one word ("bullshit", "fucking");
// anything else is another word that merely contains it ("Penistone", "Dickens").
const LIBRARY_PREFIXES = new Set([
  '',
  ...words(`
    bull horse dip dumb jack smart bad mother chicken holy god candy lard fat kick dog ape bat cow
    pig apes no
  `),
]);
const LIBRARY_SUFFIXES = new Set([
  '',
  ...words(`
    s es ed er ers ing in y ty ter tier tiest ies ier iest head heads hole holes face faces bag bags
    wit wits hat hats load show storm stain ass off up wad wads tard tards ard ards ing ingly ery
    ish o os ted ting ters sucker suckers sucking ass fest er pot
  `),
]);

function tokenAt(tokens: Token[], start: number, end: number): Token | undefined {
  // Tokens are sorted by start; a binary search keeps long comments fast.
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid];
    if (t.end <= start) lo = mid + 1;
    else if (t.start >= end) hi = mid - 1;
    else return t;
  }
  return undefined;
}

function libraryWordIsWholeWord(token: Token, word: string): boolean {
  const compact = word.replace(/\s+/g, '');
  for (const v of token.variants) {
    const idx = v.indexOf(compact);
    if (idx < 0) continue;
    if (LIBRARY_PREFIXES.has(v.slice(0, idx)) && LIBRARY_SUFFIXES.has(v.slice(idx + compact.length)))
      return true;
  }
  // The library may see through a disguise our normaliser does not decode ("phuck"); a plain
  // word without digits or symbols that does not contain the term is another word ("trafficking").
  return /[^\p{L}'’]/u.test(token.norm) && !token.variants.some((v) => v.includes(compact));
}

function wordRules({ text, tokens, compiled }: RuleInput): {
  banned: Finding | null;
  suspect: Finding | null;
} {
  const { settings } = compiled;
  const bannedSpans: Span[] = [];
  const suspectSpans: Span[] = [];
  if (settings.bannedWords.enabled) for (const m of compiled.banned.findAll(tokens)) bannedSpans.push(m.span);
  if (settings.suspectWords.enabled)
    for (const m of compiled.suspect.findAll(tokens)) suspectSpans.push(m.span);

  if (compiled.library && (settings.bannedWords.enabled || settings.suspectWords.enabled)) {
    for (const match of compiled.library.getAllMatches(text, true)) {
      const word = englishDataset.getPayloadWithPhraseMetadata(match).phraseMetadata?.originalWord ?? '';
      const start = match.startIndex;
      const end = match.endIndex + 1;
      const token = tokenAt(tokens, start, end);
      // A match across words ("a 5-5") is a coincidence of spacing, not a disguised word.
      if (token && (start < token.start || end > token.end) && !word.includes(' ')) continue;
      const span = token
        ? { start: Math.min(start, token.start), end: Math.max(end, token.end) }
        : { start, end };
      if (token && !libraryWordIsWholeWord(token, word)) continue;
      const asToken: Token = { norm: word, variants: [word], start, end };
      if (settings.bannedWords.enabled && compiled.banned.matchToken(asToken)) bannedSpans.push(span);
      else if (settings.suspectWords.enabled && !compiled.ignoredLibraryWords.has(word))
        suspectSpans.push(span);
    }
  }
  const banned = mergeSpans(bannedSpans);
  const suspect = mergeSpans(suspectSpans).filter(
    (s) => !banned.some((b) => b.start <= s.start && s.end <= b.end),
  );
  return {
    banned: banned.length
      ? {
          rule: 'banned-words',
          action: settings.bannedWords.action,
          detail: `banned words: ${quoteList(text, banned)}`,
          spans: banned,
        }
      : null,
    suspect: suspect.length
      ? {
          rule: 'suspect-words',
          action: settings.suspectWords.action,
          detail: `profanity: ${quoteList(text, suspect)}`,
          spans: suspect,
        }
      : null,
  };
}

const SECOND_PERSON = ['you', "you're", 'youre', 'your', 'ur', 'u', 'ya', 'yourself', 'yourselves'];
// Words that aim an insult at someone: "you are so X", "what an X", "these X", "X people".
const TARGET_CUES = new Set([
  ...SECOND_PERSON,
  ...words(`
    what such bunch these those total complete utter absolute real typical another bloody pure
    they're theyre he's she's hes shes sounds such
  `),
]);
const PERSON_NOUNS = wordSet(`
  people person persons man men woman women guy guys folks folk idiot idiots voters liberal liberals
  conservative conservatives leftist leftists democrats republicans president politician politicians
  individual individuals comment comments commenter commenters poster posters crowd mob lot bunch
  boy boys girl girls old fool fools clown clowns moron morons
`);

const REPORTING = new Set([
  ...REPORTED_SPEECH,
  ...words(`
    claimed claims argued wrote tweeted added called calling calls described asked insisted declared
    stated noted explained continued
  `),
]);
const SENTENCE_END = /[.!?\n…]/;
const QUOTE = /["“”]/;

/** Whether the sentence of token i reports speech (a reporting verb, or the word inside quotes). */
function reportedSpeech(text: string, tokens: readonly Token[], i: number): boolean {
  let from = i;
  while (from > 0 && !SENTENCE_END.test(text.slice(tokens[from - 1].end, tokens[from].start))) from--;
  let to = i;
  while (to + 1 < tokens.length && !SENTENCE_END.test(text.slice(tokens[to].end, tokens[to + 1].start))) to++;
  for (let k = from; k <= to; k++) if (REPORTING.has(tokens[k].norm)) return true;
  const quotesBefore = (text.slice(0, tokens[i].start).match(/["“”]/g) ?? []).length;
  return quotesBefore % 2 === 1 || QUOTE.test(text.slice(tokens[from].start, tokens[to].end));
}

const ARTICLES = new Set(['a', 'an', 'the']);
const SECOND_PERSON_CUES = new Set(SECOND_PERSON);
// Function words that follow a noun, not an adjective ("a racist for president", "a fool who").
const AFTER_NOUN = wordSet('who that for and like in on with from of to if but or as at by');

function insultRule({ text, tokens, compiled, isName }: RuleInput): Finding | null {
  const s = compiled.settings.insult;
  if (!s.enabled) return null;
  const strong: Span[] = [];
  const weak: Array<{ span: Span; index: number; targeted: boolean }> = [];
  for (const m of compiled.insult.findAll(tokens)) {
    const isWeak = m.first === m.last && compiled.targetedInsult.matchToken(tokens[m.first]) !== undefined;
    if (isWeak && isName) continue;
    if (!isWeak) {
      strong.push(m.span);
      continue;
    }
    let targeted = false;
    for (let k = Math.max(0, m.first - 3); k < m.first && !targeted; k++)
      targeted = TARGET_CUES.has(tokens[k].norm);
    const next = tokens[m.last + 1];
    const after = next ? text.slice(tokens[m.last].end, next.start) : '.';
    // Followed by a word in the same phrase that is no person ("those gross incomes"), the weak
    // word describes a thing, whatever cue stands before it.
    const nounUse = !next || /[.,;:!?\n]/.test(after) || AFTER_NOUN.has(next.norm);
    if (
      targeted &&
      !nounUse &&
      !PERSON_NOUNS.has(next!.norm) &&
      !SECOND_PERSON_CUES.has(tokens[m.first - 1]?.norm ?? '')
    )
      targeted = false;
    if (!targeted && next && PERSON_NOUNS.has(next.norm)) targeted = true;
    // A comment of a few words around an insult ("Fascist!", "anti-military fool!") addresses
    // the reader it answers.
    // (A masked word, "f***", is a guess among several words: not enough on its own.)
    if (!targeted && tokens.length <= 3 && !/[*#%]/.test(tokens[m.first].norm)) targeted = true;
    // A label used as a noun for someone in the commenter's own voice: "an avowed racist.", "the
    // racist who ..." (not words with a plain sense: "the hack of the server").
    if (
      !targeted &&
      nounUse &&
      (ARTICLES.has(tokens[m.first - 1]?.norm) || ARTICLES.has(tokens[m.first - 2]?.norm))
    ) {
      targeted = !compiled.plainSense.matchToken(tokens[m.first]) && !reportedSpeech(text, tokens, m.first);
    }
    weak.push({ span: m.span, index: m.first, targeted });
  }
  // Untargeted weak words count only in company: two of them, or next to a strong insult, hold
  // the comment, but they are pointed at only when nothing stronger is there.
  const targeted = weak.filter((w) => w.targeted).map((w) => w.span);
  const untargeted = weak.filter((w) => !w.targeted).map((w) => w.span);
  // An evaluative weak word ("ignorant", "ridiculous") said in the commenter's own voice holds
  // the comment; in reported speech, or with a plain sense in news ("gross income"), it does not.
  const opinion = weak
    .filter(
      (w) =>
        !w.targeted &&
        !compiled.plainInProse.matchToken(tokens[w.index]) &&
        !reportedSpeech(text, tokens, w.index),
    )
    .map((w) => w.span);
  const pointed =
    strong.length || targeted.length
      ? [...strong, ...targeted]
      : untargeted.length >= 2
        ? untargeted
        : opinion;
  const spans = mergeSpans(pointed);
  if (!spans.length) return null;
  return { rule: 'insult', action: s.action, detail: `insulting words: ${quoteList(text, spans)}`, spans };
}

const NEGATORS = new Set([...COPULA_NEGATORS, "wasn't", 'wasnt']);

function identityRule({ text, tokens, compiled }: RuleInput): Finding | null {
  const s = compiled.settings.identityAttack;
  if (!s.enabled) return null;
  const spans: Span[] = [];
  const groups = new Set<string>();
  // Collective accusations and dehumanising nouns (identity.ts): the whole phrase is the span.
  for (const attack of findGroupAttacks(text, tokens, compiled.identity, compiled.threat)) {
    spans.push(attack.span);
    groups.add(text.slice(attack.group.start, attack.group.end));
  }
  // An editable identity term near an editable hostile word: the hostile word is what raters and
  // moderators point at; the group is named in the detail.
  const identities = compiled.identityTerms.findAll(tokens);
  const hostile = identities.length ? compiled.hostileWords.findAll(tokens) : [];
  for (const id of identities) {
    for (const h of hostile) {
      if (h.first === id.first) continue;
      const gap = h.first > id.last ? h.first - id.last : id.first - h.last;
      // "X are not criminals" denies what it names.
      const [from, to] = h.first > id.last ? [id.last + 1, h.first] : [h.last + 1, id.first];
      const negated = tokens.slice(from, to).some((t) => NEGATORS.has(t.norm));
      if (gap <= s.maxDistance && !negated) {
        spans.push(h.span);
        groups.add(text.slice(id.span.start, id.span.end));
      }
    }
  }
  if (!spans.length) return null;
  const merged = mergeSpans(spans);
  return {
    rule: 'identity-attack',
    action: s.action,
    detail: `hostile words ${quoteList(text, merged)} about ${[...groups]
      .slice(0, 4)
      .map((g) => `"${g}"`)
      .join(', ')}`,
    spans: merged,
  };
}

function threatRule({ text, tokens, compiled }: RuleInput): Finding | null {
  const s = compiled.settings.threat;
  if (!s.enabled) return null;
  const spans = mergeSpans([...findThreats(text, tokens, compiled.threat), ...findFixedThreats(text)]);
  if (!spans.length) return null;
  return { rule: 'threat', action: s.action, detail: `threatening words: ${quoteList(text, spans)}`, spans };
}

/* ---------- form rules ---------- */

function linksRule({ original: text, compiled }: RuleInput): Finding | null {
  const s = compiled.settings.links;
  if (!s.enabled) return null;
  const links = compiled.linkify.match(text) ?? [];
  if (links.length <= s.maxLinks) return null;
  return {
    rule: 'links',
    action: s.action,
    detail: `${links.length} links (at most ${s.maxLinks} allowed)`,
    spans: links.map((l) => ({ start: l.index, end: l.lastIndex })),
  };
}

function shoutingRule({ original: text, compiled }: RuleInput): Finding | null {
  const s = compiled.settings.shouting;
  if (!s.enabled) return null;
  let letters = 0;
  let upper = 0;
  for (const ch of text) {
    if (ch.toLowerCase() !== ch.toUpperCase()) {
      letters++;
      if (ch === ch.toUpperCase()) upper++;
    }
  }
  if (letters < s.minLetters || upper / letters < s.maxUppercaseRatio) return null;
  const tokens = tokenise(text);
  const spans = mergeSpans(
    tokens
      .filter((t) => {
        const raw = text.slice(t.start, t.end);
        return raw.length > 1 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
      })
      .map((t) => ({ start: t.start, end: t.end })),
  );
  // Join shouted words separated only by spaces/punctuation into one span per run.
  const runs: Span[] = [];
  for (const sp of spans) {
    const prev = runs[runs.length - 1];
    if (prev && /^[^\p{L}]*$/u.test(text.slice(prev.end, sp.start))) prev.end = sp.end;
    else runs.push({ ...sp });
  }
  return {
    rule: 'shouting',
    action: s.action,
    detail: `${Math.round((100 * upper) / letters)}% capital letters`,
    spans: runs,
  };
}

const toMs = (v: string | number | Date | undefined): number | undefined => {
  if (v === undefined) return undefined;
  const ms = v instanceof Date ? v.getTime() : typeof v === 'number' ? v : Date.parse(v);
  return Number.isFinite(ms) ? ms : undefined;
};

const normaliseForDuplicates = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function shingles(norm: string): Set<string> {
  const words = norm.split(' ').filter(Boolean);
  const out = new Set<string>();
  if (words.length < 3) {
    if (words.length) out.add(words.join(' '));
    return out;
  }
  for (let i = 0; i + 3 <= words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

function duplicateRule({ original: text, input, context, compiled }: RuleInput): Finding | null {
  const s = compiled.settings.duplicate;
  const recent = context.recentComments;
  if (!s.enabled || !recent?.length) return null;
  const now = toMs(context.now) ?? toMs(input.postedAt) ?? Date.now();
  const windowMs = s.windowMinutes * 60_000;
  const norm = normaliseForDuplicates(text);
  if (!norm) return null;
  const mine = shingles(norm);
  let best: { action: RuleAction; detail: string } | null = null;
  for (const other of recent) {
    const at = toMs(other.postedAt);
    if (at === undefined || Math.abs(now - at) > windowMs) continue;
    if (!other.sameClient && norm.length < s.minCrossClientChars) continue;
    const otherNorm = normaliseForDuplicates(other.text);
    const who = other.sameClient ? 'by the same client' : 'by another client';
    const where =
      other.articleId !== undefined && other.articleId !== input.articleId ? ' on another article' : '';
    if (otherNorm === norm) {
      const action = other.sameClient ? s.exactSameClientAction : s.action;
      if (!best || SEVERITY[action] > SEVERITY[best.action])
        best = { action, detail: `exact repeat of a comment ${who}${where}` };
      continue;
    }
    // Jaccard similarity cannot exceed the ratio of the sizes: skip clearly different lengths.
    const lengthRatio = Math.min(norm.length, otherNorm.length) / Math.max(norm.length, otherNorm.length);
    if (lengthRatio < s.nearThreshold * 0.8) continue;
    const similarity = jaccard(mine, shingles(otherNorm));
    if (similarity >= s.nearThreshold && (!best || SEVERITY[s.action] > SEVERITY[best.action])) {
      best = {
        action: s.action,
        detail: `near repeat (${Math.round(similarity * 100)}% similar) of a comment ${who}${where}`,
      };
    }
  }
  if (!best) return null;
  return {
    rule: 'duplicate',
    action: best.action,
    detail: best.detail,
    spans: [{ start: 0, end: text.length }],
  };
}

function reportsRule({ context, compiled }: RuleInput): Finding | null {
  const s = compiled.settings.reports;
  const count = context.reportCount ?? 0;
  if (!s.enabled || count < s.threshold) return null;
  return {
    rule: 'reports',
    action: s.action,
    detail: `${count} reader reports (threshold ${s.threshold})`,
    spans: [],
  };
}

function articleModeRule({ context, compiled }: RuleInput): Finding | null {
  if (context.articleMode !== 'closed') return null;
  return {
    rule: 'article-mode',
    action: compiled.settings.articleMode.closedAction,
    detail: 'the article is closed for comments',
    spans: [],
  };
}

/* ---------- pipeline ---------- */

/** Word rules read the canonical text: their spans are mapped back to the text as written. */
const WORD_RULES = new Set<RuleId>(['banned-words', 'suspect-words', 'insult', 'identity-attack', 'threat']);

function runRule(
  id: RuleId,
  input: RuleInput,
  wordCache: { value?: ReturnType<typeof wordRules> },
): Finding | null {
  const finding = findingOf(id, input, wordCache);
  if (!finding || !WORD_RULES.has(id) || input.text === input.original) return finding;
  return { ...finding, spans: mergeSpans(finding.spans.map((s) => input.toOriginal(s))) };
}

function findingOf(
  id: RuleId,
  input: RuleInput,
  wordCache: { value?: ReturnType<typeof wordRules> },
): Finding | null {
  // The two word-list rules share one pass over the tokens.
  if (id === 'banned-words') return (wordCache.value ??= wordRules(input)).banned;
  if (id === 'suspect-words') return (wordCache.value ??= wordRules(input)).suspect;
  return RULE_FUNCTIONS[id](input);
}

const RULE_FUNCTIONS: Record<
  Exclude<RuleId, 'banned-words' | 'suspect-words'>,
  (input: RuleInput) => Finding | null
> = {
  'article-mode': articleModeRule,
  insult: insultRule,
  'identity-attack': identityRule,
  threat: threatRule,
  links: linksRule,
  shouting: shoutingRule,
  duplicate: duplicateRule,
  reports: reportsRule,
};

export function isTrustedCommenter(settings: ModerationSettings, context: ModerationContext): boolean {
  const h = context.authorHistory;
  if (!settings.trusted.enabled || !h) return false;
  return h.approved >= settings.trusted.minApproved && h.rejected <= settings.trusted.maxRejected;
}

// Memo of compiled settings by object identity: not state, the same settings always compile alike.
const compiledCache = new WeakMap<ModerationSettings, CompiledModeration>();

function compiledFor(settings: ModerationSettings | CompiledModeration): CompiledModeration {
  if ('linkify' in settings) return settings;
  let compiled = compiledCache.get(settings);
  if (!compiled) {
    compiled = compileModerationSettings(settings);
    compiledCache.set(settings, compiled);
  }
  return compiled;
}

/**
 * Moderates an author name with the word rules (banned and suspect words, identity attacks,
 * threats, strong insults), read through the same canonical form as comments. Reasons say
 * "name: ..." and carry no spans (spans point into the comment body).
 */
export function moderateName(
  name: string,
  settingsOrCompiled: ModerationSettings | CompiledModeration,
): ModerationResult {
  const compiled = compiledFor(settingsOrCompiled);
  const { settings } = compiled;
  const canonical = canonicalise(name);
  const ruleInput: RuleInput = {
    text: canonical.text,
    original: name,
    toOriginal: canonical.toOriginal,
    tokens: tokenise(canonical.text),
    compiled,
    input: { text: name },
    context: {},
    isName: true,
  };
  const reasons: ModerationReason[] = [];
  let decision: ModerationDecision = 'approve';
  const wordCache: { value?: ReturnType<typeof wordRules> } = {};
  for (const id of settings.order) {
    if (!WORD_RULES.has(id)) continue;
    const finding = runRule(id, ruleInput, wordCache);
    if (!finding) continue;
    reasons.push({ rule: finding.rule, detail: `name: ${finding.detail}`, spans: [] });
    if (SEVERITY[finding.action] > SEVERITY[decision]) decision = finding.action;
    if (finding.action === 'reject' && settings.stopOnReject) break;
  }
  return { decision, reasons };
}

/** Rules about a comment's form: their spans are not toxic words and the model does not refine them. */
const FORM_RULES = new Set<string>(['links', 'shouting', 'duplicate', 'reports', 'article-mode']);

/**
 * The model refines the reported toxic spans: each content rule's reason keeps the words it
 * matched as `matches` (its evidence) and its `spans` become the model's spans overlapping them;
 * model spans no rule matched go to a `model` reason. Decisions stay the rules' unless
 * settings.model.holds is set. Returns the (possibly stronger) decision.
 */
function refineWithModel(
  model: ToxicSpanModel,
  text: string,
  settings: ModerationSettings,
  reasons: ModerationReason[],
  relaxedFindings: Finding[],
  decision: ModerationDecision,
): ModerationDecision {
  const content = reasons.filter((r) => !FORM_RULES.has(r.rule) && r.spans.length);
  const evidence = [...content.filter((r) => r.rule !== 'trusted-commenter'), ...relaxedFindings];
  const found = modelFinding(model, text, settings.model, evidence);
  const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  const claimed = new Set<Span>();
  for (const r of content) {
    r.matches = r.spans;
    r.spans = found.spans.filter((sp) => r.matches!.some((m) => overlaps(sp, m)));
    for (const sp of r.spans) claimed.add(sp);
  }
  const rest = found.spans.filter((sp) => !claimed.has(sp));
  if (found.action || rest.length) {
    reasons.push({ rule: 'model', detail: found.detail, spans: found.action ? found.spans : rest });
  }
  return found.action && SEVERITY[found.action] > SEVERITY[decision] ? found.action : decision;
}

/**
 * Moderates one comment. Rules run in settings.order; the strongest action wins; a rejecting rule
 * stops the pipeline when settings.stopOnReject is set. Reasons list every rule that fired.
 */
export function moderateComment(
  input: CommentInput,
  settingsOrCompiled: ModerationSettings | CompiledModeration,
  context: ModerationContext = {},
): ModerationResult {
  const compiled = compiledFor(settingsOrCompiled);
  const { settings } = compiled;
  const original = input.text ?? '';
  const canonical = canonicalise(original);
  const ruleInput: RuleInput = {
    text: canonical.text,
    original,
    toOriginal: canonical.toOriginal,
    tokens: tokenise(canonical.text),
    compiled,
    input,
    context,
  };
  const trusted = isTrustedCommenter(settings, context);
  const relaxed = new Set<RuleId>(trusted ? settings.trusted.relaxedRules : []);

  // The author name goes through the same word rules; its reasons come first and say "name: ".
  const name = input.authorName ? moderateName(input.authorName, compiled) : null;
  const reasons: ModerationReason[] = name ? [...name.reasons] : [];
  const relaxedFindings: Finding[] = [];
  let decision: ModerationDecision = name?.decision ?? 'approve';
  const wordCache: { value?: ReturnType<typeof wordRules> } = {};
  for (const id of settings.order) {
    if (decision === 'reject' && settings.stopOnReject) break;
    const finding = runRule(id, ruleInput, wordCache);
    if (!finding) continue;
    if (relaxed.has(id) && finding.action !== 'reject') {
      relaxedFindings.push(finding);
      continue;
    }
    reasons.push({ rule: finding.rule, detail: finding.detail, spans: finding.spans });
    if (SEVERITY[finding.action] > SEVERITY[decision]) decision = finding.action;
    if (finding.action === 'reject' && settings.stopOnReject) break;
  }

  if (relaxedFindings.length && decision !== 'reject') {
    reasons.push({
      rule: 'trusted-commenter',
      detail: `trusted commenter: not held for ${relaxedFindings.map((f) => f.rule).join(', ')}`,
      spans: mergeSpans(relaxedFindings.flatMap((f) => f.spans)),
    });
  }

  // The model runs after the ordered rules (it is not in `order`, so stored orders stay valid).
  if (compiled.model && !(decision === 'reject' && settings.stopOnReject)) {
    decision = refineWithModel(compiled.model, original, settings, reasons, relaxedFindings, decision);
  }

  const mode = context.articleMode;
  if ((mode === 'pre-moderated' || mode === 'premoderated') && decision === 'approve') {
    if (!(trusted && settings.trusted.bypassPremoderation)) {
      decision = 'pending';
      reasons.push({
        rule: 'article-mode',
        detail: context.premoderatedSection
          ? `the section ${context.premoderatedSection} is pre-moderated`
          : 'the article is pre-moderated',
        spans: [],
      });
    }
  }
  return { decision, reasons };
}
