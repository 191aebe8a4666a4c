import { ACTIONS } from '../../../../shared/permissions';

const can = (...actions: string[]) => [{ name: 'admin::hasPermissions', config: { actions } }];

export default [
  { method: 'GET', path: '/moderation/comments', handler: 'moderation.list', config: { policies: can(ACTIONS.moderate) } },
];
