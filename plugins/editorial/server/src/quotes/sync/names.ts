import slugify from 'slugify';
import { SOURCE_KINDS, type SourceKind } from '../../../../shared/quotes';
import { NAME_CONNECTORS } from '../engine/lexicon';

/**
 * Name forms of sources as the sync stores and matches them: slugs, alias keys, and which forms
 * may become an alias at all. Imports nothing from the rest of the sync (sources.ts and
 * alias-index.ts both build on it).
 */

/** Where an alias row comes from (editorial_source_aliases.provenance). */
export const ALIAS_PROVENANCE = ['name', 'engine_full_name', 'editor_confirmed'] as const;
export type AliasProvenance = (typeof ALIAS_PROVENANCE)[number];

/** A kind from outside the content model (the engine, an import) as a model kind; the American spelling is accepted, anything unknown is a person. */
export const toModelKind = (kind: string): SourceKind =>
  kind === 'organization'
    ? 'organisation'
    : (SOURCE_KINDS as readonly string[]).includes(kind)
      ? (kind as SourceKind)
      : 'person';

const TITLES =
  /^(mr|mrs|ms|miss|dr|prof|professor|sir|dame|gen|general|col|colonel|sen|senator|rep|gov|governor|mayor|minister|president|judge)\.?\s+/i;

/** The bare form of a name used for slugs and alias keys: no leading "the", no title. */
export function bareName(name: string, kind: SourceKind) {
  let n = String(name ?? '')
    .normalize('NFKC')
    .trim()
    .replace(/\s+/g, ' ');
  if (kind !== 'anonymous') n = n.replace(/^the\s+/i, '').replace(TITLES, '');
  return n;
}

/** Recent keys: a save looks up the same few names several times (npm run bench -- quotes-save). */
const recentKeys = new Map<string, string>();

/** The alias key of a name: its bare form, slugged. */
export function keyOf(name: string, kind: SourceKind): string {
  const memo = `${kind}\0${name}`;
  let key = recentKeys.get(memo);
  if (key === undefined) {
    key =
      slugify(bareName(name, kind), { lower: true, strict: true, locale: 'en' }).slice(0, 200) || 'source';
    if (recentKeys.size >= 2000) recentKeys.clear();
    recentKeys.set(memo, key);
  }
  return key;
}

export function slugFor(name: string, kind: SourceKind, scopeArticleDocumentId?: string | null) {
  const key = keyOf(name, kind);
  return kind === 'anonymous' ? `anonymous-${scopeArticleDocumentId ?? 'global'}-${key}`.slice(0, 330) : key;
}

/**
 * A person the article names only by a bare first name or surname ("Mahmud said"): that name
 * identifies nobody across articles, so the sync keeps the source to its article (like an
 * anonymous one) and finds it elsewhere only through an alias an editor confirmed.
 */
export const isBareNamePerson = (name: string, kind: SourceKind) =>
  kind === 'person' && !isFullNameForm(name, kind);

/** Slug and article scope of a source the sync creates: article-scoped for anonymous sources and bare-name people. */
export function syncSlugAndScope(name: string, kind: SourceKind, articleDocumentId: string) {
  if (isBareNamePerson(name, kind))
    return {
      slug: `person-${articleDocumentId}-${keyOf(name, kind)}`.slice(0, 330),
      scope: articleDocumentId,
    };
  return {
    slug: slugFor(name, kind, articleDocumentId),
    scope: kind === 'anonymous' ? articleDocumentId : null,
  };
}

/**
 * Words that never name anyone: pronouns, days, months, times of day, relative dates. General
 * English, not fitted to any article.
 */
const CLOSED_CLASS = new Set(
  [
    'i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself she her hers herself',
    'it its itself they them their theirs themselves one someone somebody anyone anybody everyone everybody nobody who whom whose',
    'this that these those',
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun weekend weekday',
    'january february march april may june july august september october november december',
    'jan feb mar apr jun jul aug sep sept oct nov dec',
    'today tonight yesterday tomorrow now then morning afternoon evening night noon midnight',
    'am pm a.m p.m gmt utc bst est edt pst pdt cet',
    'day week month year decade century spring summer autumn fall winter',
    'last next early late earlier later ago on in at by since until during of the a an',
  ]
    .join(' ')
    .split(/\s+/),
);

const wordsOf = (s: string) =>
  String(s ?? '')
    .normalize('NFKC')
    .split(/[\s-]+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '').replace(/\.$/, ''))
    .filter(Boolean);

/** A date or time written with digits ("12 March", "3.30pm", "2024"). */
const DATE_OR_TIME = /^\d|\d(am|pm|st|nd|rd|th)?$/i;

/** True when every word of the form is closed-class or a number: a pronoun, a day, a date, a time. */
export function isClosedClass(form: string): boolean {
  const words = wordsOf(form.replace(/^the\s+/i, ''));
  if (!words.length) return true;
  return words.every((w) => CLOSED_CLASS.has(w.toLowerCase()) || DATE_OR_TIME.test(w));
}

/** Name particles and the function words inside organisation names ("Bank of England"). */
const CONNECTORS = new Set([...NAME_CONNECTORS, 'and', '&', 'for', 'the', 'on', 'in']);
const capitalised = (w: string) => {
  const c = w[0];
  return c !== undefined && c.toUpperCase() === c && c.toLowerCase() !== c;
};

/**
 * A full name as the engine may make it an alias: two or more capitalised words once "the" and
 * a title are dropped, none of them closed-class. Excludes pronouns, a bare first name or
 * surname, "Mr. Faizi", "the paper", "the ministry", "Thursday".
 */
export function isFullNameForm(form: string, kind: SourceKind): boolean {
  if (kind === 'anonymous') return false;
  const words = wordsOf(bareName(form, kind));
  const named = words.filter((w) => !CONNECTORS.has(w.toLowerCase()));
  if (named.length < 2) return false;
  if (!capitalised(words[0]) || !named.every(capitalised)) return false;
  // "Theresa May", "April Ryan": a closed-class word inside a name is fine; all of them is not.
  return !named.some((w) => DATE_OR_TIME.test(w)) && !named.every((w) => CLOSED_CLASS.has(w.toLowerCase()));
}

/**
 * Words of a description that names nobody in particular ("officials", "a senior Western
 * diplomat", "The newspaper", "the ministry"): role nouns, institutions without a name, and the
 * usual qualifiers. General English.
 */
const GENERIC_WORDS = new Set(
  [
    'official officials source sources spokesman spokeswoman spokesperson spokesmen spokespeople aide aides diplomat diplomats',
    'officer officers analyst analysts expert experts person people member members insider insiders adviser advisers advisor advisors',
    'lawmaker lawmakers witness witnesses resident residents observer observers employee employees staff staffer staffers',
    'executive executives investigator investigators critic critics supporter supporters activist activists man woman men women',
    'minister ministers commander commanders leader leaders worker workers voter voters reporter reporters journalist journalists',
    'doctor doctors lawyer lawyers attorney attorneys prosecutor prosecutors police authorities authority militant militants',
    'fighter fighters soldier soldiers negotiator negotiators envoy envoys scientist scientists researcher researchers economist economists',
    'student students teacher teachers parent parents victim victims protester protesters manager managers director directors chief head',
    'paper newspaper agency agencies ministry department government committee council board union company firm group report statement',
    'senior top local foreign western eastern northern southern regional national international government military intelligence security',
    'state federal city county several some many few two three four five other another both most unnamed anonymous former current',
    'fishermen farmers locals villagers shopkeepers traders drivers passengers commuters patients nurses miners owners landlords',
    'tenants citizens campaigners investors shareholders fans players coaches legislators councillors councilors firefighters',
    'rescuers survivors families neighbours neighbors pupils employees troops rebels insurgents demonstrators opponents mediators',
    'inspectors regulators judges editors historians scholars academics surgeons medics paramedics builders contractors planners',
    'businesses unions banks retailers shoppers consumers customers users readers viewers listeners visitors tourists',
    "city's country's government's a an the",
  ]
    .join(' ')
    .split(/\s+/),
);

/**
 * Whether a source name may stand as a named source (person / organisation / outlet): not a
 * closed-class word, and not a description made only of generic words ("officials", "a senior
 * Western diplomat", "The newspaper" are anonymous descriptions).
 */
export function isNamedSourceName(name: string): boolean {
  if (isClosedClass(name)) return false;
  const words = wordsOf(name.replace(/^(the|a|an)\s+/i, '')).map((w) => w.replace(/[\u2019']s$/u, ''));
  if (!words.some((w) => capitalised(w) && !CLOSED_CLASS.has(w.toLowerCase()))) return false;
  // "Fishermen", "Spokesmen", "Businesswomen": role nouns, not surnames.
  if (
    words.length === 1 &&
    /^(fisher|spokes|business|chair|fire|police|congress|country|clergy|trades|sales|crafts|gun|gentle|news|states|lay|fresh|work)(wo)?men$/i.test(
      words[0],
    )
  )
    return false;
  return !words.every((w) => GENERIC_WORDS.has(w.toLowerCase()) || CLOSED_CLASS.has(w.toLowerCase()));
}

/**
 * A person's engine alias shares a name word with the person's name ("Amir Faizi" / "Amir
 * Hossein Faizi"); one that shares none names somebody else ("Sirajuddin Haqqani" on "George
 * Whitfield"). Outlets and organisations have abbreviations and renamings, so only people are checked.
 */
export function sharesNameWord(alias: string, name: string, kind: SourceKind): boolean {
  if (kind !== 'person') return true;
  const own = new Set(
    wordsOf(bareName(name, kind))
      .map((w) => w.toLowerCase())
      .filter((w) => !CONNECTORS.has(w)),
  );
  return wordsOf(bareName(alias, kind)).some((w) => own.has(w.toLowerCase()));
}

/**
 * Aliases an editor did not confirm that may stay on a source: full names of it only. Editor-
 * confirmed aliases stay unless closed-class.
 */
export function keepsAlias(alias: string, name: string, kind: SourceKind, editorConfirmed: boolean): boolean {
  if (isClosedClass(alias)) return false;
  if (editorConfirmed) return true;
  return isFullNameForm(alias, kind) && sharesNameWord(alias, name, kind);
}

/** "|key|key|": the name's key and its aliases' keys; closed-class aliases never index a source. */
export const aliasKeysOf = (forms: string[], kind: SourceKind) =>
  `|${[
    ...new Set(
      forms
        .filter((f, i) => i === 0 || !isClosedClass(f))
        .map((f) => keyOf(f, kind))
        .filter(Boolean),
    ),
  ].join('|')}|`;

/** A source's stored aliases as a list (JSON text on some drivers, an array on others). */
export function parseAliases(v: unknown): string[] {
  let list = v;
  if (typeof v === 'string') {
    try {
      list = JSON.parse(v);
    } catch {
      list = [];
    }
  }
  return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
}
