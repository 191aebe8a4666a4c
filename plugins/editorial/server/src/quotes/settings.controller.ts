import type { Core } from '@strapi/strapi';
import { getService } from '../core/get-service';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async getQuotes(ctx: any) {
    ctx.body = { data: await getService('settings', strapi).getQuoteSettings() };
  },
  async updateQuotes(ctx: any) {
    ctx.body = { data: await getService('settings', strapi).setQuoteSettings(ctx.request.body) };
  },
});
