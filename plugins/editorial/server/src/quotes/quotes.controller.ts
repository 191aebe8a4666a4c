import type { Core } from '@strapi/strapi';
import { getService } from '../core/get-service';
import { MergeConflict } from './quote-curation.service';

/** Admin API for quote and source curation; thin: validation and work live in quotes/quote-curation.service.ts. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const svc = () => getService('quote-curation', strapi);
  return {
    async articleQuotes(ctx: any) {
      ctx.body = { data: await svc().articleQuotes(ctx.params.documentId, ctx.query) };
    },
    async resync(ctx: any) {
      const { documentId } = ctx.params;
      await svc().articleQuotes(documentId, {}); // 404 for an unknown article
      await getService('quote-sync', strapi).syncArticle(documentId, ['draft', 'published'], { force: true });
      ctx.body = { data: await svc().articleQuotes(documentId, ctx.query) };
    },
    async verify(ctx: any) {
      ctx.body = { data: await svc().verify(ctx.params.documentId) };
    },
    async reject(ctx: any) {
      ctx.body = { data: await svc().reject(ctx.params.documentId) };
    },
    async editText(ctx: any) {
      ctx.body = { data: await svc().editText(ctx.params.documentId, ctx.request.body) };
    },
    async reattribute(ctx: any) {
      ctx.body = { data: await svc().reattribute(ctx.params.documentId, ctx.request.body) };
    },
    async listSources(ctx: any) {
      ctx.body = await svc().listSources(ctx.query);
    },
    async sourceDetail(ctx: any) {
      ctx.body = { data: await svc().sourceDetail(ctx.params.documentId) };
    },
    async mergeSources(ctx: any) {
      ctx.body = { data: await svc().mergeSources(ctx.params.documentId, ctx.request.body) };
    },
    async undoMerge(ctx: any) {
      try {
        ctx.body = { data: await svc().undoMerge(ctx.params.documentId, ctx.request.body) };
      } catch (error) {
        if (!(error instanceof MergeConflict)) throw error;
        ctx.status = 409;
        ctx.body = {
          data: null,
          error: { status: 409, name: 'ConflictError', message: error.message, details: {} },
        };
      }
    },
  };
};
