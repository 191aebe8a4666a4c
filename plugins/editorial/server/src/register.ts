import type { Core } from '@strapi/strapi';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  // GraphQL's generated resolvers bypass the plugin's content-API controllers, so the types
  // whose rows can be hidden (comments, quotes, events) are not exposed through shadow CRUD.
  const graphql = strapi.plugin('graphql');
  if (graphql) {
    const extension = graphql.service('extension');
    for (const uid of ['plugin::editorial.comment', 'plugin::editorial.quote', 'plugin::editorial.moderation-event']) {
      extension.shadowCRUD(uid).disable();
    }
  }
};
