import { ACTIONS } from '../../../shared/permissions';

const can = (...actions: string[]) => [{ name: 'admin::hasPermissions', config: { actions } }];

export default [
  { method: 'POST', path: '/import/preview', handler: 'import.preview', config: { policies: can(ACTIONS.import) } },
  { method: 'POST', path: '/import', handler: 'import.import', config: { policies: can(ACTIONS.import) } },
];
