import type { Core } from '@strapi/strapi';
import { getService } from '../core/get-service';

/** Privacy requests (admin, plugin::editorial.privacy): export and erase a commenter's personal data. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async export(ctx: any) {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: await getService('privacy', strapi).export(ctx.request.body) };
  },
  async erase(ctx: any) {
    ctx.body = { data: await getService('privacy', strapi).erase(ctx.request.body, ctx.state.user) };
  },
});
