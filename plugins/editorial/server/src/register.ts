import type { Core } from '@strapi/strapi';
import { quotesOnSave } from './middlewares/quotes-on-save';
import { commentMoves } from './middlewares/comment-moves';
import { restoreParkedSubqueries } from './utils/public-query';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  // GraphQL restrictions (no writes, no comment/quote/moderation-event queries, published-only
  // articles, public relation fields) live in public-api/graphql.ts, registered from index.ts.
  strapi.documents.use(quotesOnSave(strapi));
  // Comments change article only with the moderation permission, with a moderation event.
  strapi.documents.use(commentMoves(strapi));
  // GraphQL public reads carry their visibility subqueries as tokens (utils/public-query.ts).
  strapi.documents.use(restoreParkedSubqueries());
};
