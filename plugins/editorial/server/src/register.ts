import type { Core } from '@strapi/strapi';
import { quotesOnSave } from './middlewares/quotes-on-save';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.documents.use(quotesOnSave(strapi));
};
