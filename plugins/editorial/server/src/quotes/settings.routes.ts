import { ACTIONS } from '../../../shared/constants';
import { adminRoutes, can } from '../core/routes';

export default adminRoutes(can(ACTIONS.settings), [
  ['GET', '/settings/quotes', 'settings.getQuotes'],
  ['PUT', '/settings/quotes', 'settings.updateQuotes'],
]);
