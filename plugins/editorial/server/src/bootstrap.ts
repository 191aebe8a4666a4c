import type { Core } from '@strapi/strapi';
import { provisionRoles, registerActions } from './permissions';
import { getService } from './utils/get-service';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await registerActions(strapi);
  await provisionRoles(strapi);
  await getService('import', strapi).ensureFingerprintIndex();

  // The users-permissions public role may not exist yet on a fresh database (its plugin
  // bootstraps after this one); the app's bootstrap calls this again.
  await getService('access', strapi).grantPublicPermissions();
};
