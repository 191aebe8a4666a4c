import type { Core } from '@strapi/strapi';
import { provisionRoles, registerActions } from './core/permissions';
import { getService } from './core/get-service';
import { registerCommentEvents } from './moderation/comment-events';
import { backfillReasonIndex, subscribeReasonIndex } from './moderation/reason-index';
import { backfillAliasIndex, subscribeAliasIndex } from './quotes/sync/alias-index';
import { ensureTextSearchIndex } from './moderation/text-search-index';
import { configureListLayouts } from './core/content-manager-layout';
import { subscribeEntryEventPayload } from './core/entry-event-payload';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await registerActions(strapi);
  await provisionRoles(strapi);
  await configureListLayouts(strapi);
  registerCommentEvents(strapi);
  // Mails on comment events (report threshold, queue size, readers' opt-in): moderation/notifications.service.ts.
  getService('notifications', strapi).subscribe();
  subscribeReasonIndex(strapi);
  // Article webhooks carry quote and comment counts, not every row (core/entry-event-payload.ts).
  subscribeEntryEventPayload(strapi);
  await backfillReasonIndex(strapi);
  subscribeAliasIndex(strapi);
  await backfillAliasIndex(strapi);
  await getService('quote-sync', strapi).runMigrations();
  // Warm the quote extractor before the first save; a failure here costs speed, never the start.
  try {
    getService('quote-sync', strapi).warmUp();
  } catch (error) {
    strapi.log.warn(`[editorial] quote extractor warm-up failed: ${(error as Error).message}`);
  }
  await ensureTextSearchIndex(strapi);
  // Shared rate limits: connect to Redis (when REDIS_URL is set) before the first request.
  await (getService('comments', strapi) as any).limiter.connect();
  await getService('import', strapi).ensureFingerprintIndex();

  // On a fresh database the users-permissions public role exists only once that plugin has
  // bootstrapped, which is after this one when the app lists `editorial` first: then grant
  // before the first request instead (see core/access.service.ts).
  const access = getService('access', strapi);
  if (!(await access.grantPublicPermissions())) strapi.server.use(access.grantBeforeFirstRequest());
};
