import { ACTIONS } from '../../../shared/constants';
import { adminRoutes, can } from '../core/routes';

/** Quote and source curation (admin, /editorial/...). */
export default adminRoutes(can(ACTIONS.quotes), [
  ['GET', '/quotes/articles/:documentId', 'quotes.articleQuotes'],
  ['POST', '/quotes/articles/:documentId/resync', 'quotes.resync'],
  ['POST', '/quotes/:documentId/verify', 'quotes.verify'],
  ['POST', '/quotes/:documentId/reject', 'quotes.reject'],
  ['PUT', '/quotes/:documentId/text', 'quotes.editText'],
  ['PUT', '/quotes/:documentId/source', 'quotes.reattribute'],
  ['GET', '/sources', 'quotes.listSources'],
  ['GET', '/sources/:documentId', 'quotes.sourceDetail'],
  ['POST', '/sources/:documentId/merge', 'quotes.mergeSources'],
  ['POST', '/sources/:documentId/merge/undo', 'quotes.undoMerge'],
]);
