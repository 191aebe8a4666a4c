/**
 * Word lists the engine's rules read: speech-cue verbs with their inflections, words that
 * may sit between a subject and its cue, titles, pronouns and the nouns that make a phrase
 * an outlet, an organization or an anonymous source. All lookups are lower-case.
 */

import { wordSet } from '../../../../shared/words';

/** Regular inflections of a verb: base, -s, -ed, -ing (with the usual spelling changes). */
function inflect(base: string): string[] {
  const forms = [base];
  if (/[^aeiou]y$/.test(base)) forms.push(base.slice(0, -1) + 'ies', base.slice(0, -1) + 'ied', base + 'ing');
  else if (base.endsWith('e')) forms.push(base + 's', base + 'd', base.slice(0, -1) + 'ing');
  else if (/(s|sh|ch|x|z)$/.test(base)) forms.push(base + 'es', base + 'ed', base + 'ing');
  else if (DOUBLES_FINAL_CONSONANT.has(base))
    forms.push(base + 's', base + base.slice(-1) + 'ed', base + base.slice(-1) + 'ing');
  else forms.push(base + 's', base + 'ed', base + 'ing');
  return forms;
}

/** Verbs whose final consonant doubles before -ed/-ing (stress on the last syllable, which spelling does not show). */
const DOUBLES_FINAL_CONSONANT = wordSet(`
  admit quip blog commit regret refer plan slam dub beg sum peg tag flag rip jab rebut infer recap
`);

const IRREGULAR: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  speak: ['speak', 'speaks', 'spoke', 'spoken', 'speaking'],
  think: ['think', 'thinks', 'thought', 'thinking'],
  sing: ['sing', 'sings', 'sang', 'sung', 'singing'],
  learn: ['learn', 'learns', 'learned', 'learnt', 'learning'],
  hold: ['hold', 'holds', 'held', 'holding'],
  read: ['read', 'reads', 'reading'],
  put: ['put', 'puts', 'putting'],
  forecast: ['forecast', 'forecasts', 'forecasting'],
  swear: ['swear', 'swears', 'swore', 'sworn', 'swearing'],
  find: ['find', 'finds', 'found', 'finding'],
  see: ['see', 'sees', 'saw', 'seen', 'seeing'],
  know: ['know', 'knows', 'knew', 'known', 'knowing'],
  seek: ['seek', 'seeks', 'sought', 'seeking'],
  show: ['show', 'shows', 'showed', 'shown', 'showing'],
  feel: ['feel', 'feels', 'felt', 'feeling'],
  understand: ['understand', 'understands', 'understood', 'understanding'],
  forget: ['forget', 'forgets', 'forgot', 'forgotten', 'forgetting'],
  foresee: ['foresee', 'foresees', 'foresaw', 'foreseen', 'foreseeing'],
  uphold: ['uphold', 'upholds', 'upheld', 'upholding'],
  strive: ['strive', 'strives', 'strove', 'striven', 'strived', 'striving'],
};

export function forms(bases: string[]): Set<string> {
  const out = new Set<string>();
  for (const b of bases) for (const f of IRREGULAR[b] ?? inflect(b)) out.add(f);
  return out;
}

/**
 * Verbs that report speech or a position and take a clause ("X said that …"): the cues of
 * indirect speech and of quotes introduced or followed by an attribution.
 */
const REPORTING_BASES = [
  'say',
  'tell',
  'add',
  'state',
  'note',
  'explain',
  'claim',
  'argue',
  'insist',
  'warn',
  'report',
  'announce',
  'declare',
  'write',
  'tweet',
  'ask',
  'reply',
  'respond',
  'answer',
  'continue',
  'conclude',
  'remark',
  'observe',
  'comment',
  'suggest',
  'acknowledge',
  'admit',
  'concede',
  'deny',
  'confirm',
  'allege',
  'contend',
  'maintain',
  'assert',
  'stress',
  'emphasize',
  'emphasise',
  'predict',
  'promise',
  'vow',
  'pledge',
  'recall',
  'reveal',
  'disclose',
  'boast',
  'complain',
  'joke',
  'quip',
  'shout',
  'yell',
  'scream',
  'whisper',
  'mutter',
  'testify',
  'agree',
  'caution',
  'urge',
  'demand',
  'proclaim',
  'counter',
  'retort',
  'muse',
  'sing',
  'lament',
  'hint',
  'imply',
  'indicate',
  'estimate',
  'recount',
  'inform',
  'assure',
  'advise',
  'wonder',
  'think',
  'believe',
  'fear',
  'learn',
  'speak',
  'reiterate',
  'repeat',
  'tout',
  'brag',
  'signal',
  'threaten',
  'acknowledge',
  'forecast',
  'specify',
  'clarify',
  'elaborate',
  'mention',
  'complain',
  'recommend',
  'propose',
  'object',
  'protest',
  'swear',
  'blog',
  'post',
  'rule',
  'find',
  'conclude',
  'charge',
  'accuse',
  'argue',
  'posit',
  'surmise',
  'figure',
  'guess',
  'reckon',
  'expect',
  'question',
  'doubt',
  'regret',
  'opine',
  'exclaim',
  'interject',
  'relate',
  'speculate',
  'voice',
  'express',
  'bemoan',
  'retweet',
  'email',
  'remind',
  'apologize',
  'apologise',
  'talk',
  'hope',
  'point',
  'vent',
  'intimate',
  'insinuate',
  'grumble',
  'gripe',
  'concur',
  'affirm',
  'reaffirm',
  'underscore',
  'confide',
  'scoff',
  'theorize',
  'theorise',
  // verbs of disagreement and refutation, which take a clause or the claim they deny
  'disagree',
  'dissent',
  'differ',
  'refute',
  'rebut',
  'contradict',
  'gainsay',
  // confession, a verb of revealing that reports its clause like "admit"
  'confess',
  // verbs of assent, which take the clause or proposal agreed to
  'acquiesce',
  'assent',
  'consent',
  // verbs of restating what was said
  'reassert',
  'restate',
  'summarize',
  'summarise',
  'paraphrase',
  'recap',
];

/** Verbs that cue a quoted fragment though they rarely introduce a clause ("called it “a farce”"). */
const FRAGMENT_BASES = [
  'call',
  'describe',
  'label',
  'dub',
  'brand',
  'term',
  'characterize',
  'characterise',
  'criticize',
  'criticise',
  'praise',
  'blame',
  'dismiss',
  'slam',
  'blast',
  'decry',
  'denounce',
  'condemn',
  'hail',
  'mock',
  'ridicule',
  'refer',
  'cite',
  'quote',
  'encourage',
  'tell',
  'vow',
  'pledge',
  'commit',
  'admire',
  'lambaste',
  'attack',
  'defend',
  'plead',
  'beg',
  'implore',
  'instruct',
  'order',
  'invite',
  'challenge',
  'compare',
  'liken',
  'welcome',
  'applaud',
  'thank',
  'pitch',
  'frame',
  'portray',
  'depict',
  'read',
  'recite',
  'chant',
  'put',
  'exhort',
  'laud',
  'reference',
  'champion',
  'tout',
  'scold',
  'rebuke',
  'chide',
  'berate',
  'deride',
  'lampoon',
  'assail',
  'rail',
  'lash',
  'deem',
  'christen',
  'nickname',
];

/** Verbs of stance and finding that PolNeAR-style attribution also counts ("the poll shows …"). */
const STANCE_BASES = [
  'show',
  'want',
  'plan',
  'support',
  'decline',
  'refuse',
  'know',
  'decide',
  'offer',
  'discuss',
  'echo',
  'worry',
  'reject',
  'endorse',
  'oppose',
  'see',
  'allow',
  'back',
  'favor',
  'favour',
  'seek',
  'prefer',
  'demonstrate',
  'document',
  'detail',
  'outline',
  'address',
  'acknowledge',
  'dispute',
  'highlight',
  'raise',
  'push',
  'pledge',
  'insist',
  'consider',
  'intend',
  'aim',
  'recognize',
  'recognise',
];
/** Verbs of cognition and perception that take a clause ("she suspects that …"). */
const COGNITION_BASES = [
  'feel',
  'realize',
  'realise',
  'understand',
  'assume',
  'suspect',
  'imagine',
  'remember',
  'forget',
  'suppose',
  'presume',
  'sense',
  'notice',
];
/** Verbs of attitude toward a proposition or an object ("they resent that …", "she welcomed …"). */
const ATTITUDE_BASES = ['love', 'hate', 'resent', 'appreciate', 'accept', 'approve', 'wish', 'dislike'];
/** Verbs of conjecture and foresight, stating a view of what is or will be ("she foresees …", "they anticipate that …"). */
const CONJECTURE_BASES = ['conjecture', 'deduce', 'infer', 'envisage', 'envision', 'foresee', 'anticipate'];
/** Verbs of advocacy: speaking for a position or cause ("he advocates a levy", "they espouse …"). */
const ADVOCACY_BASES = ['advocate', 'espouse', 'uphold'];
/** Verbs of deploring: regret or disapproval voiced over a state of affairs ("she deplores the delays"). */
const DEPLORE_BASES = ['deplore', 'bewail', 'rue'];
/** Verbs of repudiation: rejecting a position or one's own words ("he disavowed the remark"). */
const REPUDIATION_BASES = ['spurn', 'repudiate', 'disavow', 'renounce', 'disown', 'recant', 'retract'];
/** Verbs of lecturing and preaching (VerbNet lecture-37.11): a stated position at length. */
const LECTURE_BASES = [
  'lecture',
  'preach',
  'sermonize',
  'sermonise',
  'moralize',
  'moralise',
  'pontificate',
  'expound',
  'harangue',
  'rant',
  'orate',
  'editorialize',
  'editorialise',
  'philosophize',
  'philosophise',
];
/** Verbs of desire and aspiration beyond "want" and "wish" ("she craves …", "they aspire to …"). */
const DESIRE_BASES = ['desire', 'crave', 'covet', 'yearn', 'aspire', 'strive', 'hanker'];
/** Verbs of attention and intention that state a position only with their particle ("focused on X", "looking for X"). */
const PARTICLE_STANCE: Array<[string, string[]]> = [
  ['focus', ['on']],
  ['look', ['for', 'forward', 'to']],
  ['dwell', ['on']],
  ['weigh', ['in']],
  // verbs that frame an object "as “…”" only with their particle: "played down the delay as …"
  ['play', ['down', 'up']],
  ['wave', ['off', 'away']],
  ['shrug', ['off']],
  ['sum', ['up']],
  ['single', ['out']],
];
/** Each form of a particle-only stance verb with the particles that make it a cue. */
export const PARTICLE_ONLY_CUES: Record<string, Set<string>> = {};
for (const [base, particles] of PARTICLE_STANCE)
  for (const form of forms([base])) PARTICLE_ONLY_CUES[form] = new Set(particles);
/**
 * Headline verbs of criticism (`Roe Trashes Pier Plan`, `Council rebuffs Roe`): cues only on a
 * text's title line, where headlinese uses them for a stated position.
 */
export const HEADLINE_CUES = wordSet(`
  trash trashes rip rips rebut rebuts rebuff rebuffs whack whacks bash bashes knock knocks
  hammer hammers swipe swipes jab jabs
`);
export const STANCE_VERBS = forms([
  ...STANCE_BASES,
  ...COGNITION_BASES,
  ...ATTITUDE_BASES,
  ...CONJECTURE_BASES,
  ...ADVOCACY_BASES,
  ...REPUDIATION_BASES,
  ...DEPLORE_BASES,
  ...LECTURE_BASES,
  ...DESIRE_BASES,
  ...PARTICLE_STANCE.map(([base]) => base),
]);
/** Stance verbs of a finding that report like verbs of saying when a document or poll is their subject ("…, records show."). */
export const FINDING_VERBS = forms(['show', 'demonstrate']);
export const REPORTING_VERBS = forms(REPORTING_BASES);
/**
 * Verbs of praise and blame that cue quoted words in their object or its prepositional phrase
 * ("credited Roe with “…”", "ripped the board for “…”") but no unquoted report: they are
 * fragment cues only, never indirect ones.
 */
const QUOTED_ONLY_BASES = [
  'credit',
  'fault',
  'commend',
  'congratulate',
  'chastise',
  'castigate',
  'excoriate',
  'skewer',
  'bash',
  'hammer',
  'rip',
  'knock',
  'target',
  'command',
  'coach',
  'trumpet',
  'mourn',
  'extol',
  'acclaim',
  'salute',
  'decree',
  'guarantee',
  'tease',
  'jab',
  'needle',
  'taunt',
  'goad',
  'heckle',
  'jeer',
  'sneer',
  'gush',
  'rave',
  'ponder',
  'grouse',
  'carp',
  'snipe',
  'whine',
  'request',
  'invoke',
  'parrot',
  'lobby',
  // more judgement verbs of praise and disparagement (Levin 33), quoted words only like the rest
  'compliment',
  'reprimand',
  'censure',
  'admonish',
  'upbraid',
  'vilify',
  'disparage',
  'belittle',
  'denigrate',
  'demonize',
  'demonise',
  'malign',
  'impugn',
  'pillory',
  'savage',
  'reproach',
  'scorn',
  'disdain',
  'lionize',
  'lionise',
  'glorify',
  'eulogize',
  'eulogise',
  'flatter',
  'romanticize',
  'romanticise',
  'demean',
  'besmirch',
  'slander',
  'smear',
];
export const QUOTED_ONLY_VERBS = forms(QUOTED_ONLY_BASES);
export const FRAGMENT_VERBS = forms([...FRAGMENT_BASES, ...REPORTING_BASES, ...QUOTED_ONLY_BASES]);
/**
 * Verbs that characterise their object in quoted words only through "as": cues only when
 * "<object> as “…”" follows ("heralded the deal as a “breakthrough”", "waved off the delay as
 * “minimal”", "lists him as “…”").
 */
const AS_FRAME_BASES = [
  'herald',
  'identify',
  'present',
  'list',
  'cast',
  'paint',
  'view',
  'see',
  'regard',
  'rank',
  'rate',
  'treat',
  'classify',
  'designate',
  'introduce',
  'single',
  'bill',
  'market',
  'promote',
  'style',
  'peg',
  'tag',
  'wave',
  'shrug',
  'play',
  'sum',
  'reject',
  'mark',
  'flag',
  'celebrate',
  'envision',
  'remember',
  'accept',
];
export const AS_FRAME_VERBS = new Set([...FRAGMENT_VERBS, ...forms(AS_FRAME_BASES)]);

/**
 * Nouns of a statement, belief or feeling that take a that-clause beyond the singular speech
 * nouns of the extractor: their plurals and nouns of supposition ("his assurances that …",
 * "her suspicion that …").
 */
export const CLAUSE_NOUNS = wordSet(`
  assertions arguments statements promises pledges vows warnings suggestions beliefs views
  contentions charges accusations announcements predictions assurances admissions complaints
  concerns fears hopes remarks comments declarations denials boasts threats demands conclusions
  findings idea ideas notion assumption assumptions impression observation observations suspicion
  suspicions worry worries insinuation reminder reassurance reassurances speculation expectation
  expectations conviction understanding recognition acknowledgment acknowledgement explanation
  answer response reply retort boast objection objections theory guarantee guarantees
  confession confessions revelation revelations opinion realization realisation assessment
  recollection rationale perception
`);

/**
 * Adjectives of certainty, hope and feeling that take a that-clause after a copula: the
 * clause is the subject's stated position ("she is confident that …", "they remain convinced
 * that …").
 */
export const STANCE_ADJECTIVES = wordSet(`
  confident convinced certain sure aware hopeful optimistic pessimistic adamant insistent emphatic
  determined worried concerned afraid fearful skeptical sceptical doubtful positive glad pleased
  proud sorry disappointed upset angry surprised shocked satisfied frustrated grateful thankful
  happy relieved unhappy troubled alarmed persuaded
`);
/** Copulas and linking verbs before a stance adjective. */
export const COPULAS = wordSet(`
  is are was were be been being am ’s 's ’re 're ’m 'm remain remains remained seem seems seemed
  appear appears appeared feel feels felt become becomes became grew grow grows
`);
/** Degree and polarity adverbs between a copula and its adjective ("is not so sure that …"). */
export const DEGREE_ADVERBS = wordSet(`
  very so too quite fairly rather increasingly more less most not never still also now absolutely
  completely fully entirely deeply extremely pretty less all as
`);

/** Forms that are nouns or adjectives at least as often as verbs: a cue only after a subject. */
export const AMBIGUOUS_CUES = wordSet(`
  report reports post posts charge charges question questions answer answers comment comments
  promise promises claim claims order orders rule rules find finding read put figure figures guess
  state states fear fears doubt doubts call calls attack attacks plan plans object objects protest
  protests pledge pledges vow vows estimate estimates forecast forecasts blog blogs reply replies
  respond demand demands welcome signal signals quote quotes expect continue continued learned find
  found read repeat compare frame term terms thinking speaking writing reporting saying mention hint
  hints joke jokes challenge challenges thank thanks invite defend suggest advise counter concluding
  tweet tweets ruling ordering calling posting post label labels brand brands praise attacks slams
  blast blasts hail welcomes fear denial order orders quoting quote cites cite sing sings chant
  chants term terms dub dubs show shows want wants plan plans support supports offer offers back
  backs see know vote votes address detail details outline outlines document documents echo echoes
  worry worries favor favors aim aims push pushes raise raises seeing knowing backing supporting
  offering showing voting raising pushing aiming discuss dispute disputes highlight highlights
  approve consider seek seeks decline remarks remark pledged statement statements notes note hope
  hopes point points voice voices email emails talk talks express rail rails lash pointing talking
  sense senses feeling understanding wish wishes love notice hate dislike desire desires
  consent consents recap recaps
`);

/** Nouns for documents and findings that can report or show something: "a 2014 study found …". */
export const EVIDENCE_NOUNS = wordSet(`
  study studies survey surveys poll polls polling analysis analyses report reports audit audits data
  review research investigation inquiry probe transcript video footage records documents filings
  census average estimate estimates memo letter panel jury slide chart map model index statistics
  numbers evidence tally results findings
`);

/** Words that may stand between a subject and its cue: auxiliaries, negation, adverbs. */
export const BETWEEN_SUBJECT_AND_CUE = new Set([
  'has',
  'have',
  'had',
  'is',
  'was',
  'were',
  'are',
  'am',
  'be',
  'been',
  'being',
  '’s',
  "'s",
  'also',
  'later',
  'then',
  'now',
  'further',
  'again',
  'previously',
  'earlier',
  'repeatedly',
  'recently',
  'will',
  'would',
  'could',
  'may',
  'might',
  'can',
  'did',
  'does',
  'do',
  'not',
  'never',
  'only',
  'just',
  'publicly',
  'privately',
  'openly',
  'once',
  'first',
  'initially',
  'reportedly',
  'simply',
  'flatly',
  'bluntly',
  'quickly',
  'immediately',
  'often',
  'frequently',
  'always',
  'still',
  'already',
  'even',
  'clearly',
  'angrily',
  'calmly',
  'firmly',
  'loudly',
  'quietly',
  'softly',
  'proudly',
  'separately',
  'subsequently',
  'finally',
  'last',
  'cynically',
  'famously',
  'directly',
  'explicitly',
  'specifically',
  'likewise',
  'similarly',
  'too',
  'herself',
  'himself',
  'themselves',
  'itself',
  '’ve',
  "'ve",
  '’d',
  "'d",
  '’ll',
  "'ll",
  'n’t',
  "n't",
  'should',
  'must',
  'reportedly',
  'allegedly',
  // negated auxiliaries written as one word: "I don’t know …", "she didn't say …"
  ...[
    'don',
    'doesn',
    'didn',
    'won',
    'wouldn',
    'can',
    'couldn',
    'hasn',
    'haven',
    'hadn',
    'isn',
    'wasn',
    'aren',
    'weren',
    'shouldn',
    'mustn',
  ].flatMap((w) => [`${w}’t`, `${w}'t`]),
  'cannot',
]);

/** Words after which a cue's complement starts ("said that …", "said in a statement that …"). */
export const COMPLEMENTISERS = wordSet(`
  that whether if how why what when where who
`);

export const PRONOUNS: Record<string, 'male' | 'female' | 'plural' | 'neuter' | 'speaker'> = {
  he: 'male',
  him: 'male',
  she: 'female',
  her: 'female',
  they: 'plural',
  them: 'plural',
  it: 'neuter',
  i: 'speaker',
  we: 'plural',
  you: 'speaker',
  who: 'speaker',
  which: 'neuter',
};

/** Titles and honorifics dropped from a person's name; some give the gender. */
export const TITLES: Record<string, 'male' | 'female' | null> = {
  'mr.': 'male',
  mr: 'male',
  'mrs.': 'female',
  mrs: 'female',
  'ms.': 'female',
  ms: 'female',
  miss: 'female',
  'dr.': null,
  dr: null,
  'prof.': null,
  professor: null,
  president: null,
  'pres.': null,
  'sen.': null,
  senator: null,
  'rep.': null,
  representative: null,
  'gov.': null,
  governor: null,
  'gen.': null,
  general: null,
  'lt.': null,
  'col.': null,
  colonel: null,
  'sgt.': null,
  'capt.': null,
  captain: null,
  'adm.': null,
  admiral: null,
  minister: null,
  prime: null,
  secretary: null,
  chancellor: null,
  mayor: null,
  judge: null,
  justice: null,
  king: null,
  queen: 'female',
  prince: 'male',
  princess: 'female',
  sir: 'male',
  lord: 'male',
  lady: 'female',
  pope: 'male',
  rev: null,
  'rev.': null,
  reverend: null,
  father: 'male',
  sister: 'female',
  brother: 'male',
  sheikh: 'male',
  mullah: 'male',
  ambassador: null,
  chairman: 'male',
  chairwoman: 'female',
  spokesman: 'male',
  spokeswoman: 'female',
  spokesperson: null,
  commissioner: null,
  director: null,
  vice: null,
  deputy: null,
  chief: null,
  'st.': null,
  attorney: null,
  sheriff: null,
  coach: null,
  pollster: null,
  councillor: null,
  councilor: null,
  councilman: 'male',
  councilwoman: 'female',
  alderman: null,
  envoy: null,
  delegate: null,
  congressman: 'male',
  congresswoman: 'female',
  assemblyman: 'male',
  assemblywoman: 'female',
  economist: null,
  analyst: null,
  host: null,
  anchor: null,
  leader: null,
  candidate: null,
  nominee: null,
  ceo: null,
  founder: null,
  officer: null,
  inspector: null,
  detective: null,
  superintendent: null,
  speaker: null,
  emir: 'male',
  ayatollah: 'male',
  imam: 'male',
  rabbi: null,
  bishop: null,
  cardinal: null,
  dame: 'female',
  madam: 'female',
  mme: 'female',
  'mme.': 'female',
  mister: 'male',
  'hon.': null,
  the: null,
  former: null,
  longtime: null,
  then: null,
  incumbent: null,
  acting: null,
  interim: null,
  senior: null,
  top: null,
};

export const FIRST_NAME_GENDER: Record<string, 'male' | 'female'> = {};

/** Names of news agencies and broadcasters that make a phrase an outlet. */
const NEWS_AGENCY_NAMES = ['reuters', 'bloomberg', 'cnn', 'bbc', 'npr', 'afp'];

/** Last words that make a capitalised name an outlet. */
export const OUTLET_WORDS = new Set([
  'times',
  'post',
  'journal',
  'news',
  'tribune',
  'herald',
  'guardian',
  'telegraph',
  'gazette',
  'chronicle',
  ...NEWS_AGENCY_NAMES,
  'ap',
  'upi',
  'politico',
  'axios',
  'observer',
  'independent',
  'mirror',
  'sun',
  'express',
  'economist',
  'magazine',
  'daily',
  'review',
  'inquirer',
  'enquirer',
  'globe',
  'star',
  'examiner',
  'dispatch',
  'record',
  'register',
  'bulletin',
  'courier',
  'monitor',
  'week',
  'weekly',
  'wire',
  'press',
  'msnbc',
  'cnbc',
  'abc',
  'nbc',
  'cbs',
  'fox',
  'pbs',
  'hill',
  'atlantic',
  'yorker',
  'newsweek',
  'dawn',
  'tass',
  'xinhua',
  'itar-tass',
  'interfax',
  'aljazeera',
  'jazeera',
  'breitbart',
  'huffpost',
  'salon',
  'vox',
  'slate',
  'buzzfeed',
  'tv',
  'radio',
  'channel',
  'network',
  'broadcasting',
  'agency',
  'republic',
  'sentinel',
  'statesman',
  'standard',
  'nation',
  'tribune-review',
  'beacon',
  'ledger',
  'bee',
  'plain',
  'free',
]);

/** Newspaper words that make a titled name an outlet wherever they stand ("The Daily Meridian"). */
export const NEWSPAPER_WORDS = wordSet(`
  daily times journal gazette herald tribune chronicle post news inquirer courier dispatch telegraph
  bulletin newspaper magazine weekly broadcasting radio television
`);

/** Words that mark an outlet when they appear anywhere in the name (news agencies, papers). */
export const OUTLET_MARKERS = new Set([
  'associated',
  ...NEWS_AGENCY_NAMES,
  'fox',
  'msnbc',
  'cnbc',
  'politico',
  'axios',
  'xinhua',
  'tass',
  'interfax',
  'jazeera',
  'breitbart',
]);

/** Common nouns that refer back to the last outlet named ("the paper said"). */
export const OUTLET_ANAPHORS = wordSet(`
  paper newspaper daily magazine outlet network broadcaster publication tabloid website site channel
  station weekly report agency newsweekly broadsheet
`);

/** Last words that make a capitalised name an organization. */
export const ORGANIZATION_WORDS = wordSet(`
  department ministry office agency committee commission council party campaign foundation institute
  convention conference research
  institution university college school bank police army navy force forces government court senate
  house congress parliament assembly pentagon kremlin inc inc. corp corp. company co. group
  association union organization organisation federation board authority administration service
  services centre center caucus coalition alliance league society trust fund bureau directorate
  secretariat cabinet team club network movement front taliban nato fbi cia nsa un eu who imf opec
  ltd llc plc gmbh hospital church palace embassy consulate mission command corps guard brigade
  regime state states city county municipality firm airline airlines railway bank exchange
  industries technologies holdings labs party politifact facebook google twitter apple microsoft
  amazon democrats republicans gop dnc rnc whitehouse qaeda isis hamas hezbollah pakistan
  afghanistan russia china iran israel washington moscow beijing tehran islamabad
`);

/** Common head nouns of a person-like description: "a senior official", "two sources". */
export const ANONYMOUS_HEADS = wordSet(`
  official officials source sources spokesman spokeswoman spokesperson spokespeople aide aides
  diplomat diplomats officer officers analyst analysts expert experts person people member members
  insider insiders adviser advisers advisor advisors lawmaker lawmakers witness witnesses resident
  residents observer observers employee employees staffer staffers administrator executive
  executives investigator investigators critic critics supporter supporters activist activists
  critic man woman men women minister ministers commander commanders leader leaders worker workers
  voter voters reporter reporters journalist journalists doctor doctors lawyer lawyers attorney
  attorneys prosecutor prosecutors police authorities authority militant militants fighter fighters
  soldier soldiers neighbour neighbor neighbours neighbors friend friends relative relatives
  colleague colleagues operative operatives strategist strategists representative representatives
  delegate delegates negotiator negotiators envoy envoys scientist scientists researcher researchers
  economist economists specialist specialists student students teacher parent parents victim victims
  survivor survivors protester protesters organizer organizers organiser organisers candidate
  spokesmen commentator commentators pundit pundits manager managers director chief head figure
  figures veteran veterans agent agents guard guards clerk judge insider campaigner campaigners
  others someone individual individuals staff personnel crew consultant consultants banker bankers
  trader traders engineer engineers pilot pilots nurse nurses farmer farmers officialdom counterpart
  counterparts governor senator senators mayor congressman congresswoman pollster pollsters
  governors ambassador chairman nominee
`);

/** Determiners and quantifiers that open an anonymous description. */
export const DESCRIPTION_OPENERS = wordSet(`
  a an the one two three four five several some many other another various numerous few multiple
  senior unnamed anonymous government military intelligence security both most these those this that
  his her their its
`);

export { ABBREVIATIONS } from '../../language/abbreviations';

/** Words that end a subject when walking back from a cue: a subject never spans them. */
export const SUBJECT_BOUNDARY = wordSet(`
  and but or while because as when after before if since so where that though although whereas yet
  unless until then than whom whose meanwhile however also nor once what how why whether
`);

/** Leading words dropped from a reported clause. */
export const LEADING_CONJUNCTIONS = wordSet(`
  but and so yet or still however meanwhile
`);

/** Focusing and sentence adverbs, and correlatives, that a capital at the sentence start does not make part of a name ("Even Republicans", "Perhaps Lund", "Neither Jo Roe nor …"). */
export const SENTENCE_ADVERBS = wordSet(`
  even perhaps maybe plus only just also indeed thus now then neither either both more
`);

/** Words that end a speaker phrase placed after its cue ("said Jane Roe on Monday"). */
export const AFTER_CUE_STOP = wordSet(`
  on in at during after before while when who which that to about with via last this earlier later
  recently yesterday today tonight and but as because adding noting told than if into over through
  since according
`);

/** Days, months and other time words: a closed class that never names a speaker or a source. */
export const TIME_WORDS = wordSet(`
  monday tuesday wednesday thursday friday saturday sunday tues. wed. thurs. fri. sat. january
  february march april may june july august september october november december jan jan. feb feb.
  mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec. today
  yesterday tomorrow tonight morning afternoon evening night overnight noon midnight midday day days
  week weeks weekend month months year years a.m. p.m. am pm gmt utc est edt pst pdt bst cet hours
  hour minutes spring summer autumn fall winter christmas easter
`);

/** Words that open or modify a time phrase ("on Thursday", "late last week", "earlier this month"). */
export const TIME_MODIFIERS = wordSet(`
  on in at by late early last this next earlier later of the same previous following mid around
  about until since before after during past
`);

/** True for a date or a time written with digits: "12", "2016", "3:30", "11th". */
export function isNumberWord(lower: string): boolean {
  return /^\d[\d:.,]*(st|nd|rd|th|s)?$/.test(lower);
}

/** Time words that are also common words: time words only when capitalised (months, days). */
const AMBIGUOUS_TIME_WORDS = wordSet(`
  may march jan jun jul aug oct nov dec sep am fall spring summer winter christmas easter
`);

/**
 * True for a day, month, date or time word ("Thursday", "tonight", "2016"). Words that are
 * also names or common words ("May", "march", "fall") count only when `inTimePhrase` (after
 * "in", "last", "early", …).
 */
export function isTimeWord(lower: string, inTimePhrase: boolean): boolean {
  if (isNumberWord(lower)) return true;
  if (!TIME_WORDS.has(lower)) return false;
  return inTimePhrase || !AMBIGUOUS_TIME_WORDS.has(lower);
}

/** Time words that are also surnames ("Jo Day", "Jo May", "Jo Winter"). */
const SURNAME_TIME_WORDS = wordSet(`
  day may march april june august summer winter spring fall christmas easter noon
`);

/**
 * True when `words[i]` (lower-cased, in a run of capitalised words) is a surname rather than a
 * time word: a singular time word that is also a surname after a capitalised given name that is
 * no time word itself, with no time modifier before that name ("Jo Day said" is Jo Day; "on
 * Election Day", "this Day", "Monday Night" stay time phrases).
 */
export function isSurnameTimeWord(words: string[], i: number): boolean {
  if (i < 1 || !SURNAME_TIME_WORDS.has(words[i])) return false;
  const given = words[i - 1];
  if (!/^[a-z][a-z-]*$/.test(given) || isTimeWord(given, true) || TIME_MODIFIERS.has(given)) return false;
  if (FUNCTION_WORDS_BEFORE_NAME.has(given)) return false;
  return i < 2 || !TIME_MODIFIERS.has(words[i - 2]);
}

/** Words that cannot be a given name before a surname. */
const FUNCTION_WORDS_BEFORE_NAME = wordSet(`
  a an the this that these those his her their its our my your new super labor election memorial
  independence veterans boxing opening closing inauguration
`);

/** Short prepositions of place, time and means. */
export const BASIC_PREPOSITIONS = ['in', 'on', 'at', 'by', 'for', 'with', 'from', 'to'];

/** Function words and sentence adverbs: a phrase made only of these names no one. */
export const FUNCTION_WORDS = new Set([
  ...BASIC_PREPOSITIONS,
  'of',
  'as',
  'if',
  'so',
  'then',
  'there',
  'here',
  'first',
  'second',
  'third',
  'finally',
  'also',
  'still',
  'yet',
  'even',
  'just',
  'only',
  'now',
  'instead',
  'indeed',
  'meanwhile',
  'however',
  'moreover',
  'besides',
  'otherwise',
  'thus',
  'hence',
  'perhaps',
  'maybe',
  'later',
  'earlier',
  'again',
  'once',
  'when',
  'while',
  'after',
  'before',
  'since',
  'because',
  'although',
  'though',
  'not',
  'no',
  'yes',
  'all',
  'each',
  'every',
  'any',
  'such',
  'what',
  'whatever',
  'how',
  'why',
  'where',
]);

/** Verbs whose content follows a particle: "talked about X", "pointed to X", "railed against X". */
export const PARTICLE_VERBS: Record<string, Set<string>> = {};
for (const [bases, particles] of [
  [
    [
      'talk',
      'speak',
      'complain',
      'worry',
      'joke',
      'write',
      'think',
      'boast',
      'brag',
      'testify',
      'wonder',
      'muse',
    ],
    ['about', 'of', 'on'],
  ],
  [['point', 'refer', 'allude', 'object'], ['to']],
  [['look'], ['for', 'forward', 'to']],
  [['rail', 'warn', 'caution', 'argue', 'protest', 'campaign', 'speak', 'lash'], ['against']],
  [
    [
      'call',
      'argue',
      'apologize',
      'apologise',
      'advocate',
      'push',
      'press',
      'plead',
      'blame',
      'criticize',
      'criticise',
      'praise',
      'thank',
    ],
    ['for'],
  ],
  [
    ['comment', 'insist', 'elaborate', 'reflect', 'focus', 'dwell', 'weigh'],
    ['on', 'in'],
  ],
  [['call'], ['on', 'upon']],
  [['lash'], ['out']],
  [['wave', 'shrug', 'write'], ['off']],
  [['play'], ['down']],
  [
    ['sum', 'single'],
    ['up', 'out'],
  ],
  [['swipe', 'jab'], ['at']],
] as Array<[string[], string[]]>) {
  for (const form of forms(bases)) {
    const set = PARTICLE_VERBS[form] ?? (PARTICLE_VERBS[form] = new Set<string>());
    for (const p of particles) set.add(p);
  }
}

/** Lower-case particles inside personal names: "Ibn al-Rashid", "Ursula von der Leyen". */
export const NAME_CONNECTORS = wordSet(`
  de da del der van von bin ibn al el la le du of abu ul ben
`);
