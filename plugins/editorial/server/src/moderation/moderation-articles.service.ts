import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { QUEUE_ARTICLES_LIMIT, queueArticlesQuerySchema, type QueueArticle } from '../../../shared/moderation-api';
import { UIDS } from '../../../shared/permissions';
import { parseOr400 } from '../core/validate';

/**
 * The review queue's article filter: articles with comments in a status, most comments first
 * (one grouped count on the comments' article/status index), or those whose title matches `q`.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(rawQuery: unknown): Promise<QueueArticle[]> {
    const { status, q } = parseOr400(queueArticlesQuerySchema, rawQuery, { root: 'query' });
    const titles = new Map<string, string>();
    const articles = () => strapi.db.query(UIDS.article as any);
    if (q) {
      const found = await articles().findMany({
        select: ['documentId', 'title', 'publishedAt'],
        where: { title: { $containsi: q } },
        orderBy: [{ updatedAt: 'desc' }],
        limit: QUEUE_ARTICLES_LIMIT * 2,
      });
      for (const a of found as any[]) if (!titles.has(a.documentId) || a.publishedAt) titles.set(a.documentId, a.title);
      if (!titles.size) return [];
    }
    const counts = strapi.db
      .connection('editorial_comments')
      .select('article_document_id')
      .count({ n: '*' })
      .groupBy('article_document_id')
      .orderBy([{ column: 'n', order: 'desc' }, { column: 'article_document_id', order: 'asc' }])
      .limit(QUEUE_ARTICLES_LIMIT);
    if (status === 'reported') counts.where({ status: 'approved', report_flagged: true });
    else if (status !== 'all') counts.where('status', status);
    if (q) counts.whereIn('article_document_id', [...titles.keys()]);
    const rows = (await counts) as { article_document_id: string; n: number | string }[];
    if (!q && rows.length) {
      const found = await articles().findMany({
        select: ['documentId', 'title', 'publishedAt'],
        where: { documentId: { $in: rows.map((r) => r.article_document_id) } },
      });
      for (const a of found as any[]) if (!titles.has(a.documentId) || a.publishedAt) titles.set(a.documentId, a.title);
    }
    return rows
      .filter((r) => titles.has(r.article_document_id))
      .map((r) => ({ documentId: r.article_document_id, title: titles.get(r.article_document_id)!, count: Number(r.n) }));
  },
});
