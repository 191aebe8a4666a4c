import type { Core } from '@strapi/strapi';
import { quoteSettingsSchema, type QuoteSettings } from '../../../shared/settings';

/**
 * Plugin settings stored by Strapi (core store), seeded from the plugin config: the config
 * gives defaults for a deployment, the admin settings page overrides them at run time.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: 'editorial' });

  return {
    async getQuoteSettings(): Promise<QuoteSettings> {
      const defaults = strapi.plugin('editorial').config('quotes') as QuoteSettings;
      const stored = (await store().get({ key: 'settings-quotes' })) as Partial<QuoteSettings> | null;
      return quoteSettingsSchema.parse({ ...defaults, ...(stored ?? {}) });
    },

    async setQuoteSettings(settings: QuoteSettings): Promise<QuoteSettings> {
      await store().set({ key: 'settings-quotes', value: settings });
      return settings;
    },
  };
};
