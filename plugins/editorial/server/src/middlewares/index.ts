import publicCache from './public-cache';
import dbUnavailable from './db-unavailable';
import jsonOnly from './json-only';

export default {
  'public-cache': publicCache,
  'db-unavailable': dbUnavailable,
  'json-only': jsonOnly,
};
