/**
 * Contract of staff replies (admin, POST /editorial/moderation/comments/:documentId/replies): a
 * moderator answers a comment from the admin. The reply is approved at once, `isStaff: true`, its
 * author the admin user's display name (firstname lastname, else username, else email).
 */
import { z } from 'zod';
import { COMMENT_LIMITS, type QueueItem } from './moderation-api';

export const staffReplyBodySchema = z
  .object({
    body: z.string().trim().min(2, 'is too short').max(COMMENT_LIMITS.body),
  })
  .strict();
export type StaffReplyBody = z.infer<typeof staffReplyBodySchema>;

/** The reply as a queue item (isStaff true, status approved). 409 when the parent is not approved. */
export interface StaffReplyResponse {
  data: QueueItem;
}
