import { ACTIONS } from '../../../shared/constants';
import { adminRoutes, can } from '../core/routes';

export default adminRoutes(can(ACTIONS.privacy), [
  ['POST', '/privacy/export', 'privacy.export'],
  ['POST', '/privacy/erase', 'privacy.erase'],
]);
