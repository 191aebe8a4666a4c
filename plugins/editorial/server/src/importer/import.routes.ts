import { ACTIONS } from '../../../shared/constants';
import { adminRoutes, can } from '../core/routes';

export default adminRoutes(can(ACTIONS.import), [
  ['POST', '/import/preview', 'import.preview'],
  ['POST', '/import', 'import.import'],
]);
