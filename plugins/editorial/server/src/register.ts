import type { Core } from '@strapi/strapi';
import { quotesOnSave } from './middlewares/quotes-on-save';
import { commentMoves } from './middlewares/comment-moves';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  // GraphQL restrictions (no writes, no comment/quote/moderation-event queries, published-only
  // articles, public relation fields) live in public-api/graphql.ts, registered from index.ts.
  strapi.documents.use(quotesOnSave(strapi));
  // Comments change article only with the moderation permission, with a moderation event.
  strapi.documents.use(commentMoves(strapi));
};
