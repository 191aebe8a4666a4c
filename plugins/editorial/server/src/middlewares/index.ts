import publicCache from './public-cache';
import dbUnavailable from './db-unavailable';

export default {
  'public-cache': publicCache,
  'db-unavailable': dbUnavailable,
};
