import type { Core } from '@strapi/strapi';
import { seed } from './seed';

export default {
  register() {},

  /**
   * Sample content only (the plugin sets up its own roles and public permissions): on an empty
   * database, create the local admin accounts and the sample articles. Off in production and in
   * tests (EDITORIAL_SEED=false).
   */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    const enabled = process.env.EDITORIAL_SEED
      ? process.env.EDITORIAL_SEED === 'true'
      : process.env.NODE_ENV !== 'production';
    if (enabled) await seed(strapi);
  },
};
