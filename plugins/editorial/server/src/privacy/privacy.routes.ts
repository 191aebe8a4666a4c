import { ACTIONS } from '../../../shared/constants';
import { can, type AdminRoute } from '../core/routes';

const privacy = can(ACTIONS.privacy);

export default [
  { method: 'POST', path: '/privacy/export', handler: 'privacy.export', config: privacy },
  { method: 'POST', path: '/privacy/erase', handler: 'privacy.erase', config: privacy },
] satisfies AdminRoute[];
