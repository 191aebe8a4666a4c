import { factories } from '@strapi/strapi';
import { restrictPopulate, type PopulateRules } from '../utils/public-query';

const UID = 'plugin::editorial.article';

/** What a public read may populate on an article, with the filters that keep hidden rows out. */
export const ARTICLE_PUBLIC_POPULATE: PopulateRules = {
  publication: { fields: ['name', 'slug', 'kind', 'description'] },
  quotes: {
    filters: { articleStatus: 'published', state: { $ne: 'rejected' } },
    fields: ['text', 'type', 'cue', 'speakerText', 'paragraphIndex', 'start', 'end', 'segments', 'state', 'confidence'],
    populate: { source: { fields: ['name', 'slug', 'kind', 'description', 'affiliation'] } },
  },
  comments: {
    filters: { status: 'approved' },
    fields: ['body', 'authorName', 'postedAt', 'reportCount'],
  },
  assignee: false,
};

/** Content-API reads: published versions only, whatever `status` the client asks for. */
export default factories.createCoreController(UID as any, () => ({
  async find(ctx: any) {
    await this.validateQuery(ctx);
    const query: any = await this.sanitizeQuery(ctx);
    query.populate = restrictPopulate(query.populate, ARTICLE_PUBLIC_POPULATE);
    query.status = 'published';
    const { results, pagination } = await strapi.service(UID as any).find(query);
    const sanitized = await this.sanitizeOutput(results, ctx);
    return this.transformResponse(sanitized, { pagination });
  },

  async findOne(ctx: any) {
    await this.validateQuery(ctx);
    const query: any = await this.sanitizeQuery(ctx);
    query.populate = restrictPopulate(query.populate, ARTICLE_PUBLIC_POPULATE);
    query.status = 'published';
    const entity = await strapi.service(UID as any).findOne(ctx.params.id, query);
    if (!entity) return ctx.notFound('Article not found');
    const sanitized = await this.sanitizeOutput(entity, ctx);
    return this.transformResponse(sanitized);
  },
}));
