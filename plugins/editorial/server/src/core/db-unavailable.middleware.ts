import type { Core } from '@strapi/strapi';
import { isDatabaseUnavailable } from './db-unavailable';
import { sendError } from './error-response';

/**
 * Application middleware (config/middlewares.ts: `plugin::editorial.db-unavailable`, right after
 * `strapi::errors`): a request that fails because the database is unreachable gets
 * `503 Service Unavailable` with `Retry-After` and a message saying so, instead of a bare 500.
 * Nothing is retried here; the transaction was rolled back by the database.
 */
export default (config: { retryAfter?: number } = {}, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: any, next: () => Promise<void>) => {
    try {
      await next();
      // The users-permissions strategy turns any error (the database too) into "not
      // authenticated": a 401 is checked against the database, so a reader or a signed-in user
      // is told to retry rather than that their credentials are wrong.
      if (ctx.status === 401) await strapi.db.connection.raw('select 1');
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      const retryAfter = config?.retryAfter ?? 5;
      strapi.log.warn(
        `[editorial] database unavailable (${ctx.method} ${ctx.path}): ${(error as Error)?.message ?? error}`,
      );
      ctx.set('Retry-After', String(retryAfter));
      ctx.set('Cache-Control', 'no-store');
      ctx.remove('ETag');
      sendError(ctx, 503, 'ServiceUnavailableError', 'The database is unavailable: try again shortly', {
        retryAfter,
      });
    }
  };
