import type { Core } from '@strapi/strapi';
import { applyRegistrationSwitch, grantPublicPermissions, publicActionsFor } from './permissions';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Grants the public role the actions `editorial.config.publicPermissions` asks for (default:
   * all of PUBLIC_ACTIONS), each once, for routes that exist. False when the role does not exist yet.
   */
  async grantPublicPermissions(): Promise<boolean> {
    const routes = (strapi.plugin('editorial').routes as any)['content-api']?.routes ?? [];
    const existing = new Set(routes.map((r: any) => `plugin::editorial.${r.handler}`));
    const wanted = publicActionsFor(strapi.plugin('editorial').config('publicPermissions'));
    const granted = await grantPublicPermissions(
      strapi,
      wanted.filter((a) => existing.has(a)),
    );
    // users-permissions' settings exist once its roles do: registration follows the switch then.
    if (!granted) return false;
    return applyRegistrationSwitch(
      strapi,
      Boolean((strapi.plugin('editorial').config('accounts') as any)?.registration),
    );
  },

  /**
   * A server middleware that grants them before the first request is handled, for when the
   * public role did not exist at this plugin's bootstrap: users-permissions creates it in its
   * own bootstrap, which runs after this one when the app lists `editorial` first in
   * config/plugins.ts. Every plugin has bootstrapped by the time a request arrives.
   */
  grantBeforeFirstRequest() {
    let pending: Promise<void> | null = null;
    let done = false;
    return async (_ctx: unknown, next: () => Promise<unknown>) => {
      if (!done) {
        pending ??= this.grantPublicPermissions().then(
          (granted) => {
            done = true;
            if (!granted)
              strapi.log.warn('[editorial] no users-permissions public role: public routes are not granted');
          },
          (e: Error) => {
            pending = null; // try again on the next request (database briefly unavailable)
            strapi.log.error(`[editorial] granting the public role's permissions failed: ${e.message}`);
          },
        );
        await pending;
      }
      return next();
    };
  },
});
