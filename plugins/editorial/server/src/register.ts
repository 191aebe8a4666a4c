import type { Core } from '@strapi/strapi';
import { quotesOnSave } from './quotes/quotes-on-save.middleware';
import { commentMoves } from './moderation/comment-moves.middleware';
import { restoreParkedSubqueries } from './public-api/public-query';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  // GraphQL restrictions (no writes, no comment/quote/moderation-event queries, published-only
  // articles, public relation fields) live in public-api/graphql.ts, registered from index.ts.
  strapi.documents.use(quotesOnSave(strapi));
  // Comments change article only with the moderation permission, with a moderation event.
  strapi.documents.use(commentMoves(strapi));
  // GraphQL public reads carry their visibility subqueries as tokens (public-api/public-query.ts).
  strapi.documents.use(restoreParkedSubqueries());
};
