/**
 * Newsroom default word lists. They are defaults only: the Strapi glue stores the editable copy
 * in the plugin settings. Lists are general English (insults, slurs, threats), not fitted to any
 * data set. A trailing * matches any word starting with the stem; plain words also match their
 * plural and possessive forms.
 */

/** Slurs that are never acceptable: the comment is rejected. */
export const DEFAULT_BANNED_WORDS = [
  'nigger*', 'nigga*', 'cunt*', 'fag', 'faggot*', 'kike*', 'chink*', 'chingchong', 'africoon*',
  'abeed', 'arabush', 'boonga', 'tranny', 'trannies', 'wetback*', 'raghead*', 'towelhead*',
  'sandnigger*', 'spic', 'spics', 'gook*', 'beaner*', 'paki', 'pakis', 'dyke',
];

/** Profanity held for review (besides the profanity library's own dataset). */
export const DEFAULT_SUSPECT_WORDS = [
  'fuck*', 'fck*', 'fuk*', 'wtf', 'stfu', 'shit*', 'bullshit*', 'horseshit', 'dipshit*', 'shithead*',
  'crap', 'crappy', 'craps', 'damn', 'damned', 'damnit', 'dammit', 'goddamn*', 'darn', 'ass',
  'asses', 'arse', 'asshole*', 'arsehole*', 'jackass*', 'dumbass*', 'smartass*', 'badass', 'bitch*',
  'bastard*', 'dick', 'dicks', 'dickhead*', 'prick*', 'pussy', 'pussies', 'cock', 'cocks',
  'cocksucker*', 'motherfuck*', 'whore*', 'slut*', 'twat*', 'wanker*', 'douche*', 'piss', 'pissed',
  'pissing', 'penis', 'penises', 'vagina*', 'testicle*', 'boobs', 'tits', 'screw you', 'hell no',
  'go to hell', 'suck', 'sucks', 'sucked', 'sucking', 'sucker*', 'darned', 'butt', 'butts',
  'heck', 'genitals', 'excrement', 'frickin*', 'friggin*', 'effing', 'to hell with',
  'blow job*', 'blowjob*', 'skank*', 'kiss my ass', 'anal retentive',
];

/** Profanity library words that are ordinary in news prose (crime and health reporting, Latin). */
export const DEFAULT_IGNORED_LIBRARY_WORDS = [
  'sex', 'rape', 'porn', 'incest', 'bestiality', 'hooker', 'negro', 'orgasm', 'anal', 'anus',
  'cum', 'tit', 'scat', 'abo', 'semen', 'ejaculate', 'masturbate', 'boob', 'hentai', 'cuck',
];

/** Insults held wherever they appear: words whose ordinary use is to demean a person or idea. */
export const DEFAULT_INSULT_WORDS = [
  'idiot*', 'idiocy', 'moron*', 'imbecil*', 'cretin*', 'stupid*', 'stoopid*', 'dumb', 'dumber', 'dumbest',
  'dumbo', 'dummies', 'dummy', 'fool', 'fools', 'foolish*', 'fooled', 'loser*', 'jerk', 'jerks',
  'scum*', 'dimwit*', 'nitwit*', 'halfwit*', 'dunce*', 'buffoon*', 'clown*', 'dolt*', 'twit', 'twits',
  'nincompoop*', 'ignoramus*', 'pinhead*', 'bonehead*', 'knucklehead*', 'numbskull*', 'numskull*',
  'hypocrit*', 'liar', 'liars', 'pathetic*', 'asinine', 'brainless', 'brain dead', 'braindead',
  'retard*', 'lunatic*', 'loony', 'loonies', 'nutjob*', 'nutcase*', 'nutter*', 'wacko*', 'whacko*',
  'wackjob*', 'psycho', 'psychos', 'sociopath*', 'lowlife*', 'low life', 'degenerate*',
  'sleazebag*', 'sleazeball*', 'slimeball*', 'slimebag*', 'dirtbag*', 'creep', 'creeps', 'creepy',
  'pervert*', 'ignorant*', 'ignorance', 'idiotic*', 'moronic', 'imbecilic', 'dense', 'dopey',
  'gullible', 'delusional', 'deranged', 'demented', 'unhinged', 'incompetent*', 'inept',
  'disgusting', 'despicable', 'contemptible', 'deplorable', 'vile', 'repugnant', 'scummy',
  'worthless', 'useless', 'spineless', 'gutless', 'coward', 'cowards', 'cowardly', 'sissy',
  'wimp*', 'crybab*', 'snowflake*', 'libtard*', 'trumptard*', 'dotard*', 'sheeple', 'bigot*',
  'racist', 'racists', 'fascist*', 'nazi', 'nazis', 'commie*', 'traitor*', 'crook', 'crooks',
  'thug', 'thugs', 'troll', 'trolls', 'trolling', 'hack', 'shill', 'shills', 'grifter*', 'charlatan*',
  'parasite*', 'leech*', 'vermin', 'pig', 'pigs', 'swine', 'rats', 'rat', 'weasel*', 'snake',
  'garbage', 'trash', 'trashy', 'rubbish', 'drivel', 'nonsense', 'baloney', 'hogwash',
  'ridiculous*', 'ludicrous', 'absurd', 'silly', 'sillier', 'silliest', 'laughable', 'nuts',
  'nutty', 'crazy', 'crazies', 'insane', 'kook*', 'freak', 'freaks', 'ugly', 'fat', 'gross',
  'sick', 'sicko*', 'moonbat*', 'wingnut*', 'dingbat*', 'airhead*', 'blowhard*', 'windbag*',
  'gasbag*', 'scoundrel*', 'rascal*', 'wretch*', 'miserable', 'selfish', 'arrogant', 'narcissis*',
  'idiot-in-chief', 'shut up', 'shutup', 'get lost', 'stfu', 'moronically', 'stupidly',
  'sucker', 'suckers', 'sheep', 'lemming*', 'dupe*', 'dopes', 'dope', 'goon*', 'toady*',
  'bootlicker*', 'lackey*', 'stooge*', 'puppet*', 'turd*', 'dirty', 'lazy', 'loser', 'prig', 'prigs',
  'unintelligent', 'sexual predator*', 'sex predator*', 'rapist', 'rapists', 'sanctimonious',
];

/**
 * Weaker insults that news prose also uses ("a crazy week", "fat margins", "a dense fog"):
 * held only when aimed at someone ("you are so X", "what an X", "X people", "these X") or
 * when two insults occur in the same comment.
 */
export const DEFAULT_TARGETED_INSULT_WORDS = [
  'dense', 'dopey', 'gullible', 'delusional', 'deranged', 'demented', 'unhinged', 'incompetent*',
  'inept', 'disgusting', 'despicable', 'deplorable', 'vile', 'worthless', 'useless', 'coward',
  'cowards', 'cowardly', 'racist', 'racists', 'fascist*', 'nazi', 'nazis', 'traitor*', 'crook',
  'crooks', 'thug', 'thugs', 'troll', 'trolls', 'trolling', 'hack', 'parasite*', 'vermin', 'pig',
  'pigs', 'swine', 'rat', 'rats', 'snake', 'garbage', 'trash', 'rubbish', 'nonsense', 'absurd',
  'nuts', 'crazy', 'insane', 'freak', 'freaks', 'ugly', 'fat', 'gross', 'sick', 'miserable',
  'selfish', 'arrogant', 'narcissis*', 'sheep', 'dope', 'puppet*', 'dirty', 'lazy', 'clown*',
  'liar', 'liars', 'creep', 'creeps', 'creepy', 'ludicrous', 'laughable', 'silly', 'ridiculous*',
  'degenerate*', 'ignorance', 'fool', 'fools', 'fooled', 'foolish*', 'dummy', 'ignorant*',
  'psycho', 'moronically', 'stupidly', 'sucker', 'suckers', 'lemming*', 'dupe*', 'dopes', 'goon*',
  'stooge*', 'shill', 'shills', 'leech*', 'weasel*', 'kook*', 'sissy', 'wimp*', 'snowflake*', 'commie*',
  'grifter*', 'charlatan*', 'scoundrel*', 'rascal*', 'wretch*', 'toady*', 'lackey*', 'crazies',
  'baloney', 'hogwash', 'drivel', 'nutty', 'trashy', 'contemptible', 'repugnant', 'spineless',
  'gutless', 'sillier', 'silliest',
];

/**
 * Weak insults with a plain sense in news prose ("gross income", "a sick patient", "a freak
 * accident", "the hack of the server"): held only when aimed at someone, never on their own.
 */
export const PLAIN_SENSE = [
  'dense', 'fat', 'gross', 'sick', 'dirty', 'hack', 'snake', 'rat', 'rats', 'pig', 'pigs', 'swine', 'sheep', 'nuts',
  'crazy', 'crazies', 'insane', 'absurd', 'laughable', 'dope', 'dopes', 'puppet*', 'freak', 'freaks', 'miserable',
  'sucker', 'suckers', 'lemming*', 'sissy', 'wimp*', 'parasite*', 'vermin', 'leech*', 'weasel*', 'goon*',
  'foolishly', 'stupidly', 'moronically', 'dupe*', 'rascal*', 'wretch*', 'ignorance', 'lazy', 'selfish',
];

/**
 * Labels that news reports quote about public figures ("racist", "traitor"): held alone only
 * when used as a noun for someone in the commenter's own voice ("an avowed racist.").
 */
export const NEWS_LABELS = [
  'commie*', 'nazi', 'nazis', 'fascist*', 'racist', 'racists', 'traitor*', 'thug', 'thugs', 'degenerate*',
  'delusional', 'deranged', 'unhinged', 'creep', 'creeps', 'creepy', 'arrogant', 'narcissis*',
];

/** Identity groups: an attack is an identity term near a hostile or dehumanising word. */
export const DEFAULT_IDENTITY_TERMS = [
  'muslim*', 'islam*', 'moslem*', 'jew', 'jews', 'jewish', 'black', 'blacks', 'white', 'whites',
  'gay', 'gays', 'lesbian*', 'homosexual*', 'homo', 'homos', 'queer*', 'transgender*', 'trans',
  'immigrant*', 'migrant*', 'refugee*', 'illegals', 'alien', 'aliens', 'mexican*', 'arab', 'arabs',
  'african*', 'asian*', 'chinese', 'indian', 'indians', 'native', 'natives', 'christian*',
  'catholic*', 'hindu*', 'sikh*', 'atheist*', 'women', 'woman', 'girl', 'girls', 'female*',
  'feminist*', 'femin*', 'men', 'males', 'latino*', 'latina*', 'hispanic*', 'negro*', 'colored',
  'jihadi*', 'mormon*', 'evangelical*', 'elderly', 'disabled',
];

export const DEFAULT_HOSTILE_WORDS = [
  'animal*', 'vermin', 'savage*', 'subhuman*', 'sub-human', 'parasite*', 'rat', 'rats',
  'cockroach*', 'roach*', 'filth*', 'scum*', 'barbar*', 'disgusting', 'inferior',
  'infest*', 'plague', 'pig', 'pigs', 'ape', 'apes', 'monkey*', 'trash', 'garbage', 'deport*',
  'exterminat*', 'eradicat*', 'breed', 'breeding', 'primitive', 'backward', 'stupid*', 'idiot*', 'dumb', 'lazy', 'thug*', 'criminal*', 'rapist*', 'pedo*',
  'paedo*', 'pervert*', 'sicko*', 'freak*', 'bitch*', 'whore*', 'slut*', 'hag', 'hags', 'witch',
  'dog', 'dogs', 'mongrel*', 'invader*', 'horde*', 'swarm*',
  'get rid', 'go back', 'send them back', 'don\'t belong', 'not welcome', 'ugly', 'fat', 'hysterical',
  'shrill', 'nag', 'nags', 'uppity', 'thieves', 'thief', 'liar*', 'cult', 'brainwashed',
  'nasty', 'poison*', 'cancer', 'disease*', 'diseased', 'punks', 'cowardly', 'stinky', 'smelly', 'filthy',
  'insane', 'sick', 'deviant*', 'perverted', 'inbred', 'moron*', 'lazy', 'greedy',
];

/**
 * Violent verbs (base forms; inflections are generated) read by the threat grammar: they count
 * only in a wish, intent or imperative frame aimed at someone (see threat.ts).
 */
export const DEFAULT_THREAT_VERBS = [
  'kill', 'murder', 'shoot', 'hang', 'lynch', 'stab', 'beat', 'beat up', 'punch', 'slap', 'kick', 'burn',
  'burn down', 'execute', 'strangle', 'choke', 'behead', 'decapitate', 'gut', 'bash', 'smash', 'hunt', 'hunt down',
  'string up', 'put down', 'take out', 'die', 'rot', 'torture', 'castrate', 'rape', 'slaughter', 'butcher',
  'massacre', 'exterminate', 'eliminate', 'annihilate', 'eradicate', 'wipe out', 'bomb', 'nuke', 'gas',
  'poison', 'drown', 'bury', 'stone', 'cut off', 'slit', 'blow up', 'blow away', 'pull the trigger',
  'pulverize', 'pulverise', 'assassinate', 'crucify', 'maim', 'mutilate', 'skin', 'starve', 'fry', 'whack',
  'run over', 'tear apart', 'throw off', 'lock up and throw away',
];

/** Words that, right after a violent verb, make it aimed at someone or something. */
export const DEFAULT_THREAT_TARGETS = [
  'you', 'ya', 'u', 'yourself', 'them', 'him', 'her', 'em', "'em", 'all', 'these', 'those', 'every',
  'ur', 'his', 'their', 'it', 'everyone', 'everybody', 'anyone', 'anybody', 'people', 'whoever',
];

/**
 * General group lexicon of the identity grammar (identity.ts): religions, ethnicities,
 * nationalities, genders and orientations, and political camps, in their adjective and plural
 * forms. A group word alone is never held: only a collective accusation or a dehumanising noun
 * around it is.
 */
export const DEFAULT_GROUP_WORDS = [
  // religions
  'muslim*', 'moslem*', 'islam', 'islamic', 'islamist*', 'christian*', 'catholic*', 'protestant*', 'evangelical*',
  'mormon*', 'jew', 'jews', 'jewish', 'judaism', 'christianity', 'hindu*', 'sikh*', 'buddhis*', 'catholicism',
  'atheist*', 'pagan*',
  // ethnicities and races
  'black', 'blacks', 'white', 'whites', 'brown', 'asian*', 'african*', 'hispanic*', 'latino*', 'latina*', 'latinx',
  'arab', 'arabs', 'native', 'natives', 'indigenous', 'aboriginal*', 'caucasian*', 'negro*', 'colored', 'gypsy',
  'gypsies', 'roma', 'inuit', 'first nations',
  // nationalities
  'american*', 'canadian*', 'mexican*', 'chinese', 'japanese', 'korean*', 'vietnamese', 'indian', 'indians',
  'pakistani*', 'afghan*', 'iranian*', 'iraqi*', 'syrian*', 'somali*', 'nigerian*', 'russian*', 'ukrainian*',
  'polish', 'german*', 'french', 'british', 'brits', 'irish', 'scottish', 'italian*', 'spaniard*', 'greek*', 'turk',
  'turks', 'turkish', 'israeli*', 'palestinian*', 'egyptian*', 'saudi*', 'filipino*', 'cuban*', 'haitian*',
  'brazilian*', 'european*', 'venezuelan*', 'colombian*', 'guatemalan*', 'honduran*', 'salvadoran*', 'lebanese',
  'libyan*', 'yemeni*', 'sudanese', 'ethiopian*', 'kenyan*', 'chechen*', 'albanian*', 'romanian*', 'bulgarian*',
  'serb', 'serbs', 'serbian*', 'croat*', 'bosnian*', 'kurd', 'kurds', 'kurdish', 'persian*', 'bangladeshi*',
  'indonesian*', 'thai', 'australian*', 'dutch', 'swedish', 'swedes', 'norwegian*', 'danish', 'danes',
  // migration status
  'immigrant*', 'migrant*', 'refugee*', 'illegals', 'aliens', 'foreigner*', 'asylum seekers',
  // genders and orientations
  'women', 'men', 'males', 'females', 'gay', 'gays', 'lesbian*', 'homosexual*', 'queer*', 'trans', 'transgender*',
  'bisexual*', 'feminist*', 'homo', 'homos',
  // political camps
  'liberals', 'libs', 'conservatives', 'republicans', 'democrats', 'leftists', 'lefties', 'progressives',
  'socialists', 'communists', 'trumpsters', 'trumpers', 'rightwingers', 'left-wingers', 'right-wingers',
];

/** Nouns that deny a group's humanity: held next to any group word ("X vermin", "X are animals"). */
export const DEFAULT_DEHUMANISING_NOUNS = [
  'animal', 'animals', 'vermin', 'savage', 'savages', 'subhuman*', 'sub-human*', 'parasite', 'parasites', 'rat',
  'rats', 'cockroach*', 'roaches', 'pigs', 'swine', 'ape', 'apes', 'monkey', 'monkeys', 'dogs', 'beast', 'beasts',
  'barbarian*', 'scum*', 'filth', 'trash', 'garbage', 'leech*', 'maggot*', 'insects', 'mongrel*', 'breeders',
  'primitives', 'lice', 'snakes', 'locusts', 'hordes', 'cattle', 'sheep',
];

/**
 * Criminal nouns: held after a group word ("Xish thieves") unless a qualifier names a part of
 * the group ("radical ..."). Ideological labels ("supremacists", "racists") are left out: with a
 * group word they name a movement, not an accusation against the group.
 */
export const DEFAULT_CRIMINAL_NOUNS = [
  'terrorist*', 'criminal*', 'thug', 'thugs', 'rapist*', 'murderer*', 'killer*', 'thief', 'thieves', 'crook',
  'crooks', 'pedophile*', 'paedophile*', 'pedo', 'pedos', 'gangster*', 'gangbanger*', 'jihadi*', 'extremist*',
  'fanatic*', 'traitor*', 'liars', 'cheats', 'frauds', 'freeloader*',
  'moocher*', 'invader*', 'illegals', 'welfare queens', 'looters', 'savages', 'radicals', 'zealots',
];
