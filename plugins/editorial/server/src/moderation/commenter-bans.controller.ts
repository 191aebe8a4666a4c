import type { Core } from '@strapi/strapi';
import { banListQuerySchema, createBanBodySchema, liftBanBodySchema } from '../../../shared/commenter-bans';
import { getService } from '../core/get-service';
import { parseOr400 } from '../core/validate';
import { conflict } from './moderation.controller';

/** Commenter bans and suspensions (admin, plugin::editorial.moderate). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const svc = () => getService('commenter-bans', strapi);
  return {
    async create(ctx: any) {
      const input = parseOr400(createBanBodySchema, ctx.request.body);
      ctx.status = 201;
      ctx.body = { data: await svc().create(input, ctx.state.user) };
    },
    async list(ctx: any) {
      ctx.body = await svc().list(parseOr400(banListQuerySchema, ctx.query));
    },
    async lift(ctx: any) {
      const input = parseOr400(liftBanBodySchema, ctx.request.body);
      try {
        ctx.body = { data: await svc().lift(ctx.params.documentId, input, ctx.state.user) };
      } catch (e: any) {
        if (e?.details?.conflict) return conflict(ctx, e.message);
        throw e;
      }
    },
  };
};
