import { ACTIONS } from '../../../shared/constants';
import { can, type AdminRoute } from '../core/routes';

export default [
  { method: 'GET', path: '/settings/quotes', handler: 'settings.getQuotes', config: can(ACTIONS.settings) },
  {
    method: 'PUT',
    path: '/settings/quotes',
    handler: 'settings.updateQuotes',
    config: can(ACTIONS.settings),
  },
] satisfies AdminRoute[];
