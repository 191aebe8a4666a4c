import { factories } from '@strapi/strapi';
import { restrictPopulate, type PopulateRules } from '../utils/public-query';

const UID = 'plugin::editorial.source';

export const SOURCE_PUBLIC_POPULATE: PopulateRules = {
  quotes: {
    filters: { articleStatus: 'published', state: { $ne: 'rejected' } },
    fields: ['text', 'type', 'cue', 'speakerText', 'articleDocumentId', 'paragraphIndex', 'start', 'end', 'state'],
  },
};

/** Content-API reads of sources; quotes shown are those of published articles only. */
export default factories.createCoreController(UID as any, () => ({
  async find(ctx: any) {
    await this.validateQuery(ctx);
    const query: any = await this.sanitizeQuery(ctx);
    query.populate = restrictPopulate(query.populate, SOURCE_PUBLIC_POPULATE);
    const { results, pagination } = await strapi.service(UID as any).find(query);
    return this.transformResponse(await this.sanitizeOutput(results, ctx), { pagination });
  },

  async findOne(ctx: any) {
    await this.validateQuery(ctx);
    const query: any = await this.sanitizeQuery(ctx);
    query.populate = restrictPopulate(query.populate, SOURCE_PUBLIC_POPULATE);
    const entity = await strapi.service(UID as any).findOne(ctx.params.id, query);
    if (!entity) return ctx.notFound('Source not found');
    return this.transformResponse(await this.sanitizeOutput(entity, ctx));
  },
}));
