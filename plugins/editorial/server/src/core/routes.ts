import type { Core } from '@strapi/strapi';
import type controllers from '../controllers';
import type { EditorialAction } from '../../../shared/constants';

/**
 * Route typing, in the spirit of Strapi's `Core.RouterInputFor` (newer than 5.54: @strapi/types
 * 5.54 has only `Core.RouteInput`): a handler names a controller method this plugin registers,
 * and every admin route's first policy is admin::hasPermissions with the plugin's RBAC actions.
 * Admin route files are built with `adminRoutes`, content-API ones end in
 * `satisfies ContentApiRoute[]`, so a typo or a missing permission check fails the typecheck.
 */
type Controllers = typeof controllers;
type ControllerName = Extract<keyof Controllers, string>;
type MethodsOf<C> = C extends (...args: any[]) => infer R ? Extract<keyof R, string> : never;

/** `controller.method` of one of the plugin's controllers. */
export type Handler = { [K in ControllerName]: `${K}.${MethodsOf<Controllers[K]>}` }[ControllerName];

export type ContentApiRoute = Omit<Core.RouteInput, 'handler'> & { handler: Handler };

/** A public GET with Strapi's zod route schemas: its query parameters and what it answers. */
export const publicRead = (
  path: string,
  handler: Handler,
  query: NonNullable<Core.RouteInput['request']>['query'],
  response: Core.RouteInput['response'],
  config: Core.RouteConfig = { policies: [] },
): ContentApiRoute => ({ method: 'GET', path, handler, config, request: { query }, response });

export interface HasPermissions {
  name: 'admin::hasPermissions';
  config: { actions: EditorialAction[] };
}

type Policy = NonNullable<Core.RouteConfig['policies']>[number];

/** An admin route: its first policy is admin::hasPermissions. */
export type AdminRoute = Omit<ContentApiRoute, 'config'> & {
  config: Omit<Core.RouteConfig, 'policies'> & { policies: [HasPermissions, ...Policy[]] };
};

/** Route config checking these RBAC actions with admin::hasPermissions. */
export const can = (...actions: EditorialAction[]): { policies: [HasPermissions] } => ({
  policies: [{ name: 'admin::hasPermissions', config: { actions } }],
});

/** `[method, path, handler]`, with the route's own config when it checks other actions than its table's. */
export type AdminRouteRow = [Core.RouteInput['method'], string, Handler, AdminRoute['config']?];

/** A feature's admin routes, one row each, checking `config`'s RBAC actions unless a row says otherwise. */
export const adminRoutes = (config: AdminRoute['config'], rows: AdminRouteRow[]): AdminRoute[] =>
  rows.map(([method, path, handler, own]) => ({ method, path, handler, config: own ?? config }));
