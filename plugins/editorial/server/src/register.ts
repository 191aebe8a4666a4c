import type { Core } from '@strapi/strapi';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  // GraphQL restrictions (no writes, no comment/quote/moderation-event queries, published-only
  // articles, public relation fields) live in public-api/graphql.ts, registered from index.ts.
  void strapi;
};
