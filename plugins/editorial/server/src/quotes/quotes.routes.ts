import { ACTIONS } from '../../../shared/constants';
import { can, type AdminRoute } from '../core/routes';
const q = can(ACTIONS.quotes);

/** Quote and source curation (admin, /editorial/...). */
export default [
  { method: 'GET', path: '/quotes/articles/:documentId', handler: 'quotes.articleQuotes', config: q },
  { method: 'POST', path: '/quotes/articles/:documentId/resync', handler: 'quotes.resync', config: q },
  { method: 'POST', path: '/quotes/:documentId/verify', handler: 'quotes.verify', config: q },
  { method: 'POST', path: '/quotes/:documentId/reject', handler: 'quotes.reject', config: q },
  { method: 'PUT', path: '/quotes/:documentId/text', handler: 'quotes.editText', config: q },
  { method: 'PUT', path: '/quotes/:documentId/source', handler: 'quotes.reattribute', config: q },
  { method: 'GET', path: '/sources', handler: 'quotes.listSources', config: q },
  { method: 'GET', path: '/sources/:documentId', handler: 'quotes.sourceDetail', config: q },
  { method: 'POST', path: '/sources/:documentId/merge', handler: 'quotes.mergeSources', config: q },
  { method: 'POST', path: '/sources/:documentId/merge/undo', handler: 'quotes.undoMerge', config: q },
] satisfies AdminRoute[];
