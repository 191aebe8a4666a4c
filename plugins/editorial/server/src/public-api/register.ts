import type { Core } from '@strapi/strapi';
import { registerGraphql } from './graphql';
import { registerOpenApi } from './documentation';

/** Register-phase hooks of the public API: GraphQL restrictions and the OpenAPI document. */
export function registerPublicApi({ strapi }: { strapi: Core.Strapi }) {
  registerGraphql(strapi);
  registerOpenApi(strapi);
}
