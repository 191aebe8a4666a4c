import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UIDS, WEBHOOK_EVENTS } from '../../../shared/constants';
import type { StaffReplyBody } from '../../../shared/staff-replies';
import type { QueueItem } from '../../../shared/moderation-api';
import { insertComment } from './comment.repository';
import { cleanText, textHash } from './comment-text';
import { getService } from '../core/get-service';
import { actorName, type Actor } from './moderation.service';

/** The name readers see on a staff reply: the admin's name, never their email (it is public). */
export const staffDisplayName = (a: Actor & { username?: string | null }) =>
  (
    [a.firstname, a.lastname].filter(Boolean).join(' ').trim() ||
    a.username?.trim() ||
    'Newsroom staff'
  ).slice(0, 120);

/** Staff replies: a moderator answers a published comment from the admin, approved at once. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async reply(
    parentDocumentId: string,
    input: StaffReplyBody,
    actor: Actor & { username?: string | null },
  ): Promise<QueueItem> {
    const text = cleanText(input.body);
    if (text.length < 2) throw new errors.ValidationError('body: is too short', { field: 'body' });
    const parent = await strapi.db.query(UIDS.comment as any).findOne({
      select: ['id', 'documentId', 'status', 'articleDocumentId'],
      where: { documentId: parentDocumentId },
    });
    if (!parent) throw new errors.NotFoundError('Comment not found');
    if (parent.status !== 'approved') {
      // Readers would never see it: replies show under published comments only.
      throw new errors.ApplicationError('Only a published comment can be answered: approve it first', {
        conflict: true,
      });
    }
    const article = await strapi.db.query(UIDS.article as any).findOne({
      select: ['id'],
      where: { documentId: parent.articleDocumentId },
      orderBy: { publishedAt: 'asc' },
    });
    if (!article) throw new errors.NotFoundError('Article not found');
    const name = staffDisplayName(actor);
    const moderation = getService('moderation', strapi);
    const created = await strapi.db.transaction(async ({ trx }: any) => {
      const row = await insertComment(strapi, trx, {
        body: text,
        authorName: name,
        authorEmail: null,
        articleId: article.id,
        articleDocumentId: parent.articleDocumentId,
        parentId: parent.id,
        status: 'approved',
        moderationReasons: [],
        reasonRules: null,
        origin: 'staff',
        ipHash: null,
        clientKey: null,
        textHash: textHash(text),
        isStaff: true,
      });
      const common = {
        fromStatus: null,
        actorType: 'admin' as const,
        actor: actor.id,
        actorName: actorName(actor),
      };
      await moderation.recordEvents([
        {
          ...common,
          commentDocumentId: row.documentId,
          action: 'staff-reply',
          toStatus: 'approved',
          note: `Reply to ${parent.documentId}`,
        },
        {
          ...common,
          commentDocumentId: parent.documentId,
          action: 'staff-reply',
          toStatus: null,
          fromStatus: null,
          note: `Answered by ${name} (${row.documentId})`,
        },
      ]);
      return row;
    });
    moderation.countsChanged();
    moderation.emit(WEBHOOK_EVENTS.EDITORIAL_COMMENT_CREATED, {
      documentId: created.documentId,
      articleDocumentId: parent.articleDocumentId,
      status: 'approved',
      authorName: name,
      body: text,
      postedAt: created.postedAt.toISOString(),
      isStaff: true,
    });
    return moderation.item(created.documentId);
  },
});
