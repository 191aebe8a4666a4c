import { factories } from '@strapi/strapi';
import { UIDS } from '../../../shared/constants';
import { publicScope, selectedFields, validatePublicQuery, validateSingleQuery } from './public-query';

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
    const filters = await scope.where('comment', checked.filters);
    const query = await scope.listQuery('comment', checked, filters, []);
    const { results, pagination } = await strapi.service(UID as any).find(query as any);
    return this.transformResponse(await this.sanitizeOutput(results, ctx), { pagination });
  },

  async findOne(ctx: any) {
    const checked = validateSingleQuery('comment', ctx.query, 'a single comment');
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
