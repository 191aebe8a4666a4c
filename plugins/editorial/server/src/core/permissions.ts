import type { Core } from '@strapi/strapi';
import { ACTIONS, UIDS } from '../../../shared/constants';

/** The plugin's RBAC actions, shown under Settings > Roles > Plugins > Editorial. */
const actions = [
  { uid: 'moderate', displayName: 'Moderate reader comments (review queue, statistics)' },
  { uid: 'moderation-settings', displayName: 'Edit moderation rules and word lists' },
  { uid: 'import', displayName: 'Import articles' },
  { uid: 'quotes', displayName: 'Curate quotes and sources' },
  { uid: 'settings', displayName: 'Edit editorial settings (quote extraction)' },
  { uid: 'privacy', displayName: "Privacy requests: export and erase a commenter's personal data" },
].map((a) => ({ section: 'plugins' as const, pluginName: 'editorial', subCategory: 'editorial', ...a }));

export async function registerActions(strapi: Core.Strapi) {
  await strapi.service('admin::permission').actionProvider.registerMany(actions);
}

const cm = (action: string, subject: string, fields?: string[]) => ({
  action: `plugin::content-manager.explorer.${action}`,
  subject,
  properties: fields ? { fields } : {},
  conditions: [],
});

function fieldsOf(strapi: Core.Strapi, uid: string) {
  const attrs = strapi.getModel(uid as any).attributes as Record<string, any>;
  return Object.keys(attrs).filter(
    (k) =>
      ![
        'createdAt',
        'updatedAt',
        'publishedAt',
        'createdBy',
        'updatedBy',
        'locale',
        'localizations',
      ].includes(k),
  );
}

const plugin = (action: string) => ({ action, subject: null, properties: {}, conditions: [] });

/**
 * Creates (once) the Editor and Moderator roles. Strapi's own "Editor" role, created with the
 * first admin, is reused and given the plugin's editor permissions. Later changes that admins make
 * to the roles are kept: permissions are assigned only when the role is provisioned.
 */
export async function provisionRoles(strapi: Core.Strapi) {
  const store = strapi.store({ type: 'plugin', name: 'editorial' });
  const done = (await store.get({ key: 'roles-provisioned' })) as boolean | null;
  if (done) {
    await hideEventsFromModerators(strapi);
    return trimAuthorRole(strapi);
  }
  const roleService = strapi.service('admin::role');
  await roleService.createRolesIfNoneExist?.();

  const ensureRole = async (name: string, description: string) => {
    const existing = await strapi.db.query('admin::role').findOne({ where: { name } });
    return existing ?? roleService.create({ name, description });
  };

  const editor = await ensureRole('Editor', 'Imports and curates articles, quotes and sources.');
  const editorPermissions = [
    ...['create', 'read', 'update', 'delete', 'publish'].map((a) =>
      cm(a, UIDS.article, a === 'delete' || a === 'publish' ? undefined : fieldsOf(strapi, UIDS.article)),
    ),
    ...['create', 'read', 'update', 'delete'].map((a) =>
      cm(a, UIDS.source, a === 'delete' ? undefined : fieldsOf(strapi, UIDS.source)),
    ),
    ...['read', 'update'].map((a) => cm(a, UIDS.quote, fieldsOf(strapi, UIDS.quote))),
    plugin(ACTIONS.import),
    plugin(ACTIONS.quotes),
    plugin(ACTIONS.settings),
  ];
  await roleService.assignPermissions(editor.id, editorPermissions);

  const moderator = await ensureRole('Moderator', 'Works the reader-comment review queue.');
  // Moderators read each comment's history in the review queue; the raw event table stays with
  // the roles an admin grants it to.
  await roleService.assignPermissions(moderator.id, [
    plugin(ACTIONS.moderate),
    plugin(ACTIONS.moderationSettings),
  ]);

  await store.set({ key: 'roles-provisioned', value: true });
  await store.set({ key: 'moderator-events-hidden', value: true });
  await trimAuthorRole(strapi);
}

/**
 * Takes away, once (the plugin-store flag `key` remembers it), the permissions of the admin role
 * `roleWhere` finds whose subject `drop` selects, so an admin who grants them back later keeps that choice.
 */
async function dropRolePermissionsOnce(
  strapi: Core.Strapi,
  key: string,
  roleWhere: Record<string, unknown>,
  drop: (subject: string | null) => boolean,
) {
  const store = strapi.store({ type: 'plugin', name: 'editorial' });
  if (await store.get({ key })) return;
  const role = await strapi.db.query('admin::role').findOne({ where: roleWhere });
  if (role) {
    const permissionService = strapi.service('admin::permission') as any;
    const held: { id: number; subject: string | null }[] = await permissionService.findMany({
      where: { role: { id: role.id } },
    });
    const ids = held.filter((p) => drop(p.subject)).map((p) => p.id);
    if (ids.length) await permissionService.deleteByIds(ids);
  }
  await store.set({ key, value: true });
}

/**
 * Earlier versions gave the Moderator role the content-manager table of moderation events (ids
 * and an empty comment column): taken away once, now that the queue shows each comment's history.
 */
function hideEventsFromModerators(strapi: Core.Strapi) {
  return dropRolePermissionsOnce(
    strapi,
    'moderator-events-hidden',
    { name: 'Moderator' },
    (subject) => subject === UIDS.moderationEvent,
  );
}

/** Types that change only through the plugin's services, which keep their audit trail and rules. */
const SERVICE_ONLY_TYPES: string[] = [UIDS.source, UIDS.quote, UIDS.comment, UIDS.moderationEvent];

/**
 * Strapi gives its default Author role every content type (own entries only). An Author may
 * keep writing their own articles, but content-manager access to comments, moderation events,
 * quotes and sources would bypass moderation and its audit trail: taken away once.
 */
function trimAuthorRole(strapi: Core.Strapi) {
  return dropRolePermissionsOnce(
    strapi,
    'author-role-trimmed',
    { code: 'strapi-author' },
    (subject) => !!subject && SERVICE_ONLY_TYPES.includes(subject),
  );
}

/**
 * Public (users-permissions) role: read published articles and sources and approved comments,
 * list, post and report comments. Host apps choose with `editorial.config.publicPermissions`.
 */
export const PUBLIC_ACTIONS = [
  'plugin::editorial.article.find',
  'plugin::editorial.article.findOne',
  'plugin::editorial.source.find',
  'plugin::editorial.source.findOne',
  'plugin::editorial.comment.find',
  'plugin::editorial.comment.findOne',
  'plugin::editorial.public-comments.list',
  'plugin::editorial.public-comments.create',
  'plugin::editorial.public-comments.report',
];

const fullActionId = (action: string) =>
  action.startsWith('plugin::') ? action : `plugin::editorial.${action}`;

/** Why a `publicPermissions` setting is unusable (true, false, or a list of PUBLIC_ACTIONS), or null. */
export function publicPermissionsProblem(setting: unknown): string | null {
  if (typeof setting === 'boolean') return null;
  if (!Array.isArray(setting) || setting.some((a) => typeof a !== 'string')) {
    return 'must be true, false or a list of actions';
  }
  const unknown = setting.filter((a) => !PUBLIC_ACTIONS.includes(fullActionId(a)));
  return unknown.length
    ? `names unknown actions: ${unknown.join(', ')} (known: ${PUBLIC_ACTIONS.join(', ')})`
    : null;
}

/** The public actions a `publicPermissions` setting asks for (unset = all). */
export function publicActionsFor(setting: unknown): string[] {
  if (setting === false) return [];
  if (Array.isArray(setting)) return PUBLIC_ACTIONS.filter((a) => setting.map(fullActionId).includes(a));
  return [...PUBLIC_ACTIONS];
}

/**
 * Gives the public role, and signed-in readers (the authenticated role: their account is what
 * trusted-commenter status is keyed on), each action once. The actions granted are recorded in
 * the plugin store, so one an admin later removes (Users & Permissions > Roles) stays removed,
 * and an action added by a later plugin version is granted on the next start. Returns false when
 * the public role does not exist (yet): nothing is recorded for it then.
 */
export async function grantPublicPermissions(strapi: Core.Strapi, actionIds: string[]): Promise<boolean> {
  if (!strapi.plugin('users-permissions')) return true;
  // Even with nothing to grant, the role must exist: until it does users-permissions has not
  // bootstrapped, and what follows the grant (the registration switch) has to wait too.
  if (!(await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } })))
    return false;
  const publicGranted = await grantRolePermissions(strapi, 'public', 'public-permissions', actionIds);
  if (!publicGranted) return false;
  await grantRolePermissions(strapi, 'authenticated', 'authenticated-permissions', actionIds);
  return true;
}

async function grantRolePermissions(strapi: Core.Strapi, roleType: string, key: string, actionIds: string[]) {
  const store = strapi.store({ type: 'plugin', name: 'editorial' });
  const granted = ((await store.get({ key })) as string[] | null) ?? [];
  const missing = actionIds.filter((a) => !granted.includes(a));
  if (!missing.length) return true;
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: roleType } });
  if (!role) return false;
  for (const action of missing) {
    const exists = await strapi.db
      .query('plugin::users-permissions.permission')
      .findOne({ where: { action, role: role.id } });
    if (!exists) {
      await strapi.db
        .query('plugin::users-permissions.permission')
        .create({ data: { action, role: role.id } });
    }
  }
  await store.set({ key, value: [...granted, ...missing] });
  return true;
}

/**
 * Reader self-registration (POST /api/auth/local/register) follows EDITORIAL_PUBLIC_REGISTRATION
 * (plugin config `accounts.registration`, off by default) at every start: accounts carry trust,
 * so opening sign-up is a deliberate choice, not Strapi's default.
 */
export async function applyRegistrationSwitch(strapi: Core.Strapi, allow: boolean): Promise<boolean> {
  if (!strapi.plugin('users-permissions')) return true;
  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = (await store.get({ key: 'advanced' })) as Record<string, unknown> | null;
  // Not created yet (users-permissions bootstraps later, with allow_register on): try again later.
  if (!advanced) return false;
  if (advanced.allow_register !== allow)
    await store.set({ key: 'advanced', value: { ...advanced, allow_register: allow } });
  return true;
}
