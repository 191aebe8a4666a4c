import { PLUGIN_ID } from './pluginId';
import { ACTIONS } from '../../shared/permissions';
import { MenuIcon } from './components/MenuIcon';
import { getTrad, prefixTranslations } from './utils/t';

export default {
  register(app: any) {
    app.registerPlugin({
      id: PLUGIN_ID,
      name: 'Editorial',
    });
    // Review queue (moderators): see pages/ModerationApp.tsx.
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: MenuIcon,
      intlLabel: { id: getTrad('menu.reviewQueue'), defaultMessage: 'Review queue' },
      permissions: [{ action: ACTIONS.moderate, subject: null }],
      Component: () => import('./pages/ModerationApp'),
    });
    app.addSettingsLink('global', {
      id: 'editorial-moderation',
      to: 'editorial-moderation',
      intlLabel: { id: getTrad('nav.settings'), defaultMessage: 'Moderation rules' },
      permissions: [{ action: ACTIONS.moderate, subject: null }],
      Component: () => import('./pages/SettingsPage'),
    });
  },
  bootstrap() {},
  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = await import(`./translations/${locale}.json`);
          return { data: prefixTranslations(data), locale };
        } catch {
          return { data: {}, locale };
        }
      })
    );
  },
};
