import type { Core } from '@strapi/strapi';
import {
  QUEUE_ARTICLES_LIMIT,
  type QueueArticle,
  type QueueArticlesQuery,
} from '../../../shared/moderation-api';
import { UIDS } from '../../../shared/constants';
import { modelTable } from '../core/db';

/**
 * The review queue's article filter: articles with comments in a status, most comments first
 * (one grouped count on the comments' article/status index), or those whose title matches `q`.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list({ status, q }: QueueArticlesQuery): Promise<QueueArticle[]> {
    const titles = new Map<string, string>();
    const articles = () => strapi.db.query(UIDS.article as any);
    if (q) {
      const found = await articles().findMany({
        select: ['documentId', 'title', 'publishedAt'],
        where: { title: { $containsi: q } },
        orderBy: [{ updatedAt: 'desc' }],
        limit: QUEUE_ARTICLES_LIMIT * 2,
      });
      for (const a of found as any[])
        if (!titles.has(a.documentId) || a.publishedAt) titles.set(a.documentId, a.title);
      if (!titles.size) return [];
    }
    // Knex: one grouped count on the comments' article/status index (the query engine has no GROUP BY).
    const c = modelTable(strapi, UIDS.comment);
    const article = c.column('articleDocumentId');
    const counts = strapi.db
      .connection(c.name)
      .select({ article_document_id: article })
      .count({ n: '*' })
      .groupBy(article)
      .orderBy([
        { column: 'n', order: 'desc' },
        { column: article, order: 'asc' },
      ])
      .limit(QUEUE_ARTICLES_LIMIT);
    if (status === 'reported')
      counts.where({ [c.column('status')]: 'approved', [c.column('reportFlagged')]: true });
    else if (status !== 'all') counts.where(c.column('status'), status);
    if (q) counts.whereIn(article, [...titles.keys()]);
    const rows = (await counts) as { article_document_id: string; n: number | string }[];
    if (!q && rows.length) {
      const found = await articles().findMany({
        select: ['documentId', 'title', 'publishedAt'],
        where: { documentId: { $in: rows.map((r) => r.article_document_id) } },
      });
      for (const a of found as any[])
        if (!titles.has(a.documentId) || a.publishedAt) titles.set(a.documentId, a.title);
    }
    return rows
      .filter((r) => titles.has(r.article_document_id))
      .map((r) => ({
        documentId: r.article_document_id,
        title: titles.get(r.article_document_id)!,
        count: Number(r.n),
      }));
  },
});
