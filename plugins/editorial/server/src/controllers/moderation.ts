import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

const STATUSES = ['pending', 'approved', 'flagged', 'rejected'];

/** Moderation queue (admin). Routes check plugin::editorial.moderate on the server. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: any) {
    const { status = 'pending', page = '1', pageSize = '25' } = ctx.query;
    if (status !== 'all' && !STATUSES.includes(status)) {
      throw new errors.ValidationError(`Unknown status "${status}": use one of ${[...STATUSES, 'all'].join(', ')}`);
    }
    const p = Math.max(1, Number(page) || 1);
    const size = Math.min(100, Math.max(1, Number(pageSize) || 25));
    const where = status === 'all' ? {} : { status };
    const [results, total] = await Promise.all([
      strapi.db.query('plugin::editorial.comment').findMany({ where, orderBy: { postedAt: 'asc' }, offset: (p - 1) * size, limit: size }),
      strapi.db.query('plugin::editorial.comment').count({ where }),
    ]);
    ctx.body = { data: results, meta: { pagination: { page: p, pageSize: size, total, pageCount: Math.ceil(total / size) } } };
  },
});
