/**
 * Moderation settings (GET/PUT /editorial/settings/moderation): the rule groups the rule engine
 * (server/src/moderation/engine) reads, and the notification and ban groups
 * (shared/notifications.ts). One schema: the server validates with it at the boundary (a 400
 * naming the field, list entries as `group.list[i]`), the engine and the admin settings page use
 * its type. Messages say what a field must be, for editors.
 */
import { z } from 'zod';
import {
  banSettingsSchema,
  defaultBanSettings,
  defaultNotificationSettings,
  notificationSettingsSchema,
} from './notifications';

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

/** What a rule asks for when it fires; the strongest action across rules wins. */
export const RULE_ACTIONS = ['pending', 'flag', 'reject'] as const;
export type RuleAction = (typeof RULE_ACTIONS)[number];

/** Longest section name (the article's `section` attribute allows 120 characters). */
export const SECTION_MAX = 120;
/** Sections are compared trimmed and case-insensitively ("Politics" is "politics"). */
export const sectionKey = (name: string) => name.trim().toLowerCase();

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * `value` over `defaults`, object by object: settings saved before a setting or group existed get
 * its default instead of failing validation; unknown or malformed values are kept so that
 * validation names them.
 */
export function overDefaults<T>(value: unknown, defaults: T): T {
  if (value === undefined) return defaults;
  if (!isObj(value) || !isObj(defaults)) return value as T;
  const out: Record<string, unknown> = { ...defaults };
  for (const [key, v] of Object.entries(value)) out[key] = overDefaults(v, defaults[key]);
  return out as T;
}

const bool = z.boolean({ error: 'must be true or false' });
const action = z.enum(RULE_ACTIONS, { error: `must be one of ${RULE_ACTIONS.join(', ')}` });
const group = <S extends z.ZodRawShape>(shape: S) => z.object(shape, { error: 'must be an object' });

/** A number from min to max (an integer unless `integer` is false). */
function num(min: number, max: number, integer = true) {
  const kind = integer ? 'must be an integer' : 'must be a number';
  const n = z.number({ error: kind });
  return (integer ? n.int({ error: kind }) : n)
    .min(min, { error: `must be between ${min} and ${max}` })
    .max(max, { error: `must be between ${min} and ${max}` });
}

const word = z
  .string({ error: 'must be a non-empty string' })
  .refine((w) => w.trim().length > 0, 'must be a non-empty string')
  .refine((w) => w.length <= 80, 'must be at most 80 characters')
  .refine((w) => !/\*./.test(w.trim()), '* is only allowed at the end of a word');
/** Words or phrases; a trailing * matches any word starting with the stem. */
const words = z.array(word, { error: 'must be a list of words' });

/** Rule ids, each once; `all`: every rule must be listed (the pipeline's order). */
function ruleList(all: boolean) {
  return z
    .array(z.enum(RULE_IDS, { error: `unknown rule; expected one of ${RULE_IDS.join(', ')}` }), {
      error: 'must be a list of rule ids',
    })
    .superRefine(
      (ids, ctx) => {
        const seen = new Set<unknown>();
        ids.forEach((id, i) => {
          if (seen.has(id))
            ctx.addIssue({ code: 'custom', path: [i], message: `rule ${id} is listed twice` });
          seen.add(id);
        });
        if (all) {
          for (const id of RULE_IDS)
            if (!seen.has(id)) ctx.addIssue({ code: 'custom', message: `rule ${id} is missing` });
        }
      },
      // Repeats and gaps are reported beside unknown entries.
      { when: (payload) => Array.isArray(payload.value) },
    );
}

const sectionName = z
  .string({ error: 'must be a non-empty section name' })
  .refine((s) => s.trim().length > 0, 'must be a non-empty section name')
  .refine((s) => s.trim().length <= SECTION_MAX, `must be at most ${SECTION_MAX} characters`);

const sections = z.array(sectionName, { error: 'must be a list of section names' }).superRefine(
  (names, ctx) => {
    const seen = new Set<string>();
    names.forEach((name, i) => {
      if (typeof name !== 'string' || !name.trim()) return;
      const key = sectionKey(name);
      if (seen.has(key))
        ctx.addIssue({ code: 'custom', path: [i], message: `section ${name.trim()} is listed twice` });
      seen.add(key);
    });
  },
  { when: (payload) => Array.isArray(payload.value) },
);

const wordRule = { enabled: bool, action, words };

export const moderationSettingsSchema = z.object(
  {
    /** Rules run in this order; a rejecting rule stops the pipeline when stopOnReject is set. */
    order: ruleList(true),
    stopOnReject: bool,
    bannedWords: group(wordRule),
    suspectWords: group({
      ...wordRule,
      /** Words of the profanity library's dataset that are not held (ordinary words in news prose). */
      ignoredLibraryWords: words,
      /** Whether the profanity library's own dataset is used besides the list. */
      useLibraryDataset: bool,
    }),
    insult: group({
      ...wordRule,
      /** Weaker words, held only when aimed at someone ("you are so X", "X people") or two together. */
      targetedWords: words,
    }),
    identityAttack: group({
      enabled: bool,
      action,
      identityTerms: words,
      /** Dehumanising or hostile words that make an identity mention an attack when near it. */
      hostileWords: words,
      /** Maximum words between the identity term and the hostile word. */
      maxDistance: num(1, 50),
    }),
    threat: group({
      enabled: bool,
      action,
      verbs: words,
      /** Target words that must follow a threat verb within two words (them, you, him...). */
      targets: words,
    }),
    links: group({ enabled: bool, action, maxLinks: num(0, 1000) }),
    shouting: group({
      enabled: bool,
      action,
      minLetters: num(1, 100000),
      maxUppercaseRatio: num(0, 1, false),
    }),
    duplicate: group({
      enabled: bool,
      action,
      /** Action for an exact repeat by the same client. */
      exactSameClientAction: action,
      windowMinutes: num(1, 60 * 24 * 365),
      /** Jaccard similarity of word 3-shingles from which a comment is a near duplicate. */
      nearThreshold: num(0.01, 1, false),
      /** Shorter comments are only compared with the same client's (short stock replies are common). */
      minCrossClientChars: num(0, 100000),
    }),
    /** hideOnThreshold: take a comment off the public page when it reaches the threshold (default: a moderator decides). */
    reports: group({ enabled: bool, action, threshold: num(1, 100000), hideOnThreshold: bool }),
    /** The learned toxic-span model (engine/model/); runs after the ordered rules. */
    model: group({
      /** The model refines the reported toxic spans (and may hold, see `holds`). */
      enabled: bool,
      /** Whether a comment score at `threshold` holds the comment on its own (off: only rules hold). */
      holds: bool,
      action,
      /** Comment score (highest token probability, 0-1) from which the model holds the comment. */
      threshold: num(0, 1, false),
      /** Token probability (0-1) from which a word no rule matched is reported as a toxic span. */
      spanThreshold: num(0, 1, false),
      /** Token probability (0-1) from which a word a rule matched is reported as a toxic span. */
      ruleSpanThreshold: num(0, 1, false),
    }),
    articleMode: group({
      closedAction: action,
      /**
       * Sections (article `section`, compared case-insensitively) whose articles are pre-moderated
       * when the article itself does not set a comments mode.
       */
      premoderatedSections: sections,
    }),
    trusted: group({
      enabled: bool,
      minApproved: num(0, 100000),
      maxRejected: num(0, 100000),
      /** Rules whose non-reject findings do not hold a trusted commenter's comment. */
      relaxedRules: ruleList(false),
      /** Trusted commenters are published directly on pre-moderated articles. */
      bypassPremoderation: bool,
    }),
    // The groups the server itself reads (mails, bans); a client that predates them gets their defaults.
    notifications: z.preprocess(
      (v) => overDefaults(v, defaultNotificationSettings),
      notificationSettingsSchema,
    ),
    bans: z.preprocess((v) => overDefaults(v, defaultBanSettings), banSettingsSchema),
  },
  { error: 'settings must be an object' },
);

export type ModerationSettings = z.infer<typeof moderationSettingsSchema>;
export type ModelRuleSettings = ModerationSettings['model'];

export interface ModerationSettingsResponse {
  data: ModerationSettings;
}
