import { Upload } from '@strapi/icons';
import { ACTIONS } from '../../shared/constants';
import { PLUGIN_ID } from './pluginId';
import { registerQuotesAdmin, bootstrapQuotesAdmin } from './quotes/register';
import { registerModerationAdmin } from './register-moderation';

/** Translation keys in translations/<locale>.json are stored without the plugin prefix. */
const prefixKeys = (data: Record<string, string>) =>
  Object.fromEntries(Object.entries(data).map(([key, value]) => [`${PLUGIN_ID}.${key}`, value]));

export default {
  register(app: any) {
    app.registerPlugin({
      id: PLUGIN_ID,
      name: 'Editorial',
    });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}/import`,
      icon: Upload,
      intlLabel: { id: `${PLUGIN_ID}.import.menu`, defaultMessage: 'Import articles' },
      permissions: [{ action: ACTIONS.import, subject: null }],
      Component: () => import('./pages/ImportPage'),
    });
    registerQuotesAdmin(app);
    registerModerationAdmin(app);
  },
  bootstrap(app: any) {
    bootstrapQuotesAdmin(app);
  },
  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = await import(`./translations/${locale}.json`);
          return { data: prefixKeys(data), locale };
        } catch {
          return { data: {}, locale };
        }
      }),
    );
  },
};
