import type { Core } from '@strapi/strapi';
import { getService } from '../core/get-service';
import { conflict } from './moderation.controller';

/** Commenter bans and suspensions (admin, plugin::editorial.moderate). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const svc = () => getService('commenter-bans', strapi);
  return {
    async create(ctx: any) {
      ctx.status = 201;
      ctx.body = { data: await svc().create(ctx.request.body, ctx.state.user) };
    },
    async list(ctx: any) {
      ctx.body = await svc().list(ctx.query);
    },
    async lift(ctx: any) {
      try {
        ctx.body = { data: await svc().lift(ctx.params.documentId, ctx.request.body, ctx.state.user) };
      } catch (e: any) {
        if (e?.details?.conflict) return conflict(ctx, e.message);
        throw e;
      }
    },
  };
};
