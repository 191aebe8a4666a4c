import type { Core } from '@strapi/strapi';
import { provisionRoles, registerActions } from './permissions';
import { getService } from './utils/get-service';
import { registerCommentEvents } from './comments/events';
import { backfillReasonIndex, subscribeReasonIndex } from './comments/reason-index';
import { backfillAliasIndex, subscribeAliasIndex } from './quote-sync/alias-index';
import { ensureTextSearchIndex } from './comments/text-search-index';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await registerActions(strapi);
  await provisionRoles(strapi);
  registerCommentEvents(strapi);
  subscribeReasonIndex(strapi);
  await backfillReasonIndex(strapi);
  subscribeAliasIndex(strapi);
  await backfillAliasIndex(strapi);
  await getService('quote-sync', strapi).runMigrations();
  await ensureTextSearchIndex(strapi);
  // Shared rate limits: connect to Redis (when REDIS_URL is set) before the first request.
  await (getService('comments', strapi) as any).limiter.connect();
  await getService('import', strapi).ensureFingerprintIndex();

  // The users-permissions public role may not exist yet on a fresh database (its plugin
  // bootstraps after this one); the app's bootstrap calls this again.
  await getService('access', strapi).grantPublicPermissions();
};
