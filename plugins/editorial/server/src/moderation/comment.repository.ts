import type { Core } from '@strapi/strapi';
import { UIDS } from '../../../shared/constants';
import { joinInfo, kx, modelTable, newDocumentId } from '../core/db';
import { rulesOf } from './reason-index';

export interface NewComment {
  body: string;
  authorName: string;
  authorEmail: string | null;
  articleId: number;
  articleDocumentId: string;
  parentId: number | null;
  status: string;
  moderationReasons: unknown;
  reasonRules: string | null;
  origin: string;
  ipHash: string | null;
  clientKey: string | null;
  textHash: string;
  /** The signed-in reader account (users-permissions user id) that posted it, if any. */
  authorUserId?: number | null;
  /** The reader asked to be mailed when it is approved or answered. */
  notifyAuthor?: boolean;
  /** A staff reply from the admin. */
  isStaff?: boolean;
}

/**
 * Writes a reader's comment with plain inserts inside the caller's transaction: the row (with
 * the same columns Strapi's query engine writes, published_at included), its article link (at the
 * end of the article's comments), its parent link and its reasons-index rows. The query engine
 * would add a read of the link order and a read of the row back; a submission is the busiest
 * write path, so it is written directly (the reasons index's lifecycle does not see these rows,
 * hence the explicit insert). Measured by `npm run bench -- comments` (submissions per second).
 */
export async function insertComment(
  strapi: Core.Strapi,
  trx: any,
  c: NewComment,
): Promise<{ id: number; documentId: string; postedAt: Date }> {
  const now = new Date();
  const documentId = newDocumentId();
  const comments = modelTable(strapi, UIDS.comment);
  const [inserted] = await kx(strapi, trx, comments.name)
    .insert(
      comments.toRow({
        documentId,
        body: c.body,
        authorName: c.authorName,
        authorEmail: c.authorEmail,
        articleDocumentId: c.articleDocumentId,
        status: c.status,
        moderationReasons: c.moderationReasons == null ? null : JSON.stringify(c.moderationReasons),
        reasonRules: c.reasonRules,
        reportCount: 0,
        reportFlagged: false,
        reportsAnswered: 0,
        postedAt: now,
        origin: c.origin,
        ipHash: c.ipHash,
        clientKey: c.clientKey,
        textHash: c.textHash,
        authorUserId: c.authorUserId ?? null,
        notifyAuthor: c.notifyAuthor ?? false,
        isStaff: c.isStaff ?? false,
        version: 0,
        createdAt: now,
        updatedAt: now,
        publishedAt: now,
      }),
    )
    .returning('id');
  const id = Number(typeof inserted === 'object' ? inserted.id : inserted);

  const article = joinInfo(strapi, UIDS.comment, 'article');
  if (article.targetOrder) {
    // Last among the article's comments, as Strapi orders a relation it appends to: one statement.
    const cols = [
      article.ownColumn,
      article.targetColumn,
      article.targetOrder,
      ...(article.ownOrder ? [article.ownOrder] : []),
    ];
    await strapi.db.connection
      .raw(
        `INSERT INTO ?? (${cols.map(() => '??').join(', ')}) SELECT CAST(? AS INTEGER), CAST(? AS INTEGER), COALESCE(MAX(??), 0) + 1${article.ownOrder ? ', 1' : ''} FROM ?? WHERE ?? = ?`,
        [
          article.table,
          ...cols,
          id,
          c.articleId,
          article.targetOrder,
          article.table,
          article.targetColumn,
          c.articleId,
        ],
      )
      .transacting(trx);
  } else {
    await kx(strapi, trx, article.table).insert({
      [article.ownColumn]: id,
      [article.targetColumn]: c.articleId,
      ...(article.ownOrder ? { [article.ownOrder]: 1 } : {}),
    });
  }

  if (c.parentId) {
    const parent = joinInfo(strapi, UIDS.comment, 'parent');
    await kx(strapi, trx, parent.table).insert({
      [parent.ownColumn]: id,
      [parent.targetColumn]: c.parentId,
      ...(parent.ownOrder ? { [parent.ownOrder]: 1 } : {}),
    });
  }

  const rules = rulesOf(c.reasonRules);
  if (rules.length) {
    const reasons = modelTable(strapi, UIDS.commentReason);
    await kx(strapi, trx, reasons.name).insert(
      rules.map((rule) =>
        reasons.toRow({
          commentId: id,
          rule,
          documentId: newDocumentId(),
          createdAt: now,
          updatedAt: now,
          publishedAt: now,
        }),
      ),
    );
  }
  return { id, documentId, postedAt: now };
}
