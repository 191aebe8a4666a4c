/**
 * Default moderation settings (plain JSON, stored and edited through Strapi by the glue) and a
 * hand-written validator whose messages name the offending field.
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
import { RULE_IDS, type ModerationSettings, type RuleId } from './types';

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
};

/** Longest section name (the article's `section` attribute allows 120 characters). */
export const SECTION_MAX = 120;
/** Sections are compared trimmed and case-insensitively ("Politics" is "politics"). */
export const sectionKey = (name: string) => name.trim().toLowerCase();

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

/**
 * Stored settings over the defaults, group by group: settings saved before a setting existed
 * (e.g. articleMode.premoderatedSections) get its default instead of failing validation; unknown
 * or malformed values are kept so that validation names them.
 */
export function withDefaultSettings(stored: unknown): ModerationSettings {
  const defaults = defaultModerationSettings as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = { ...defaults };
  if (isObj(stored)) {
    for (const [key, value] of Object.entries(stored)) {
      const base = defaults[key];
      out[key] = isObj(base) && isObj(value) ? { ...base, ...value } : value;
    }
  }
  return out as unknown as ModerationSettings;
}

export interface SettingsError {
  field: string;
  message: string;
}

const ACTIONS = ['pending', 'flag', 'reject'];
type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

type FieldCheck = 'bool' | 'action' | 'words' | [min: number, max: number, integer?: boolean];

/** Rule groups whose fields need only the common checks, in the order their errors are reported. */
const GROUP_CHECKS: Record<string, [key: string, check: FieldCheck][]> = {
  identityAttack: [
    ['enabled', 'bool'],
    ['action', 'action'],
    ['identityTerms', 'words'],
    ['hostileWords', 'words'],
    ['maxDistance', [1, 50]],
  ],
  threat: [
    ['enabled', 'bool'],
    ['action', 'action'],
    ['verbs', 'words'],
    ['targets', 'words'],
  ],
  links: [
    ['enabled', 'bool'],
    ['action', 'action'],
    ['maxLinks', [0, 1000]],
  ],
  shouting: [
    ['enabled', 'bool'],
    ['action', 'action'],
    ['minLetters', [1, 100000]],
    ['maxUppercaseRatio', [0, 1, false]],
  ],
  duplicate: [
    ['enabled', 'bool'],
    ['action', 'action'],
    ['exactSameClientAction', 'action'],
    ['windowMinutes', [1, 60 * 24 * 365]],
    ['nearThreshold', [0.01, 1, false]],
    ['minCrossClientChars', [0, 100000]],
  ],
  reports: [
    ['enabled', 'bool'],
    ['action', 'action'],
    ['threshold', [1, 100000]],
    ['hideOnThreshold', 'bool'],
  ],
  // Settings saved before the model existed have no `model` group; withDefaultSettings adds it.
  model: [
    ['enabled', 'bool'],
    ['holds', 'bool'],
    ['action', 'action'],
    ['threshold', [0, 1, false]],
    ['spanThreshold', [0, 1, false]],
    ['ruleSpanThreshold', [0, 1, false]],
  ],
};

/** Checks a settings object (e.g. what the admin page saved); returns [] when it is valid. */
export function validateModerationSettings(value: unknown): SettingsError[] {
  const errors: SettingsError[] = [];
  const err = (field: string, message: string) => errors.push({ field, message });
  if (!isObj(value)) return [{ field: '', message: 'settings must be an object' }];

  const section = (name: string): Obj | undefined => {
    const s = value[name];
    if (!isObj(s)) {
      err(name, 'must be an object');
      return undefined;
    }
    return s;
  };
  const bool = (s: Obj, path: string, key: string) => {
    if (typeof s[key] !== 'boolean') err(`${path}.${key}`, 'must be true or false');
  };
  const num = (s: Obj, path: string, key: string, min: number, max: number, integer = true) => {
    const v = s[key];
    if (typeof v !== 'number' || !Number.isFinite(v) || (integer && !Number.isInteger(v))) {
      err(`${path}.${key}`, `must be ${integer ? 'an integer' : 'a number'}`);
    } else if (v < min || v > max) err(`${path}.${key}`, `must be between ${min} and ${max}`);
  };
  const action = (s: Obj, path: string, key = 'action') => {
    if (typeof s[key] !== 'string' || !ACTIONS.includes(s[key] as string)) {
      err(`${path}.${key}`, `must be one of ${ACTIONS.join(', ')}`);
    }
  };
  const words = (s: Obj, path: string, key: string) => {
    const v = s[key];
    if (!Array.isArray(v)) return err(`${path}.${key}`, 'must be a list of words');
    v.forEach((w, i) => {
      if (typeof w !== 'string' || !w.trim()) err(`${path}.${key}[${i}]`, 'must be a non-empty string');
      else if (w.length > 80) err(`${path}.${key}[${i}]`, 'must be at most 80 characters');
      else if (/\*./.test(w.trim())) err(`${path}.${key}[${i}]`, '* is only allowed at the end of a word');
    });
  };
  const ruleList = (v: unknown, field: string, requireAll: boolean) => {
    if (!Array.isArray(v)) return err(field, 'must be a list of rule ids');
    const seen = new Set<string>();
    v.forEach((id, i) => {
      if (typeof id !== 'string' || !RULE_IDS.includes(id as RuleId)) {
        err(`${field}[${i}]`, `unknown rule; expected one of ${RULE_IDS.join(', ')}`);
      } else if (seen.has(id)) err(`${field}[${i}]`, `rule ${id} is listed twice`);
      else seen.add(id);
    });
    if (requireAll) {
      for (const id of RULE_IDS) if (!seen.has(id)) err(field, `rule ${id} is missing`);
    }
  };

  ruleList(value.order, 'order', true);
  if (typeof value.stopOnReject !== 'boolean') err('stopOnReject', 'must be true or false');

  for (const name of ['bannedWords', 'suspectWords', 'insult'] as const) {
    const s = section(name);
    if (!s) continue;
    bool(s, name, 'enabled');
    action(s, name);
    words(s, name, 'words');
  }
  const suspect = value.suspectWords;
  if (isObj(suspect)) {
    words(suspect, 'suspectWords', 'ignoredLibraryWords');
    bool(suspect, 'suspectWords', 'useLibraryDataset');
  }
  if (isObj(value.insult)) words(value.insult, 'insult', 'targetedWords');

  for (const [name, checks] of Object.entries(GROUP_CHECKS)) {
    const s = section(name);
    if (!s) continue;
    for (const [key, check] of checks) {
      if (check === 'bool') bool(s, name, key);
      else if (check === 'action') action(s, name, key);
      else if (check === 'words') words(s, name, key);
      else num(s, name, key, ...check);
    }
  }
  const mode = section('articleMode');
  if (mode) {
    action(mode, 'articleMode', 'closedAction');
    const list = mode.premoderatedSections;
    const field = 'articleMode.premoderatedSections';
    if (!Array.isArray(list)) err(field, 'must be a list of section names');
    else {
      const seen = new Set<string>();
      list.forEach((name, i) => {
        if (typeof name !== 'string' || !name.trim())
          return err(`${field}[${i}]`, 'must be a non-empty section name');
        if (name.trim().length > SECTION_MAX)
          return err(`${field}[${i}]`, `must be at most ${SECTION_MAX} characters`);
        const key = sectionKey(name);
        if (seen.has(key)) err(`${field}[${i}]`, `section ${name.trim()} is listed twice`);
        seen.add(key);
      });
    }
  }
  const trusted = section('trusted');
  if (trusted) {
    bool(trusted, 'trusted', 'enabled');
    num(trusted, 'trusted', 'minApproved', 0, 100000);
    num(trusted, 'trusted', 'maxRejected', 0, 100000);
    ruleList(trusted.relaxedRules, 'trusted.relaxedRules', false);
    bool(trusted, 'trusted', 'bypassPremoderation');
  }
  return errors;
}
