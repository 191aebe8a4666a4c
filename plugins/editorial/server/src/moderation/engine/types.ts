/** Plain data shapes of the auto-moderation engine (no Strapi types: the glue maps to and from them). */

export type ModerationDecision = 'approve' | 'pending' | 'flag' | 'reject';
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

// The settings' one schema is shared with the server's validation and the admin page.
export {
  RULE_IDS,
  type RuleId,
  type RuleAction,
  type ModerationSettings,
  type ModelRuleSettings,
} from '../../../../shared/moderation-settings';
