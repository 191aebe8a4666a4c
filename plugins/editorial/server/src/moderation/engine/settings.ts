/**
 * Default moderation settings (plain JSON, stored and edited through Strapi by the glue; their
 * schema is shared/moderation-settings.ts) and how an article's comments mode is resolved.
 */
import {
  DEFAULT_BANNED_WORDS,
  DEFAULT_HOSTILE_WORDS,
  DEFAULT_IDENTITY_TERMS,
  DEFAULT_IGNORED_LIBRARY_WORDS,
  DEFAULT_INSULT_WORDS,
  DEFAULT_SUSPECT_WORDS,
  DEFAULT_TARGETED_INSULT_WORDS,
  DEFAULT_THREAT_TARGETS,
  DEFAULT_THREAT_VERBS,
} from './default-lists';
import { MODEL_DEFAULT_THRESHOLDS } from './model/defaults';
import { RULE_IDS, type ModerationSettings } from './types';
import { overDefaults, sectionKey } from '../../../../shared/moderation-settings';
import { defaultBanSettings, defaultNotificationSettings } from '../../../../shared/notifications';

export const defaultModerationSettings: ModerationSettings = {
  order: [...RULE_IDS],
  stopOnReject: true,
  bannedWords: { enabled: true, action: 'reject', words: DEFAULT_BANNED_WORDS },
  suspectWords: {
    enabled: true,
    action: 'flag',
    words: DEFAULT_SUSPECT_WORDS,
    ignoredLibraryWords: DEFAULT_IGNORED_LIBRARY_WORDS,
    useLibraryDataset: true,
  },
  insult: {
    enabled: true,
    action: 'flag',
    words: DEFAULT_INSULT_WORDS,
    targetedWords: DEFAULT_TARGETED_INSULT_WORDS,
  },
  identityAttack: {
    enabled: true,
    action: 'flag',
    identityTerms: DEFAULT_IDENTITY_TERMS,
    hostileWords: DEFAULT_HOSTILE_WORDS,
    maxDistance: 4,
  },
  threat: { enabled: true, action: 'flag', verbs: DEFAULT_THREAT_VERBS, targets: DEFAULT_THREAT_TARGETS },
  links: { enabled: true, action: 'pending', maxLinks: 2 },
  shouting: { enabled: true, action: 'pending', minLetters: 24, maxUppercaseRatio: 0.7 },
  duplicate: {
    enabled: true,
    action: 'flag',
    exactSameClientAction: 'reject',
    windowMinutes: 24 * 60,
    nearThreshold: 0.5,
    minCrossClientChars: 40,
  },
  // Reaching the threshold puts the comment in front of moderators; it stays public unless
  // hideOnThreshold is set (then it is flagged, i.e. held, until a moderator decides).
  reports: { enabled: true, action: 'flag', threshold: 3, hideOnThreshold: false },
  // On by default: its refined spans beat the rules' in cross-validation (README, "Learned toxic-span
  // model"). It does not hold comments on its own unless `holds` is set: the rules decide holds.
  model: {
    enabled: true,
    holds: false,
    action: 'flag',
    threshold: MODEL_DEFAULT_THRESHOLDS.hold,
    spanThreshold: MODEL_DEFAULT_THRESHOLDS.span,
    ruleSpanThreshold: MODEL_DEFAULT_THRESHOLDS.ruleSpan,
  },
  articleMode: { closedAction: 'reject', premoderatedSections: [] },
  trusted: {
    enabled: true,
    minApproved: 5,
    maxRejected: 0,
    relaxedRules: ['links', 'shouting', 'duplicate', 'insult'],
    bypassPremoderation: true,
  },
  notifications: defaultNotificationSettings,
  bans: defaultBanSettings,
};

/**
 * The comments mode that applies to an article: its own `commentsMode` when set, otherwise
 * pre-moderated when its section is listed in `articleMode.premoderatedSections`, otherwise open.
 */
export function resolveArticleMode(
  article: { commentsMode?: string | null; section?: string | null },
  settings: Pick<ModerationSettings, 'articleMode'>,
): { mode: 'open' | 'premoderated' | 'closed'; from: 'article' | 'section' | 'default'; section?: string } {
  const own = article.commentsMode;
  if (own === 'open' || own === 'closed') return { mode: own, from: 'article' };
  if (own === 'premoderated' || own === 'pre-moderated') return { mode: 'premoderated', from: 'article' };
  const section = article.section?.trim();
  const listed = section
    ? settings.articleMode?.premoderatedSections?.find((s) => sectionKey(s) === sectionKey(section))
    : undefined;
  if (listed) return { mode: 'premoderated', from: 'section', section: listed.trim() };
  return { mode: 'open', from: 'default' };
}

/** Stored settings over the defaults, group by group (settings saved before a setting existed). */
export const withDefaultSettings = (stored: unknown): ModerationSettings =>
  overDefaults(isObj(stored) ? stored : undefined, defaultModerationSettings);

const isObj = (v: unknown): v is object => typeof v === 'object' && v !== null && !Array.isArray(v);
