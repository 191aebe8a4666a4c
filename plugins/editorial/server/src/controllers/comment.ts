import { factories } from '@strapi/strapi';
import { enforceFilters, restrictPopulate, type PopulateRules } from '../utils/public-query';

const UID = 'plugin::editorial.comment';

export const COMMENT_PUBLIC_FIELDS = ['body', 'authorName', 'postedAt', 'articleDocumentId', 'reportCount', 'origin'];

const COMMENT_PUBLIC_POPULATE: PopulateRules = {
  parent: { filters: { status: 'approved' }, fields: COMMENT_PUBLIC_FIELDS },
};

/**
 * Strapi's generic content API for comments: approved comments only, whatever filters,
 * fields or populate the client sends. Private fields (email, ip hash, reasons) are removed
 * by Strapi's sanitizer; filtering on them is refused with 400 by validateQuery.
 */
export default factories.createCoreController(UID as any, () => ({
  async find(ctx: any) {
    await this.validateQuery(ctx);
    const query: any = await this.sanitizeQuery(ctx);
    query.filters = enforceFilters(query.filters, { status: 'approved' });
    query.populate = restrictPopulate(query.populate, COMMENT_PUBLIC_POPULATE);
    const { results, pagination } = await strapi.service(UID as any).find(query);
    return this.transformResponse(await this.sanitizeOutput(results, ctx), { pagination });
  },

  async findOne(ctx: any) {
    await this.validateQuery(ctx);
    const query: any = await this.sanitizeQuery(ctx);
    query.populate = restrictPopulate(query.populate, COMMENT_PUBLIC_POPULATE);
    const entity: any = await strapi.service(UID as any).findOne(ctx.params.id, query);
    if (!entity || entity.status !== 'approved') return ctx.notFound('Comment not found');
    return this.transformResponse(await this.sanitizeOutput(entity, ctx));
  },
}));
