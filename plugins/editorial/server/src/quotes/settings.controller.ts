import type { Core } from '@strapi/strapi';
import { quoteSettingsSchema } from '../../../shared/settings';
import { getService } from '../core/get-service';
import { parseOr400 } from '../core/validate';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async getQuotes(ctx: any) {
    ctx.body = { data: await getService('settings', strapi).getQuoteSettings() };
  },
  async updateQuotes(ctx: any) {
    const settings = parseOr400(quoteSettingsSchema, ctx.request.body, { label: 'quote settings' });
    ctx.body = { data: await getService('settings', strapi).setQuoteSettings(settings) };
  },
});
