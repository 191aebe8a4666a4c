import type { Core } from '@strapi/strapi';
import { engine, type Settings } from './rule-engine-adapter';
import {
  banSettingsSchema,
  defaultBanSettings,
  defaultNotificationSettings,
  notificationSettingsSchema,
  type BanSettings,
  type NotificationSettings,
} from '../../../shared/notifications';
import { parseOr400 } from '../core/validate';

const KEY = 'settings-moderation';

/** The rule engine's settings with the two groups the glue owns (shared/notifications.ts). */
export type FullModerationSettings = Settings & { notifications: NotificationSettings; bans: BanSettings };

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Stored groups over their defaults (settings saved before the group existed get the defaults). */
function glueGroups(stored: unknown): { notifications: unknown; bans: unknown } {
  const s = isObj(stored) ? stored : {};
  const n = isObj(s.notifications) ? s.notifications : {};
  const d = defaultNotificationSettings as Record<string, any>;
  const notifications = Object.fromEntries(
    Object.keys(d).map((k) => [k, isObj(n[k]) ? { ...d[k], ...(n[k] as object) } : (n[k] ?? d[k])]),
  );
  for (const k of Object.keys(n)) if (!(k in d)) (notifications as any)[k] = n[k];
  return {
    notifications,
    bans: isObj(s.bans) ? { ...defaultBanSettings, ...s.bans } : (s.bans ?? defaultBanSettings),
  };
}

function withoutGlue(input: unknown): unknown {
  if (!isObj(input)) return input;
  const { notifications: _n, bans: _b, ...rules } = input;
  return rules;
}

/**
 * Moderation settings, stored by Strapi in the plugin store: the rule engine's groups (word lists,
 * thresholds; validated by the engine) and the notification and ban groups (validated by their
 * shared schemas). A bad value is a 400 naming its field.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: 'editorial' });
  let cache: { at: number; value: FullModerationSettings } | null = null;

  const validate = (input: unknown): FullModerationSettings => {
    const rules = engine.validate(withoutGlue(input));
    const glue = glueGroups(input);
    const notifications = parseOr400(
      notificationSettingsSchema,
      glue.notifications,
      'notifications',
    ) as NotificationSettings;
    const bans = parseOr400(banSettingsSchema, glue.bans, 'bans') as BanSettings;
    return { ...rules, notifications, bans };
  };

  return {
    async get(): Promise<FullModerationSettings> {
      if (cache && Date.now() - cache.at < 5000) return cache.value;
      const stored = (await store().get({ key: KEY })) as Settings | null;
      let value: FullModerationSettings;
      try {
        value = validate({ ...engine.withDefaults(withoutGlue(stored)), ...glueGroups(stored) });
      } catch {
        value = {
          ...engine.defaultModerationSettings,
          notifications: defaultNotificationSettings,
          bans: defaultBanSettings,
        };
      }
      cache = { at: Date.now(), value };
      return value;
    },

    async set(input: unknown): Promise<FullModerationSettings> {
      const value = validate(input);
      await store().set({ key: KEY, value });
      cache = { at: Date.now(), value };
      return value;
    },
  };
};
