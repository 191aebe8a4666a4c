import { ACTIONS } from '../../../shared/permissions';

const can = (...actions: string[]) => [{ name: 'admin::hasPermissions', config: { actions } }];

export default [
  { method: 'GET', path: '/settings/quotes', handler: 'settings.getQuotes', config: { policies: can(ACTIONS.settings) } },
  { method: 'PUT', path: '/settings/quotes', handler: 'settings.updateQuotes', config: { policies: can(ACTIONS.settings) } },
];
