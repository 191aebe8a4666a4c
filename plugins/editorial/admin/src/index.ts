import { PLUGIN_ID } from './pluginId';
import { registerQuotesAdmin, bootstrapQuotesAdmin } from './quotes/register';

export default {
  register(app: any) {
    app.registerPlugin({
      id: PLUGIN_ID,
      name: 'Editorial',
    });
    registerQuotesAdmin(app);
  },
  bootstrap(app: any) {
    bootstrapQuotesAdmin(app);
  },
  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = await import(`./translations/${locale}.json`);
          return { data, locale };
        } catch {
          return { data: {}, locale };
        }
      })
    );
  },
};
