import publicCache from './public-api/public-cache.middleware';
import dbUnavailable from './core/db-unavailable.middleware';
import jsonOnly from './core/json-only.middleware';

export default {
  'public-cache': publicCache,
  'db-unavailable': dbUnavailable,
  'json-only': jsonOnly,
};
