import { PLUGIN_ID } from './pluginId';
import { ACTIONS } from '../../shared/constants';
import { MenuIcon } from './components/MenuIcon';
import { getTrad } from './utils/t';

/** Review queue (menu link with a pending-count badge) and Settings > Moderation rules. */
export function registerModerationAdmin(app: any) {
  app.addMenuLink({
    to: `plugins/${PLUGIN_ID}/moderation`,
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
}
