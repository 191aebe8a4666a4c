import type { Core } from '@strapi/strapi';
import { moderationSettingsSchema, type ModerationSettings } from '../../../shared/moderation-settings';
import { engine } from './rule-engine-adapter';

const KEY = 'settings-moderation';

/**
 * Moderation settings, stored by Strapi in the plugin store (one shared schema, validated by the
 * controller on the way in). Stored settings are read over the defaults, so that a group or
 * setting added since they were saved gets its default; settings that no longer validate give
 * way to the defaults.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: 'editorial' });
  let cache: { at: number; value: ModerationSettings } | null = null;

  return {
    async get(): Promise<ModerationSettings> {
      if (cache && Date.now() - cache.at < 5000) return cache.value;
      const stored = await store().get({ key: KEY });
      const parsed = moderationSettingsSchema.safeParse(engine.withDefaults(stored));
      const value = parsed.success ? parsed.data : engine.defaultModerationSettings;
      cache = { at: Date.now(), value };
      return value;
    },

    async set(value: ModerationSettings): Promise<ModerationSettings> {
      await store().set({ key: KEY, value });
      cache = { at: Date.now(), value };
      return value;
    },
  };
};
