import { factories } from '@strapi/strapi';
import { UIDS } from '../../../shared/constants';
import { errors } from '@strapi/utils';
import { publicScope, selectedFields, validatePublicQuery, withTiebreak } from './public-query';

const UID = UIDS.comment;

/**
 * Strapi's generic content API for comments: approved comments of published articles only,
 * queried through the public schema (public-api/public-query.ts): filters, sort, fields and populate
 * reach public fields and visible rows only, anything else is a 400.
 */
export default factories.createCoreController(UID as any, ({ strapi }) => ({
  async find(ctx: any) {
    const checked = validatePublicQuery('comment', ctx.query);
    const scope = publicScope(strapi);
    const query: any = {
      ...checked,
      filters: await scope.where('comment', checked.filters),
      populate: await scope.populate('comment', checked.populate),
      fields: selectedFields('comment', checked.fields),
      sort: withTiebreak(checked.sort ?? []),
    };
    const { results, pagination } = await strapi.service(UID as any).find(query);
    return this.transformResponse(await this.sanitizeOutput(results, ctx), { pagination });
  },

  async findOne(ctx: any) {
    const checked = validatePublicQuery('comment', ctx.query);
    const listOnly = (['filters', 'sort', 'pagination'] as const).find((k) => checked[k]);
    if (listOnly)
      throw new errors.ValidationError(`${listOnly}: not accepted on a single comment`, { param: listOnly });
    const scope = publicScope(strapi);
    const [entity] = (
      await strapi.service(UID as any).find({
        filters: { $and: [{ documentId: String(ctx.params.id) }, await scope.visibleWhere('comment')] },
        populate: await scope.populate('comment', checked.populate),
        fields: selectedFields('comment', checked.fields),
        pagination: { page: 1, pageSize: 1 },
      })
    ).results as any[];
    if (!entity) return ctx.notFound('Comment not found');
    return this.transformResponse(await this.sanitizeOutput(entity, ctx));
  },
}));
