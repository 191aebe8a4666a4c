import type { Core } from '@strapi/strapi';
import { importBodyLimit } from './middlewares/import-body-limit';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  void strapi;
  strapi.server.use(importBodyLimit(strapi));
};
