import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';
import { versionsFor, type QuoteSyncAction } from '../services/quote-sync';

const ARTICLE = 'plugin::editorial.article';
const ACTIONS: QuoteSyncAction[] = ['create', 'update', 'publish', 'unpublish', 'discardDraft', 'delete'];

/**
 * Document-service middleware: after every article create / update / publish / unpublish /
 * draft discard / delete, re-sync the quotes of the versions it touched, in the same
 * transaction as the save. Extraction errors never fail the save (the sync records them).
 */
export const quotesOnSave =
  (strapi: Core.Strapi) =>
  async (ctx: any, next: () => Promise<any>) => {
    if (ctx.uid !== ARTICLE || !ACTIONS.includes(ctx.action)) return await next();
    return await strapi.db.transaction(async () => {
      const result = await next();
      const documentId = ctx.params?.documentId ?? result?.documentId ?? result?.entries?.[0]?.documentId;
      if (documentId) {
        try {
          await getService('quote-sync', strapi).syncArticle(documentId, versionsFor(ctx.action, ctx.params));
        } catch (error) {
          strapi.log.error(`[editorial] quote sync failed for article ${documentId}: ${(error as Error)?.stack ?? error}`);
          if (strapi.db.dialect.client === 'postgres') throw error; // the transaction is aborted anyway
        }
      }
      return result;
    });
  };

export default quotesOnSave;
