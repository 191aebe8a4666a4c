/**
 * Threats as a small grammar rather than word pairs: a violent verb (from the editable lexicon,
 * with its inflections) counts when a frame makes it a wish or an intent aimed at someone:
 * - a wish or modal frame before it: "someone should burn down ...", "hope they get killed",
 *   "deserve to die", "should be shot", "I'll shoot ...", "let them rot";
 * - an imperative: the verb opening a sentence or clause, with an object ("Hang him.",
 *   "just cut off their hands", "Find them and cut their arms off");
 * - fixed second-person forms: "you're dead", "I'll find you", "kill yourself".
 * Reported speech ("threatened to burn down the village, police said") and negated frames
 * ("nobody should be hurt") are not threats. Pure: tokens in, spans out.
 */
import { REPORTED_SPEECH, type Token } from './text';
import type { Span } from './types';
import { words, wordSet } from '../../../../shared/words';

interface VerbEntry {
  lemma: string;
  /** Words after the verb that complete it ("off" of "cut off"), possibly after an object. */
  particle?: string[];
  /** The verb needs its particle: "cut" alone is not violent, "cut off" is. */
  needsParticle: boolean;
  /** The verb reads as violent without an object ("let them rot", "deserve to die"). */
  intransitive: boolean;
}

export interface ThreatLexicon {
  /** Inflected form -> entries whose first word it is; participle forms are marked. */
  forms: Map<string, Array<{ entry: VerbEntry; kind: FormKind }>>;
  targets: Set<string>;
}

// Irregular forms of a verb, "verb form form" separated by semicolons.
const IRREGULAR: Record<string, string[]> = Object.fromEntries(
  `
    shoot shot; hang hung hanged; beat beaten; burn burnt; die dead died dying; cut cut; string strung;
    put put; take took taken; blow blew blown; run ran; hit hit; slit slit; throw threw thrown;
    stone stoned; lock locked; tear tore torn; drive drove driven; bury buried; fry fried; pull pulled
  `
    .split(';')
    .map((group) => words(group))
    .map(([verb, ...forms]) => [verb, forms]),
);
// Verbs that complete without an object when wished on someone ("let them rot", "hope you die").
const INTRANSITIVE = new Set(['die', 'rot', 'burn', 'hang', 'starve', 'suffer', 'drown', 'perish', 'fry']);
// First words too ordinary to be violent without their particle ("cut taxes", "take out a loan").
const NEEDS_PARTICLE = wordSet('cut blow wipe take put string pull run tear lock drive');

export type FormKind = 'base' | 'participle' | 'other';

function inflect(verb: string): Array<{ form: string; kind: FormKind }> {
  const out: Array<{ form: string; kind: FormKind }> = [
    { form: verb, kind: 'base' },
    { form: `${verb}s`, kind: 'other' },
  ];
  const stem = verb.endsWith('e')
    ? verb.slice(0, -1)
    : /[^aeiou][aeiou][bdgkmnpt]$/.test(verb) && verb.length <= 4
      ? verb + verb.slice(-1)
      : verb;
  const yStem = /[^aeiou]y$/.test(verb) ? verb.slice(0, -1) + 'i' : null;
  out.push({ form: yStem ? `${yStem}ed` : `${stem}ed`, kind: 'participle' });
  out.push({ form: verb.endsWith('ie') ? `${verb.slice(0, -2)}ying` : `${stem}ing`, kind: 'other' });
  if (/(s|x|z|ch|sh)$/.test(verb)) out.push({ form: `${verb}es`, kind: 'other' });
  for (const f of IRREGULAR[verb] ?? [])
    out.push({ form: f, kind: f.endsWith('ing') ? 'other' : f === verb ? 'base' : 'participle' });
  return out;
}

/** Compiles the violent verb lexicon (base forms, phrasal ones like "cut off") and object words. */
export function compileThreatLexicon(verbs: readonly string[], targets: readonly string[]): ThreatLexicon {
  const forms: ThreatLexicon['forms'] = new Map();
  for (const raw of verbs) {
    const words = raw.trim().toLowerCase().split(/\s+/).filter(Boolean);
    if (!words.length) continue;
    const [head, ...particle] = words;
    const entry: VerbEntry = {
      lemma: words.join(' '),
      particle: particle.length ? particle : undefined,
      needsParticle: particle.length > 0 && NEEDS_PARTICLE.has(head),
      intransitive: !particle.length && INTRANSITIVE.has(head),
    };
    for (const { form, kind } of inflect(head)) {
      const list = forms.get(form) ?? [];
      // "cut" is both the base form and the participle.
      if (list.some((e) => e.entry === entry)) continue;
      list.push({ entry, kind });
      forms.set(form, list);
    }
  }
  // Phrasal entries first: "burn down the house" is read as "burn down", not "burn".
  for (const list of forms.values())
    list.sort((a, b) => (b.entry.particle?.length ?? 0) - (a.entry.particle?.length ?? 0));
  return { forms, targets: new Set(targets.map((t) => t.trim().toLowerCase()).filter(Boolean)) };
}

// Wishes and obligations: a violent verb after them is wished on someone.
const WISH = wordSet(`
  should shld must ought deserve deserves deserved hope hoping wish let let's lets someone somebody
  needs gotta please pls
`);
// Intent frames that need a first-person speaker or a second-person object ("I'll shoot", "we will
// find you"); alone they are reporting ("the plants will die").
const INTENT = wordSet("will 'll would gonna going wanna want love like i'll we'll i'd we'd ill id");
const FIRST_PERSON = wordSet("i i'll i'd i'm im ill we we'll we'd we're me us let's lets");
const SECOND_PERSON = wordSet("you u ya yourself yourselves your ur you're youre y'all yall");
const PERSONS = wordSet(`
  you u ya he she they them him her he's she's they're hes shes theyre you're youre em 'em everyone
  everybody yall y'all we us it someone somebody something
`);
const NEGATORS = wordSet(`
  not never no nobody noone nothing shouldn't shouldnt don't dont won't wont wouldn't wouldnt
  doesn't doesnt didn't didnt can't cant cannot without nor neither
`);
// A sentence that reports what others did or said is news, not a threat.
const REPORTING = new Set([
  ...REPORTED_SPEECH,
  ...words(`
    reports threatened threatening threatens vowed warned allegedly alleged accused charged
    convicted sentenced police prosecutors officials authorities spokesman spokeswoman spokesperson
    witnesses testified claimed
  `),
]);
// Verbs after "<Name> <word>" that show the name is a subject ("Lynch herself was").
const SUBJECT_FOLLOWERS = wordSet('was is has had said says told did does will would were are');
// Words that may stand before an imperative at the start of a sentence or clause.
const IMPERATIVE_LEAD = wordSet(`
  just so then now please pls go simply oh yes ok okay and hell yeah lets let's better somebody
  someone pls plz
`);
// Ordinary verbs that open an imperative sentence continued by "and <violent verb>".
const IMPERATIVE_OPENERS = wordSet(`
  find go round grab catch get take line drag lock tie flip hold pick bring strip throw track hunt
`);
const OBJECT_DETERMINERS = wordSet(`
  the this that these those his her their your ur every all a an some each any anyone anybody
  whoever our my
`);
const POSSESSIVES = new Set(['your', 'ur', 'his', 'her', 'their', 'yer']);
const REFLEXIVES = new Set(['yourself', 'yourselves', 'himself', 'herself', 'themselves', 'urself']);
// Sentence breaks and clause breaks between two tokens.
const SENTENCE_BREAK = /[.!?\n…]|(?:^|\s)[-–—]+(?:\s|$)/;
const CLAUSE_BREAK = /[,;:]/;

interface Clause {
  sentenceStart: number;
  clauseStart: number;
}

function boundaries(text: string, tokens: readonly Token[]): Clause[] {
  const out: Clause[] = [];
  let sentenceStart = 0;
  let clauseStart = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0) {
      const gap = text.slice(tokens[i - 1].end, tokens[i].start);
      if (SENTENCE_BREAK.test(gap)) {
        sentenceStart = i;
        clauseStart = i;
      } else if (CLAUSE_BREAK.test(gap)) clauseStart = i;
    }
    out.push({ sentenceStart, clauseStart });
  }
  return out;
}

const word = (t: Token | undefined) => t?.norm.replace(/’/g, "'") ?? '';

/** Spans (in the tokens' text) of threats found by the grammar. */
export function findThreats(text: string, tokens: readonly Token[], lexicon: ThreatLexicon): Span[] {
  const spans: Span[] = [];
  let clauses: Clause[] | null = null;
  let reportingSentences: Set<number> | null = null;
  const isObject = (t: Token | undefined) => {
    const w = word(t);
    return lexicon.targets.has(w) || OBJECT_DETERMINERS.has(w) || PERSONS.has(w) || REFLEXIVES.has(w);
  };

  for (let i = 0; i < tokens.length; i++) {
    const entries = lexicon.forms.get(word(tokens[i]));
    if (!entries) continue;
    clauses ??= boundaries(text, tokens);
    const { sentenceStart, clauseStart } = clauses[i];
    let sentenceEnd = i + 1;
    while (sentenceEnd < tokens.length && clauses[sentenceEnd].sentenceStart === sentenceStart) sentenceEnd++;

    // A capitalised verb inside a sentence is a name ("Lynch herself"), unless the comment shouts.
    const raw = text.slice(tokens[i].start, tokens[i].end);
    if (i !== sentenceStart && /^\p{Lu}\p{Ll}/u.test(raw)) continue;
    for (const { entry, kind } of entries) {
      // Gerunds and third-person forms narrate ("killing 17 sailors", "he shoots"); frames need the
      // base form or a passive participle.
      if (kind === 'other') continue;
      const participle = kind === 'participle';
      // Phrasal verbs: the particle right after the verb or after a short object ("cut their arms off").
      let end = i;
      if (entry.particle) {
        const [first, ...rest] = entry.particle;
        let at = -1;
        for (let k = i + 1; k <= i + 4 && k < sentenceEnd; k++) {
          if (word(tokens[k]) === first && rest.every((r, n) => word(tokens[k + 1 + n]) === r)) {
            at = k + rest.length;
            break;
          }
        }
        if (at < 0 && entry.needsParticle) continue;
        if (at >= 0) end = at;
      }
      const next = tokens[end + 1];
      // A particle of several words carries its own object ("pull the trigger").
      const hasObject =
        isObject(next) ||
        (entry.particle !== undefined && end > i + entry.particle.length && isObject(tokens[i + 1])) ||
        (entry.particle !== undefined && entry.particle.length > 1 && end > i);
      const before: string[] = [];
      for (let k = Math.max(sentenceStart, i - 5); k < i; k++) before.push(word(tokens[k]));
      if (before.some((w) => NEGATORS.has(w) || w.endsWith("n't"))) continue;

      // Reflexive: "kill yourself", "go hang himself" (the base form: "he killed himself" is news).
      const reflexive = REFLEXIVES.has(word(next)) && !participle;
      // Second person aimed at: "I'll find you", "shoot you".
      const atYou = SECOND_PERSON.has(word(next)) || SECOND_PERSON.has(word(tokens[end + 2]));
      const wish = before.some((w) => WISH.has(w));
      const intent = before.some((w) => INTENT.has(w)) && (before.some((w) => FIRST_PERSON.has(w)) || atYou);
      const personNear = before.some((w) => PERSONS.has(w)) || isObject(next);

      let threat = false;
      // "X deserves to die": the wish names its own subject.
      const deserved = before.some((w) => w.startsWith('deserve'));
      if (
        reflexive &&
        (wish ||
          intent ||
          before.length === 0 ||
          before.every(
            (w) => IMPERATIVE_LEAD.has(w) || w === 'can' || w === 'she' || w === 'he' || w === 'just',
          ))
      )
        threat = true;
      else if (wish && (hasObject || participle || (entry.intransitive && (personNear || deserved))))
        threat = true;
      // An intent ("we will ...") threatens people, not things: "we will wipe out the deficit".
      else if (
        intent &&
        (PERSONS.has(word(next)) ||
          POSSESSIVES.has(word(next)) ||
          (entry.particle !== undefined && entry.particle.length > 1 && end > i))
      )
        threat = true;
      else if (!participle && hasObject) {
        // Imperative: the verb opens its sentence or clause, after lead words only.
        const lead = before.slice(Math.max(0, before.length - (i - clauseStart)));
        const opensClause = lead.every((w) => IMPERATIVE_LEAD.has(w));
        const afterOpener =
          (word(tokens[i - 1]) === 'and' || word(tokens[i - 1]) === 'then') &&
          IMPERATIVE_OPENERS.has(word(tokens[sentenceStart]));
        if (opensClause || afterOpener) threat = true;
      }
      // A clause opened by a capitalised name ("Lynch said", "Lynch herself was") is not an imperative.
      const named =
        i === clauseStart &&
        /^\p{Lu}/u.test(text.slice(tokens[i].start, tokens[i].end)) &&
        (REPORTING.has(word(next)) || SUBJECT_FOLLOWERS.has(word(tokens[end + 2])));
      if (!threat || named) continue;
      if (!reportingSentences) reportingSentences = new Set();
      if (reportingSentences.has(sentenceStart) || sentenceReports(tokens, sentenceStart, sentenceEnd)) {
        reportingSentences.add(sentenceStart);
        continue;
      }
      // The span: the violent verb through its particle ("burn down") and a pronoun object ("kill
      // him"); a noun object is ordinary words raters do not mark.
      let last = entry.particle && end > i + entry.particle.length ? i : end;
      if (last === end && (PERSONS.has(word(next)) || REFLEXIVES.has(word(next)))) last = end + 1;
      spans.push({ start: tokens[i].start, end: tokens[Math.min(last, sentenceEnd - 1)].end });
      break;
    }
  }
  return spans;
}

function sentenceReports(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (REPORTING.has(word(tokens[k]))) return true;
  return false;
}

// Fixed second-person threats and wishes that no verb frame above covers.
const FIXED_THREATS: RegExp[] = [
  /\byou(?:'re|’re| are| r|re)? (?:so |already |gonna be |going to be |as good as )?dead\b/gi,
  /\b(?:i|we)(?:'ll|’ll| will|'m going to|’m going to| am going to| are going to|'re going to|’re going to| gonna) (?:find|hunt|track|come for|come after|hunt down|track down) (?:you|u|ya|ur family|your family)\b/gi,
  /\bi know where you live\b/gi,
  /\bwatch your back\b/gi,
  /\bmake (?:your|his|her|their) li(?:fe|ves) (?:a )?living hell\b/gi,
  /\b((?:hope|wish) (?:you|he|she|they)(?:'re|’re| are| is|'s)? ?(?:get |gets |all )?)(die|dies|rot|rots|burn|burns)\b/gi,
  /\bkys\b/gi,
  /\b(?:bullet|bullets) (?:between|in|into|through|to) (?:the|his|her|your|their|ur) (?:eyes|head|heads|brain|brains|skull)\b/gi,
  /\b(?:deserves?|deserved|should (?:get|be given|receive)|should have (?:got|gotten|been given)) (?:the |a )?(?:death penalty|firing squad|noose|rope|electric chair|bullet)\b/gi,
  /\b(?:burn|rot) in hell\b/gi,
];

/** Spans of the fixed forms; a form with two groups (lead, violent word) marks the second only. */
export function findFixedThreats(text: string): Span[] {
  const spans: Span[] = [];
  for (const re of FIXED_THREATS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0;
      spans.push(
        m[2]
          ? { start: at + m[1].length, end: at + m[1].length + m[2].length }
          : { start: at, end: at + m[0].length },
      );
    }
  }
  return spans;
}
