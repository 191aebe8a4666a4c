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
  const quoteSync = getService('quote-sync', strapi);
  // A new draft: extract first, so its extraction state goes into Strapi's insert.
  const data = ctx.params?.data;
  // If that fails (the settings cannot be read), the save goes on and the sync records the failure.
  const early =
    ctx.action === 'create' && ctx.params?.status !== 'published' && typeof data?.body === 'string'
      ? await quoteSync.prepareCreate(data.body).catch(() => undefined)
      : undefined;
  if (early?.prepared) ctx.params.data = { ...data, quoteExtraction: early.prepared.state };
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
        // The state the insert stored holds only for the row and body it was computed on;
        // otherwise a full sync replaces it.
        const prepared = createdRow && createdRow.body === data?.body ? early?.prepared : null;
        await quoteSync.syncArticle(documentId, versionsFor(ctx.action, ctx.params), {
          created: ctx.action === 'create',
          createdRow,
          settings: early?.settings,
          prepared,
          force: !!early?.prepared && !prepared,
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
