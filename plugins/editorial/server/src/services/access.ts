import type { Core } from '@strapi/strapi';
import { applyRegistrationSwitch, grantPublicPermissions, PUBLIC_ACTIONS } from '../permissions';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Grants the public role the plugin's read and comment actions, once, for routes that exist. */
  async grantPublicPermissions() {
    const routes = (strapi.plugin('editorial').routes as any)['content-api']?.routes ?? [];
    const existing = new Set(routes.map((r: any) => `plugin::editorial.${r.handler}`));
    await grantPublicPermissions(strapi, PUBLIC_ACTIONS.filter((a) => existing.has(a)));
    await applyRegistrationSwitch(strapi, Boolean((strapi.plugin('editorial').config('accounts') as any)?.registration));
  },
});
