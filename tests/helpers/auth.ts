import crypto from 'node:crypto';
import request from 'supertest';
import type { Core } from '@strapi/strapi';

export type RoleName = 'Super Admin' | 'Editor' | 'Moderator' | string;

export interface AdminSession {
  email: string;
  password: string;
  token: string;
  userId: number;
}

async function findRole(strapi: Core.Strapi, name: RoleName) {
  const code = name === 'Super Admin' ? 'strapi-super-admin' : undefined;
  const role = await strapi.db.query('admin::role').findOne({ where: code ? { code } : { name } });
  if (role) return role;
  if (name === 'Super Admin') {
    // The super admin role exists once the first admin is registered; create it like Strapi does.
    await strapi.service('admin::role').createRolesIfNoneExist();
    return strapi.db.query('admin::role').findOne({ where: { code: 'strapi-super-admin' } });
  }
  throw new Error(`admin role "${name}" does not exist`);
}

/** Creates an active admin user with the given role(s) and logs in through the real /admin/login route. */
export async function createAdminSession(
  strapi: Core.Strapi,
  server: any,
  roles: RoleName[] | RoleName,
): Promise<AdminSession> {
  const roleIds: number[] = [];
  for (const r of Array.isArray(roles) ? roles : [roles]) roleIds.push((await findRole(strapi, r)).id);
  const email = `user-${crypto.randomBytes(5).toString('hex')}@example.test`;
  const password = `Pw-${crypto.randomBytes(8).toString('hex')}A1`;
  const user = await strapi.service('admin::user').create({
    email,
    firstname: 'Test',
    lastname: Array.isArray(roles) ? roles.join('+') : roles,
    password,
    isActive: true,
    roles: roleIds,
  });
  const res = await request(server).post('/admin/login').send({ email, password });
  const token = res.body?.data?.token ?? res.body?.data?.accessToken;
  if (res.status !== 200 || !token) {
    throw new Error(`admin login failed (${res.status}): ${JSON.stringify(res.body)}`);
  }
  return { email, password, token, userId: user.id };
}

/** supertest helpers bound to a server and an optional bearer token. */
export function client(server: any, token?: string) {
  const withAuth = (r: request.Test) => (token ? r.set('Authorization', `Bearer ${token}`) : r);
  return {
    get: (url: string) => withAuth(request(server).get(url)),
    post: (url: string) => withAuth(request(server).post(url)),
    put: (url: string) => withAuth(request(server).put(url)),
    patch: (url: string) => withAuth(request(server).patch(url)),
    delete: (url: string) => withAuth(request(server).delete(url)),
  };
}

/** A signed-in reader: a users-permissions account (created directly, as registration is closed) and its JWT from /api/auth/local. */
export async function createReaderAccount(strapi: Core.Strapi, server: any, email: string) {
  const role = await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'authenticated' } });
  const password = 'Reader-pass-123';
  const user = await strapi.plugin('users-permissions').service('user').add({
    username: email,
    email,
    password,
    provider: 'local',
    confirmed: true,
    blocked: false,
    role: role.id,
  });
  const login = await client(server).post('/api/auth/local').send({ identifier: email, password });
  if (login.status !== 200)
    throw new Error(`reader login failed: ${login.status} ${JSON.stringify(login.body)}`);
  return { id: user.id as number, email, jwt: login.body.jwt as string };
}
