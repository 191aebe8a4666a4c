import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { engine, type Settings } from './rule-engine-adapter';

const KEY = 'settings-moderation';

/** Moderation rules' settings (word lists, thresholds), stored by Strapi in the plugin store. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: 'editorial' });
  let cache: { at: number; value: Settings } | null = null;

  return {
    async get(): Promise<Settings> {
      if (cache && Date.now() - cache.at < 5000) return cache.value;
      const stored = (await store().get({ key: KEY })) as Settings | null;
      let value: Settings;
      try {
        value = engine.validate(engine.withDefaults(stored));
      } catch {
        value = { ...engine.defaultModerationSettings };
      }
      cache = { at: Date.now(), value };
      return value;
    },

    async set(input: unknown): Promise<Settings> {
      let value: Settings;
      try {
        value = engine.validate(input);
      } catch (e: any) {
        throw new errors.ValidationError(`Invalid moderation settings: ${e.message}`, { field: e.field });
      }
      await store().set({ key: KEY, value });
      cache = { at: Date.now(), value };
      return value;
    },
  };
};
