/**
 * Adapter between the comment service and the rule engine (server/src/moderation/engine): maps the
 * service's context to the engine's and reads the few settings the glue itself needs.
 */
import {
  defaultModerationSettings,
  isInvisibleOnly,
  moderateComment,
  moderateName,
  resolveArticleMode,
  withDefaultSettings,
  type ModerationContext,
  type ModerationResult,
  type ModerationSettings,
} from './engine';

export type Decision = ModerationResult['decision'];
export interface EngineContext {
  articleMode?: 'open' | 'premoderated' | 'closed';
  /** The section whose pre-moderation applies (when the article does not set its own mode). */
  premoderatedSection?: string;
  articleDocumentId?: string;
  recent?: { text: string; articleDocumentId: string; postedAt: string; sameClient: boolean }[];
  author?: { approved: number; rejected: number; pending: number; flagged: number };
  reportCount?: number;
  now?: string;
}

export const engine = {
  defaultModerationSettings,
  resolveArticleMode,
  /** Stored settings over the defaults, group by group (settings saved before a setting existed). */
  withDefaults: (stored: unknown): ModerationSettings => withDefaultSettings(stored),
  moderateComment(
    input: { text: string; authorName?: string },
    settings: ModerationSettings,
    context: EngineContext = {},
  ): ModerationResult {
    const ctx: ModerationContext = {
      articleMode: context.articleMode,
      premoderatedSection: context.premoderatedSection,
      recentComments: (context.recent ?? []).map((r) => ({
        text: r.text,
        postedAt: r.postedAt,
        articleId: r.articleDocumentId,
        sameClient: r.sameClient,
      })),
      authorHistory: context.author
        ? { approved: context.author.approved, rejected: context.author.rejected }
        : undefined,
      reportCount: context.reportCount,
      now: context.now,
    };
    return moderateComment(
      {
        text: input.text,
        authorName: input.authorName,
        articleId: context.articleDocumentId,
        postedAt: context.now,
      },
      settings,
      ctx,
    );
  },
  /**
   * Why a submission is refused before it is moderated, naming the field: a body or name made
   * only of invisible characters, or a name the rules would reject. Null when it may go on.
   */
  refuseSubmission(
    input: { text: string; authorName: string },
    settings: ModerationSettings,
  ): { field: 'body' | 'authorName'; message: string } | null {
    if (isInvisibleOnly(input.text)) return { field: 'body', message: 'has no visible characters' };
    if (isInvisibleOnly(input.authorName))
      return { field: 'authorName', message: 'has no visible characters' };
    const name = moderateName(input.authorName, settings);
    if (name.decision === 'reject') {
      return {
        field: 'authorName',
        message: `is not allowed (${[...new Set(name.reasons.map((r) => r.rule))].join(', ')})`,
      };
    }
    return null;
  },
  windowMinutes: (s: ModerationSettings) => Number(s.duplicate?.windowMinutes ?? 60),
  reportThreshold: (s: ModerationSettings) =>
    s.reports?.enabled === false ? 0 : Number(s.reports?.threshold ?? 3),
  hideOnReportThreshold: (s: ModerationSettings) => s.reports?.hideOnThreshold === true,
};
