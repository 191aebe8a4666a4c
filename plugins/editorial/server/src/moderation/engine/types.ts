/** Plain data shapes of the auto-moderation engine (no Strapi types: the glue maps to and from them). */

export type ModerationDecision = 'approve' | 'pending' | 'flag' | 'reject';
/** What a rule asks for when it fires; the strongest action across rules wins. */
export type RuleAction = 'pending' | 'flag' | 'reject';
/** Per-article comment mode; 'premoderated' is accepted as an alias of 'pre-moderated'. */
export type ArticleMode = 'open' | 'pre-moderated' | 'premoderated' | 'closed';

// Span and reason are part of the client contract: shared/ holds the one definition.
import type { ModerationReason, Span } from '../../../../shared/moderation-api';

export type { ModerationReason, Span };

export interface ModerationResult {
  decision: ModerationDecision;
  reasons: ModerationReason[];
}

export interface CommentInput {
  text: string;
  authorName?: string;
  /** When the comment was posted (ISO string or ms); defaults to context.now. */
  postedAt?: string | number | Date;
  articleId?: string | number;
}

export interface RecentComment {
  text: string;
  postedAt: string | number | Date;
  articleId?: string | number;
  /** True when the earlier comment came from the same client (ip hash, email or user). */
  sameClient: boolean;
}

export interface ModerationContext {
  articleMode?: ArticleMode;
  /** Set when the pre-moderation comes from the article's section (named in the reason). */
  premoderatedSection?: string;
  /** Comments posted recently (same client anywhere, or anyone on other articles). */
  recentComments?: RecentComment[];
  authorHistory?: { approved: number; rejected: number };
  reportCount?: number;
  /** Reference time for the duplicate window; defaults to input.postedAt, then Date.now(). */
  now?: string | number | Date;
}

export const RULE_IDS = [
  'article-mode',
  'banned-words',
  'identity-attack',
  'threat',
  'insult',
  'suspect-words',
  'links',
  'shouting',
  'duplicate',
  'reports',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface ModelRuleSettings {
  /** The model refines the reported toxic spans (and may hold, see `holds`). */
  enabled: boolean;
  /** Whether a comment score at `threshold` holds the comment on its own (off: only rules hold). */
  holds: boolean;
  action: RuleAction;
  /** Comment score (highest token probability, 0-1) from which the model holds the comment. */
  threshold: number;
  /** Token probability (0-1) from which a word no rule matched is reported as a toxic span. */
  spanThreshold: number;
  /** Token probability (0-1) from which a word a rule matched is reported as a toxic span. */
  ruleSpanThreshold: number;
}

export interface WordRuleSettings {
  enabled: boolean;
  action: RuleAction;
  /** Words or phrases; a trailing * matches any word starting with the stem. */
  words: string[];
}

export interface ModerationSettings {
  /** Rules run in this order; a rejecting rule stops the pipeline when stopOnReject is set. */
  order: RuleId[];
  stopOnReject: boolean;
  bannedWords: WordRuleSettings;
  suspectWords: WordRuleSettings & {
    /** Words of the profanity library's dataset that are not held (ordinary words in news prose). */
    ignoredLibraryWords: string[];
    /** Whether the profanity library's own dataset is used besides the list. */
    useLibraryDataset: boolean;
  };
  insult: WordRuleSettings & {
    /** Weaker words, held only when aimed at someone ("you are so X", "X people") or two together. */
    targetedWords: string[];
  };
  identityAttack: {
    enabled: boolean;
    action: RuleAction;
    identityTerms: string[];
    /** Dehumanising or hostile words that make an identity mention an attack when near it. */
    hostileWords: string[];
    /** Maximum words between the identity term and the hostile word. */
    maxDistance: number;
  };
  threat: {
    enabled: boolean;
    action: RuleAction;
    verbs: string[];
    /** Target words that must follow a threat verb within two words (them, you, him...). */
    targets: string[];
  };
  links: { enabled: boolean; action: RuleAction; maxLinks: number };
  shouting: { enabled: boolean; action: RuleAction; minLetters: number; maxUppercaseRatio: number };
  duplicate: {
    enabled: boolean;
    action: RuleAction;
    /** Action for an exact repeat by the same client. */
    exactSameClientAction: RuleAction;
    windowMinutes: number;
    /** Jaccard similarity of word 3-shingles from which a comment is a near duplicate. */
    nearThreshold: number;
    /** Shorter comments are only compared with the same client's (short stock replies are common). */
    minCrossClientChars: number;
  };
  /** hideOnThreshold: take a comment off the public page when it reaches the threshold (default: a moderator decides). */
  reports: { enabled: boolean; action: RuleAction; threshold: number; hideOnThreshold: boolean };
  /** The learned toxic-span model (model/); runs after the ordered rules. */
  model: ModelRuleSettings;
  articleMode: {
    closedAction: RuleAction;
    /**
     * Sections (article `section`, compared case-insensitively) whose articles are pre-moderated
     * when the article itself does not set a comments mode.
     */
    premoderatedSections: string[];
  };
  trusted: {
    enabled: boolean;
    minApproved: number;
    maxRejected: number;
    /** Rules whose non-reject findings do not hold a trusted commenter's comment. */
    relaxedRules: RuleId[];
    /** Trusted commenters are published directly on pre-moderated articles. */
    bypassPremoderation: boolean;
  };
}
