/**
 * Collective attacks on a group named by religion, ethnicity, nationality, gender or orientation,
 * as a small grammar over a general group lexicon rather than word pairs:
 * - a group word modifying a dehumanising noun ("Hindu vermin"), or a criminal noun under a
 *   collective determiner or a hate verb ("these Hindu terrorists", "all Xish thieves",
 *   "I hate Xish criminals");
 * - a group as the subject of a copula with a dehumanising, criminal or insulting predicate
 *   ("all X are animals", "X are the problem", "X are nothing but thieves").
 * Reported speech and negated predicates ("X are not criminals") are not attacks. Pure.
 */
import { COPULA_NEGATORS, REPORTED_SPEECH, WordList, type Token } from './text';
import type { ThreatLexicon } from './threat';
import type { Span } from './types';
import { wordSet } from '../../../../shared/words';

export interface IdentityGrammar {
  groups: WordList;
  dehumanising: WordList;
  criminal: WordList;
  /** Insulting words (the insult lists): a predicate of a group copula. */
  insults: WordList;
}

export function compileIdentityGrammar(
  groups: readonly string[],
  dehumanising: readonly string[],
  criminal: readonly string[],
  insults: readonly string[],
): IdentityGrammar {
  return {
    groups: new WordList(groups),
    dehumanising: new WordList(dehumanising),
    criminal: new WordList(criminal),
    insults: new WordList(insults),
  };
}

const COLLECTIVE = wordSet(`
  these those all most every typical bunch such filthy dirty damn bloody stinking stupid
`);
// Words that single out part of a group ("radical Islamic terrorists" are not all of Islam).
const QUALIFIERS = wordSet(`
  radical radicalized radicalised extremist militant fundamentalist jihadist so-called
  self-proclaimed violent armed some few certain
`);
// Words that may follow a noun (a criminal noun followed by another word is a modifier otherwise).
const FUNCTION_WORDS = wordSet(`
  are were is was and or who that which in on of from to for with like have has will should must can
  do did all but as at by they we you i it the a an this these those their our your my his her
`);
const HATE_VERBS = wordSet('hate hates despise despises loathe loathes ban deport expel fear');
// Nouns that make a group word a group of people ("Black people", "Muslim men").
const PERSON_HEADS = wordSet(`
  people men women folks folk guys males females boys girls immigrants migrants refugees kids youths
  americans countries nations communities population populations
`);
const COPULAS = new Set(['are', "'re", 'were', 'is', 'be', 'remain', 'become', 'became']);
// Words that may stand between a copula and its predicate ("are all just a bunch of").
const PREDICATE_FILLERS = wordSet(`
  all just nothing but such so a an the bunch of only mostly basically really simply clearly
  obviously total complete utter real very pure born natural dirty filthy lazy violent
`);
const NEGATORS = new Set([...COPULA_NEGATORS, 'neither']);
// Nouns of a copula predicate that make it a collective accusation ("X are the problem").
const PROBLEM_NOUNS = wordSet(`
  problem menace threat enemy enemies plague cancer disease curse scourge infestation
`);
// Adjectives that turn a group copula into a collective accusation ("X are violent").
const HOSTILE_PREDICATES = wordSet(`
  notorious dangerous violent evil inferior backward backwards primitive barbaric savage subhuman
  bloodthirsty treacherous criminal filthy disgusting degenerate godless worthless untrustworthy
  uncivilized uncivilised parasitic lazy dirty sick stupid dumb inbred
`);
const FAITHS = wordSet('islam judaism christianity hinduism sikhism buddhism catholicism mormonism');
const REPORTING = new Set([...REPORTED_SPEECH, 'claimed', 'claims', 'argued', 'wrote', 'tweeted', 'alleged']);
const SENTENCE_BREAK = /[.!?\n…]/;

const norm = (t: Token | undefined) => t?.norm ?? '';

export interface GroupAttack {
  /** The words that attack (what raters point at). */
  span: Span;
  /** The group phrase they are aimed at (named in the reason). */
  group: Span;
}

/** Collective attacks on groups. */
export function findGroupAttacks(
  text: string,
  tokens: readonly Token[],
  grammar: IdentityGrammar,
  violence?: ThreatLexicon,
): GroupAttack[] {
  const spans: GroupAttack[] = [];
  let i = 0;
  while (i < tokens.length) {
    const group = grammar.groups.matchAt(tokens, i);
    if (!group) {
      i++;
      continue;
    }
    // The group phrase: group words joined by "and" ("Black and Brown people") and a person head.
    let last = group.last;
    for (;;) {
      const more = last + 1 < tokens.length ? grammar.groups.matchAt(tokens, last + 1) : undefined;
      if (more) {
        last = more.last;
        continue;
      }
      if (
        norm(tokens[last + 1]) === 'and' &&
        last + 2 < tokens.length &&
        grammar.groups.matchAt(tokens, last + 2)
      ) {
        last = grammar.groups.matchAt(tokens, last + 2)!.last;
        continue;
      }
      break;
    }
    if (PERSON_HEADS.has(norm(tokens[last + 1]))) last++;
    const before = [norm(tokens[i - 1]), norm(tokens[i - 2])];
    const collective = before.some((w) => COLLECTIVE.has(w)) || before.some((w) => HATE_VERBS.has(w));
    const found =
      hatred(tokens, i) ??
      nounAttack(text, tokens, i, last, collective, grammar) ??
      copulaAttack(tokens, i, last, grammar) ??
      likened(text, tokens, last, grammar) ??
      (violence ? violenceAgainst(tokens, i, violence) : undefined);
    if (found && !reported(text, tokens, i))
      spans.push({ span: found, group: { start: tokens[i].start, end: tokens[last].end } });
    i = last + 1;
  }
  return spans;
}

/**
 * "Hindu vermin", "these Hindu terrorists", "Muslim terrorists": the noun right after the group
 * phrase, or after one more word ("all Hindu RSS terrorists"). A criminal noun counts for the
 * whole group only: not after a qualifier naming a part of it ("radical Islamic terrorists"), nor
 * as a modifier of another noun ("terrorist groups").
 */
function nounAttack(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  collective: boolean,
  g: IdentityGrammar,
): Span | undefined {
  const qualified = QUALIFIERS.has(norm(tokens[first - 1])) || QUALIFIERS.has(norm(tokens[first - 2]));
  // A phrase opened by a quotation mark is mentioned, not used ("the term 'Xish terrorist'").
  const mentioned = /[‘“"']\s*$/.test(text.slice(first > 0 ? tokens[first - 1].end : 0, tokens[first].start));
  for (let k = last + 1; k <= last + 2 && k < tokens.length; k++) {
    // One word may stand between ("all Hindu RSS terrorists"), not a function word ("X as terrorists").
    if (k === last + 2 && FUNCTION_WORDS.has(norm(tokens[last + 1]))) break;
    const dehumanising = g.dehumanising.matchAt(tokens, k);
    if (dehumanising) return dehumanising.span;
    const criminal = (qualified || mentioned) && !collective ? undefined : g.criminal.matchAt(tokens, k);
    if (criminal) {
      const next = tokens[criminal.last + 1];
      const modifier =
        next &&
        /^[\s]+$/.test(text.slice(tokens[criminal.last].end, next.start)) &&
        !FUNCTION_WORDS.has(norm(next));
      if (!modifier || collective) return criminal.span;
    }
  }
  return undefined;
}

/** "all X are animals", "X are the problem", "X are nothing but thieves". */
function copulaAttack(
  tokens: readonly Token[],
  first: number,
  last: number,
  g: IdentityGrammar,
): Span | undefined {
  let k = last + 1;
  if (!COPULAS.has(norm(tokens[k]))) return undefined;
  // "Muslim is" is an adjective use of a group word with a singular subject elsewhere: the
  // collective copula needs a plural or a person head.
  const head = norm(tokens[last]);
  const plural =
    head.endsWith('s') ||
    PERSON_HEADS.has(head) ||
    head.endsWith('ese') ||
    ['french', 'british', 'irish', 'dutch', 'swiss'].includes(head);
  // A faith as a whole takes "is" ("Islam is a curse").
  if (norm(tokens[k]) === 'is' ? !FAITHS.has(head) : !plural) return undefined;
  k++;
  for (let n = 0; n < 5 && k < tokens.length; n++, k++) {
    const w = norm(tokens[k]);
    if (NEGATORS.has(w)) return undefined;
    const hit =
      g.dehumanising.matchAt(tokens, k) ?? g.criminal.matchAt(tokens, k) ?? g.insults.matchAt(tokens, k);
    if (hit) return { start: hit.span.start, end: hit.span.end };
    if (PROBLEM_NOUNS.has(w) || HOSTILE_PREDICATES.has(w))
      return { start: tokens[k].start, end: tokens[k].end };
    if (!PREDICATE_FILLERS.has(w)) return undefined;
  }
  return undefined;
}

const HATE_SPEAKERS = new Set(['i', 'we', 'should', 'must', 'everyone', "let's", 'lets', 'you']);

/** "we should hate and fear X", "I despise all X": hatred of a group in the speaker's voice. */
function hatred(tokens: readonly Token[], first: number): Span | undefined {
  for (let k = first - 1; k >= Math.max(0, first - 4); k--) {
    const w = norm(tokens[k]);
    if (!HATE_VERBS.has(w) || w === 'ban' || w === 'deport' || w === 'expel' || w === 'fear') continue;
    const speaker = [norm(tokens[k - 1]), norm(tokens[k - 2])].some((s) => HATE_SPEAKERS.has(s));
    if (speaker) return { start: tokens[k].start, end: tokens[k].end };
  }
  return undefined;
}

/** "X behave like animals", "X breed like rats": a group likened to a dehumanising noun. */
function likened(text: string, tokens: readonly Token[], last: number, g: IdentityGrammar): Span | undefined {
  for (let k = last + 1; k <= last + 6 && k + 1 < tokens.length; k++) {
    if (SENTENCE_BREAK.test(text.slice(tokens[k - 1].end, tokens[k].start))) return undefined;
    if (norm(tokens[k]) !== 'like') continue;
    const m =
      g.dehumanising.matchAt(tokens, k + 1) ??
      (norm(tokens[k + 1]) === 'a' || norm(tokens[k + 1]) === 'the'
        ? g.dehumanising.matchAt(tokens, k + 2)
        : undefined);
    if (m) return m.span;
  }
  return undefined;
}

// Words between a violent verb and the group it is aimed at ("kill all the X", "shoot those X").
const OBJECT_FILLERS = new Set(['all', 'the', 'those', 'these', 'any', 'every', 'more', 'some', 'off']);

/** "shoot X", "kill all the X": a violent verb (not a narrated past) with a group as its object. */
function violenceAgainst(tokens: readonly Token[], first: number, violence: ThreatLexicon): Span | undefined {
  let k = first - 1;
  for (let n = 0; n < 3 && k >= 0 && OBJECT_FILLERS.has(norm(tokens[k])); n++) k--;
  if (k < 0) return undefined;
  const forms = violence.forms.get(norm(tokens[k]));
  if (!forms?.some((f) => f.kind !== 'participle' && !f.entry.needsParticle)) return undefined;
  return { start: tokens[k].start, end: tokens[k].end };
}

/** Whether the sentence around token i reports what someone said. */
function reported(text: string, tokens: readonly Token[], i: number): boolean {
  for (let k = i; k < tokens.length; k++) {
    if (k > i && SENTENCE_BREAK.test(text.slice(tokens[k - 1].end, tokens[k].start))) break;
    if (REPORTING.has(norm(tokens[k]))) return true;
  }
  for (let k = i - 1; k >= 0; k--) {
    if (SENTENCE_BREAK.test(text.slice(tokens[k].end, tokens[k + 1].start))) break;
    if (REPORTING.has(norm(tokens[k]))) return true;
  }
  return false;
}
