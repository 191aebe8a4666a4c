import type { Core } from '@strapi/strapi';
import { getService } from '../core/get-service';
import { errors } from '@strapi/utils';
import { publicListQuerySchema, reportBodySchema, submitBodySchema } from '../../../shared/moderation-api';
import { parseOr400 } from '../core/validate';
import { sendError } from '../core/error-response';
import { RateLimitedError } from './comments.service';

/** The reader's address, and their account when the request carries a users-permissions JWT (API tokens are not readers). */
const clientOf = (ctx: any) => ({
  ip: String(ctx.request.ip ?? ''),
  userAgent: ctx.get?.('user-agent'),
  userId:
    ctx.state?.auth?.strategy?.name === 'users-permissions' && ctx.state.user?.id
      ? Number(ctx.state.user.id)
      : null,
});

/** Runs a rate-limited write and answers `status` with its result as `data`; 429 with Retry-After when limited. */
async function limited(ctx: any, status: number, write: () => Promise<unknown>) {
  try {
    const data = await write();
    ctx.status = status;
    ctx.body = { data };
  } catch (e) {
    if (e instanceof RateLimitedError) {
      ctx.set('Retry-After', String(e.retryAfter));
      sendError(ctx, 429, 'RateLimitError', e.message, { retryAfter: e.retryAfter });
      return;
    }
    throw e;
  }
}

/** Public comment endpoints (content API): list approved threads, submit, report. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: any) {
    // The thread reader takes its own few parameters; anything else is a 400, not silently dropped.
    const unknown = Object.keys(ctx.query ?? {}).find((k) => !(k in publicListQuerySchema.shape));
    if (unknown)
      throw new errors.ValidationError(`${unknown}: not a public query parameter`, { param: unknown });
    ctx.body = await getService('comments', strapi).list(
      ctx.params.idOrSlug,
      parseOr400(publicListQuerySchema, ctx.query),
    );
  },
  async create(ctx: any) {
    const input = parseOr400(submitBodySchema, ctx.request.body);
    await limited(ctx, 201, () =>
      getService('comments', strapi).submit(ctx.params.idOrSlug, input, clientOf(ctx)),
    );
  },
  async report(ctx: any) {
    const input = parseOr400(reportBodySchema, ctx.request.body);
    await limited(ctx, 202, () =>
      getService('comments', strapi).report(ctx.params.documentId, input, clientOf(ctx)),
    );
  },
});
