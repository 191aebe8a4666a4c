import { ACTIONS } from '../../../shared/permissions';

const privacy = { policies: [{ name: 'admin::hasPermissions', config: { actions: [ACTIONS.privacy] } }] };

export default [
  { method: 'POST', path: '/privacy/export', handler: 'privacy.export', config: privacy },
  { method: 'POST', path: '/privacy/erase', handler: 'privacy.erase', config: privacy },
];
