import type { Core } from '@strapi/strapi';
import { provisionRoles, registerActions } from './permissions';
import { getService } from './utils/get-service';
import { registerCommentEvents } from './comments/events';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await registerActions(strapi);
  await provisionRoles(strapi);
  registerCommentEvents(strapi);
  await getService('import', strapi).ensureFingerprintIndex();
  await getService('comments', strapi).limiter.ready();

  // The users-permissions public role may not exist yet on a fresh database (its plugin
  // bootstraps after this one); the app's bootstrap calls this again.
  await getService('access', strapi).grantPublicPermissions();
};
