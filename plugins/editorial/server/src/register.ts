import type { Core } from '@strapi/strapi';
import { registerGraphql } from './public-api/graphql';
import { registerOpenApi } from './public-api/documentation';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  void strapi;
  registerGraphql(strapi);
  registerOpenApi(strapi);
};
