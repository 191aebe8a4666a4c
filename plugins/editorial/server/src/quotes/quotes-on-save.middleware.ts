import type { Core } from '@strapi/strapi';
import { UIDS } from '../../../shared/constants';
import { getService } from '../core/get-service';
import { versionsFor, type QuoteSyncAction } from './quote-sync.service';
import { markSyncFailed } from './sync/sync';

const ACTIONS: QuoteSyncAction[] = ['create', 'update', 'publish', 'unpublish', 'discardDraft', 'delete'];

/**
 * Document-service middleware: after every article create / update / publish / unpublish /
 * draft discard / delete, re-sync the quotes of the versions it touched, in the same
 * transaction as the save. The sync runs inside a savepoint: if it fails (a database error
 * included, which on PostgreSQL would abort the whole transaction), only its own writes are
 * rolled back, the article is saved, and the failure is logged and recorded for the quotes panel.
 */
export const quotesOnSave = (strapi: Core.Strapi) => async (ctx: any, next: () => Promise<any>) => {
  if (ctx.uid !== UIDS.article || !ACTIONS.includes(ctx.action)) return await next();
  return await strapi.db.transaction(async ({ trx }: any) => {
    const result = await next();
    const documentId = ctx.params?.documentId ?? result?.documentId ?? result?.entries?.[0]?.documentId;
    if (documentId) {
      const raw = (sql: string) => strapi.db.connection.raw(sql).transacting(trx);
      await raw('SAVEPOINT editorial_quote_sync');
      try {
        // A create returns the draft row it wrote: the sync need not read it again.
        const createdRow =
          ctx.action === 'create' &&
          result?.id &&
          !result.publishedAt &&
          (typeof result.body === 'string' || result.body === null)
            ? { id: Number(result.id), body: result.body }
            : undefined;
        await getService('quote-sync', strapi).syncArticle(documentId, versionsFor(ctx.action, ctx.params), {
          created: ctx.action === 'create',
          createdRow,
        });
        await raw('RELEASE SAVEPOINT editorial_quote_sync');
      } catch (error) {
        await raw('ROLLBACK TO SAVEPOINT editorial_quote_sync');
        const message = (error as Error)?.message ?? String(error);
        strapi.log.error(
          `[editorial] quote sync failed for article ${documentId}: ${(error as Error)?.stack ?? error}`,
        );
        await markSyncFailed(strapi, trx, documentId, message);
      }
    }
    return result;
  });
};

export default quotesOnSave;
