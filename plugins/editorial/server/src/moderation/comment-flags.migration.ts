import type { Core } from '@strapi/strapi';
import { UIDS } from '../../../shared/constants';

/**
 * Comments stored before staff replies and the "notify me" choice have no value in those columns
 * (Strapi applies attribute defaults to new rows only): they are readers' comments without the
 * choice. Through the query engine; idempotent.
 */
export async function fillCommentFlags(strapi: Core.Strapi) {
  const comments = strapi.db.query(UIDS.comment as any);
  const staff = await comments.updateMany({ where: { isStaff: { $null: true } }, data: { isStaff: false } });
  const notify = await comments.updateMany({
    where: { notifyAuthor: { $null: true } },
    data: { notifyAuthor: false },
  });
  return { isStaff: staff.count, notifyAuthor: notify.count };
}
