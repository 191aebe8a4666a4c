import type { Core } from '@strapi/strapi';
import {
  actionBodySchema,
  bulkBodySchema,
  moderationActionSchema,
  newCountQuerySchema,
  queueArticlesQuerySchema,
  queueQuerySchema,
  statsQuerySchema,
  undoBodySchema,
} from '../../../shared/moderation-api';
import { moderationSettingsSchema } from '../../../shared/moderation-settings';
import { staffReplyBodySchema } from '../../../shared/staff-replies';
import { getService } from '../core/get-service';
import { parseOr400 } from '../core/validate';

export const conflict = (ctx: any, message: string) => {
  ctx.status = 409;
  ctx.body = { data: null, error: { status: 409, name: 'ConflictError', message, details: {} } };
};

/** Moderation queue and actions (admin). Routes check the plugin's RBAC actions on the server. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const svc = () => getService('moderation', strapi);
  return {
    async list(ctx: any) {
      const res = await svc().queue(parseOr400(queueQuerySchema, ctx.query));
      // The template of the readers' page, for the "Public page" link of each comment's article;
      // null when the host app set none (the plugin ships no reader page: no link then).
      const publicArticleUrl =
        (strapi.plugin('editorial').config('publicArticleUrl') as string | undefined) || null;
      ctx.body = { ...res, meta: { ...res.meta, publicArticleUrl } };
    },
    async articles(ctx: any) {
      const query = parseOr400(queueArticlesQuerySchema, ctx.query, { root: 'query' });
      ctx.body = { data: await getService('moderation-articles', strapi).list(query) };
    },
    async counts(ctx: any) {
      ctx.body = { data: await svc().counts() };
    },
    async newCount(ctx: any) {
      ctx.body = { data: await svc().newCount(parseOr400(newCountQuerySchema, ctx.query)) };
    },
    async act(ctx: any) {
      const action = parseOr400(moderationActionSchema, ctx.params.action, { root: 'action' });
      const input = parseOr400(actionBodySchema, ctx.request.body);
      try {
        ctx.body = await svc().act(ctx.params.documentId, action, input, ctx.state.user);
      } catch (e: any) {
        if (e?.details?.conflict) return conflict(ctx, e.message);
        throw e;
      }
    },
    async bulk(ctx: any) {
      ctx.body = { data: await svc().bulk(parseOr400(bulkBodySchema, ctx.request.body), ctx.state.user) };
    },
    async undo(ctx: any) {
      ctx.body = { data: await svc().undo(parseOr400(undoBodySchema, ctx.request.body), ctx.state.user) };
    },
    async authorHistory(ctx: any) {
      ctx.body = { data: await svc().authorHistory(ctx.params.authorName) };
    },
    async events(ctx: any) {
      ctx.body = { data: await svc().events(ctx.params.documentId) };
    },
    async history(ctx: any) {
      ctx.body = { data: await svc().history(ctx.params.documentId) };
    },
    async staffReply(ctx: any) {
      const input = parseOr400(staffReplyBodySchema, ctx.request.body);
      try {
        const data = await getService('staff-replies', strapi).reply(
          ctx.params.documentId,
          input,
          ctx.state.user,
        );
        ctx.status = 201;
        ctx.body = { data };
      } catch (e: any) {
        if (e?.details?.conflict) return conflict(ctx, e.message);
        throw e;
      }
    },
    async stats(ctx: any) {
      ctx.body = { data: await svc().stats(parseOr400(statsQuerySchema, ctx.query, { root: 'query' })) };
    },
    async getSettings(ctx: any) {
      ctx.body = { data: await getService('moderation-settings', strapi).get() };
    },
    async updateSettings(ctx: any) {
      const settings = parseOr400(moderationSettingsSchema, ctx.request.body, {
        label: 'moderation settings',
        brackets: true,
      });
      ctx.body = { data: await getService('moderation-settings', strapi).set(settings) };
    },
  };
};
