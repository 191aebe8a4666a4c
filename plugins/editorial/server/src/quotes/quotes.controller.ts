import type { Core } from '@strapi/strapi';
import type { z } from 'zod';
import {
  articleQuotesQuerySchema,
  editQuoteTextSchema,
  mergeSourcesSchema,
  reattributeSchema,
  sourceListQuerySchema,
  undoMergeSchema,
} from '../../../shared/quotes';
import { getService } from '../core/get-service';
import { parseOr400 } from '../core/validate';
import { MergeConflict } from './quote-curation.service';

const query = (ctx: any) => parseOr400(articleQuotesQuerySchema, ctx.query, { label: 'query' });

/** A write on `:documentId` whose body `schema` checks (a 400 naming the field), answered as `{ data }`. */
const withBody =
  <S extends z.ZodType>(schema: S, label: string, run: (documentId: string, input: z.infer<S>) => unknown) =>
  async (ctx: any) => {
    const input = parseOr400(schema, ctx.request.body, { label });
    ctx.body = { data: await run(ctx.params.documentId, input) };
  };

/** Admin API for quote and source curation; thin: the work lives in quotes/quote-curation.service.ts. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const svc = () => getService('quote-curation', strapi);
  return {
    async articleQuotes(ctx: any) {
      ctx.body = { data: await svc().articleQuotes(ctx.params.documentId, query(ctx)) };
    },
    async resync(ctx: any) {
      const { documentId } = ctx.params;
      await svc().articleQuotes(documentId); // 404 for an unknown article
      const q = query(ctx);
      await getService('quote-sync', strapi).syncArticle(documentId, ['draft', 'published'], { force: true });
      ctx.body = { data: await svc().articleQuotes(documentId, q) };
    },
    async verify(ctx: any) {
      ctx.body = { data: await svc().verify(ctx.params.documentId) };
    },
    async reject(ctx: any) {
      ctx.body = { data: await svc().reject(ctx.params.documentId) };
    },
    editText: withBody(editQuoteTextSchema, 'quote text', (id, input) => svc().editText(id, input)),
    reattribute: withBody(reattributeSchema, 're-attribution', (id, input) => svc().reattribute(id, input)),
    async listSources(ctx: any) {
      ctx.body = await svc().listSources(parseOr400(sourceListQuerySchema, ctx.query, { label: 'query' }));
    },
    async sourceDetail(ctx: any) {
      ctx.body = { data: await svc().sourceDetail(ctx.params.documentId) };
    },
    mergeSources: withBody(mergeSourcesSchema, 'merge request', (id, input) => svc().mergeSources(id, input)),
    async undoMerge(ctx: any) {
      const input = parseOr400(undoMergeSchema, ctx.request.body, { label: 'undo request' });
      try {
        ctx.body = { data: await svc().undoMerge(ctx.params.documentId, input) };
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
