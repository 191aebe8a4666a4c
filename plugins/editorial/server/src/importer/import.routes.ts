import { ACTIONS } from '../../../shared/constants';
import { can, type AdminRoute } from '../core/routes';

export default [
  { method: 'POST', path: '/import/preview', handler: 'import.preview', config: can(ACTIONS.import) },
  { method: 'POST', path: '/import', handler: 'import.import', config: can(ACTIONS.import) },
] satisfies AdminRoute[];
