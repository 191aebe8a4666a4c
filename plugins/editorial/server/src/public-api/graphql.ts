import type { Core } from '@strapi/strapi';
import { UIDS } from '../../../shared/constants';
import { PUBLIC_QUOTE_WHERE } from './public-api.service';
import { getService } from '../core/get-service';
import { asValidationError, parkSubqueries, publicScope } from './public-query';
import { checkFilters, checkSort, filtersFromGraphql, filtersToGraphql } from '../../../shared/public-schema';

/**
 * GraphQL (when @strapi/plugin-graphql is enabled): the same published data with the same
 * restrictions as the REST API.
 *  - no mutations on the plugin's types; moderation events are not exposed at all;
 *  - comments and quotes have no queries of their own; relation fields that could reach
 *    hidden rows (article.comments, article.quotes, source.quotes, comment.parent,
 *    comment.article, quote.article) are removed, and replaced by fields that read only
 *    public rows: Article.approvedComments, Article.publicQuotes, Source.publicQuotes;
 *  - article queries always read published versions, whatever `status` is asked for;
 *  - source queries only see sources the REST directory shows;
 *  - `filters` and `sort` follow the public schema like the REST query string (a private field
 *    is refused, a filter crossing a relation reaches visible rows only: public-api/public-query.ts);
 *  - `EditorialSource.aliases` gives the public aliases (forms public quotes use).
 * Private attributes (emails, ip hashes, moderation reasons, fingerprints) are never part
 * of the generated types.
 */
export function registerGraphql(strapi: Core.Strapi) {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  const extension = graphql.service('extension');

  for (const uid of Object.values(UIDS)) extension.shadowCRUD(uid).disableMutations();
  extension.shadowCRUD(UIDS.moderationEvent).disable();
  extension.shadowCRUD(UIDS.commentReason).disable();
  extension.shadowCRUD(UIDS.sourceAlias).disable();
  extension.shadowCRUD(UIDS.comment).disableQueries();
  extension.shadowCRUD(UIDS.quote).disableQueries();
  extension.shadowCRUD(UIDS.article).field('comments').disable();
  extension.shadowCRUD(UIDS.article).field('quotes').disable();
  extension.shadowCRUD(UIDS.article).field('assignee').disable();
  extension.shadowCRUD(UIDS.source).field('quotes').disable();
  extension.shadowCRUD(UIDS.comment).field('parent').disable();
  extension.shadowCRUD(UIDS.comment).field('article').disable();
  extension.shadowCRUD(UIDS.quote).field('article').disable();
  // Internal keys: an anonymous source's article scope, the unused flag, the workflow stage.
  extension.shadowCRUD(UIDS.source).field('scopeArticleDocumentId').disable();
  extension.shadowCRUD(UIDS.source).field('unused').disable();
  extension.shadowCRUD(UIDS.article).field('editorialStage').disable();

  /**
   * The public schema for GraphQL arguments: filters and sort are checked like the REST query
   * string (GraphQL spells operators without `$`) and every relation a filter crosses is narrowed
   * to visible rows (public-api/public-query.ts).
   */
  const publicArgs = async (model: 'article' | 'source', args: any) => {
    const { filters, sort, ...rest } = args ?? {};
    try {
      const restFilters = filtersFromGraphql(filters);
      checkFilters(model, restFilters);
      checkSort(model, sort);
    } catch (e) {
      throw asValidationError(e);
    }
    if (!filters || !Object.keys(filters).length) return { ...rest, ...(sort !== undefined ? { sort } : {}) };
    const narrowed = await publicScope(strapi).narrowFilters(model, filtersFromGraphql(filters));
    return {
      ...rest,
      ...(sort !== undefined ? { sort } : {}),
      filters: filtersToGraphql(parkSubqueries(narrowed)),
    };
  };

  const publishedOnly = async (next: any, parent: any, args: any, context: any, info: any) => {
    const { hasPublishedVersion, publicationFilter, ...rest } = args ?? {};
    void hasPublishedVersion;
    void publicationFilter;
    return next(parent, { ...(await publicArgs('article', rest)), status: 'published' }, context, info);
  };

  const visibleSourcesOnly = async (next: any, parent: any, rawArgs: any, context: any, info: any) => {
    const args = await publicArgs('source', rawArgs);
    const scope = publicScope(strapi);
    const visibleKeys = scope.subquery('source', 'documentId', await scope.visibleWhere('source'));
    if ('documentId' in (args ?? {}) && !('filters' in (args ?? {}))) {
      const row = await strapi.db.query(UIDS.source as any).findOne({
        where: { $and: [{ documentId: String(args.documentId) }, { documentId: { $in: visibleKeys } }] },
        select: ['id'],
      });
      return row ? next(parent, args, context, info) : null;
    }
    const visible = { documentId: { in: parkSubqueries(visibleKeys) } };
    const filters = args?.filters ? { and: [args.filters, visible] } : visible;
    return next(parent, { ...args, filters }, context, info);
  };

  const middlewaresFor = (names: string[], mw: any) =>
    Object.fromEntries(names.map((n) => [n, { middlewares: [mw] }]));

  // A public list field on a parent type: the rows of `uid` that `where(parent)` selects, in `orderBy`.
  const listField = (
    t: any,
    name: string,
    spec: {
      type: string;
      uid: string;
      description: string;
      where: (parent: any) => object;
      orderBy: object[];
    },
  ) =>
    t.nonNull.list.nonNull.field(name, {
      type: spec.type,
      description: spec.description,
      resolve: (parent: any) =>
        strapi.db.query(spec.uid as any).findMany({ where: spec.where(parent), orderBy: spec.orderBy }),
    });

  // Evaluated when the schema is built (after every plugin's register): a type another part of
  // the app disabled altogether gets no public field pointing at it.
  extension.use(({ nexus }: any) => {
    const commentsOn = extension.shadowCRUD(UIDS.comment).isEnabled();
    const quotesOn = extension.shadowCRUD(UIDS.quote).isEnabled();
    return {
      types: [
        nexus.extendType({
          type: 'EditorialArticle',
          definition(t: any) {
            if (commentsOn)
              listField(t, 'approvedComments', {
                type: 'EditorialComment',
                uid: UIDS.comment,
                description: 'Approved reader comments, oldest first (use parentDocumentId to thread).',
                where: (parent) => ({ articleDocumentId: parent.documentId, status: 'approved' }),
                orderBy: [{ postedAt: 'asc' }, { id: 'asc' }],
              });
            if (quotesOn)
              listField(t, 'publicQuotes', {
                type: 'EditorialQuote',
                uid: UIDS.quote,
                description:
                  'Quotes of the published article (rejected and needs-review quotes excluded), in body order.',
                where: (parent) => ({ articleDocumentId: parent.documentId, ...PUBLIC_QUOTE_WHERE }),
                orderBy: [{ paragraphIndex: 'asc' }, { start: 'asc' }, { id: 'asc' }],
              });
            t.nonNull.int('approvedCommentCount', {
              resolve: async (parent: any) =>
                (await getService('public-api', strapi).approvedCommentCounts([parent.documentId])).get(
                  parent.documentId,
                ) ?? 0,
            });
            t.nonNull.float('anonymousShare', {
              description: 'Share of attributed quotes whose source is anonymous (0..1).',
              resolve: async (parent: any) =>
                (await getService('public-api', strapi).extrasFor([parent.documentId])).get(parent.documentId)
                  ?.sourcing.anonymousShare ?? 0,
            });
          },
        }),
        commentsOn &&
          nexus.extendType({
            type: 'EditorialComment',
            definition(t: any) {
              t.string('parentDocumentId', {
                description: 'documentId of the approved comment this one answers, if any.',
                resolve: async (parent: any) => {
                  const row: any = await strapi.db.query(UIDS.comment as any).findOne({
                    where: { id: parent.id },
                    populate: {
                      parent: { select: ['documentId', 'status'] },
                    },
                  });
                  return row?.parent?.status === 'approved' ? row.parent.documentId : null;
                },
              });
            },
          }),
        nexus.extendType({
          type: 'EditorialSource',
          definition(t: any) {
            if (quotesOn)
              listField(t, 'publicQuotes', {
                type: 'EditorialQuote',
                uid: UIDS.quote,
                description: 'Quotes from published articles (rejected and needs-review quotes excluded).',
                where: (parent) => ({ source: { documentId: parent.documentId }, ...PUBLIC_QUOTE_WHERE }),
                orderBy: [{ id: 'desc' }],
              });
          },
        }),
      ].filter(Boolean),
      resolvers: {
        // Public aliases only (forms public quotes use), as on the REST source pages.
        EditorialSource: {
          aliases: async (parent: any) => {
            const id =
              parent.id ??
              (
                await strapi.db
                  .query(UIDS.source as any)
                  .findOne({ where: { documentId: parent.documentId }, select: ['id'] })
              )?.id;
            return id
              ? ((await getService('public-api', strapi).publicAliases([id])).get(Number(id)) ?? [])
              : [];
          },
        },
      },
      resolversConfig: {
        ...middlewaresFor(
          ['Query.editorialArticles', 'Query.editorialArticles_connection', 'Query.editorialArticle'],
          publishedOnly,
        ),
        ...middlewaresFor(
          ['Query.editorialSources', 'Query.editorialSources_connection', 'Query.editorialSource'],
          visibleSourcesOnly,
        ),
        'EditorialArticle.approvedComments': { auth: false },
        'EditorialArticle.publicQuotes': { auth: false },
        'EditorialArticle.approvedCommentCount': { auth: false },
        'EditorialArticle.anonymousShare': { auth: false },
        'EditorialComment.parentDocumentId': { auth: false },
        'EditorialSource.publicQuotes': { auth: false },
      },
    };
  });
}
