import type { Core } from '@strapi/strapi';
import { privacyRequestSchema } from '../../../shared/privacy';
import { getService } from '../core/get-service';
import { parseOr400 } from '../core/validate';

/** Privacy requests (admin, plugin::editorial.privacy): export and erase a commenter's personal data. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async export(ctx: any) {
    const req = parseOr400(privacyRequestSchema, ctx.request.body);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: await getService('privacy', strapi).export(req) };
  },
  async erase(ctx: any) {
    const req = parseOr400(privacyRequestSchema, ctx.request.body);
    ctx.body = { data: await getService('privacy', strapi).erase(req, ctx.state.user) };
  },
});
