/**
 * Contract of the email notifications and of the ban behaviour: two groups of the moderation
 * settings (GET/PUT /editorial/settings/moderation, next to the rule groups), validated here.
 *
 *  - notifications.reports: moderators get one mail per comment when its reader reports reach the
 *    report threshold (settings `reports.threshold`).
 *  - notifications.queueDigest: one mail when the held queue (pending + flagged) has reached
 *    `threshold` comments, at most once per `intervalMinutes`.
 *  - notifications.readers: readers who ticked "notify me" (submit field `notify: true` with an
 *    `authorEmail`) hear when their comment is approved, and when a reply under it is approved.
 *  - bans.onSubmit: what a banned or suspended commenter's submission gets: 'refuse' (403) or
 *    'hold' (stored as pending, with a 'banned' reason).
 * Recipients empty = every active admin user holding plugin::editorial.moderate.
 */
import { z } from 'zod';

export const BAN_SUBMIT_MODES = ['refuse', 'hold'] as const;
export type BanSubmitMode = (typeof BAN_SUBMIT_MODES)[number];

const recipients = z.array(z.email().max(254)).max(50);

export const notificationSettingsSchema = z
  .object({
    reports: z.object({ enabled: z.boolean(), recipients }).strict(),
    queueDigest: z
      .object({
        enabled: z.boolean(),
        threshold: z.number().int().min(1).max(100000),
        intervalMinutes: z
          .number()
          .int()
          .min(5)
          .max(7 * 24 * 60),
        recipients,
      })
      .strict(),
    readers: z.object({ enabled: z.boolean() }).strict(),
  })
  .strict();
export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;

export const banSettingsSchema = z.object({ onSubmit: z.enum(BAN_SUBMIT_MODES) }).strict();
export type BanSettings = z.infer<typeof banSettingsSchema>;

export const defaultNotificationSettings: NotificationSettings = {
  reports: { enabled: true, recipients: [] },
  queueDigest: { enabled: false, threshold: 50, intervalMinutes: 60, recipients: [] },
  readers: { enabled: true },
};
export const defaultBanSettings: BanSettings = { onSubmit: 'refuse' };

/** The mails the plugin sends; with the subject's documentId they key the sent-mail log (no duplicates). */
export const NOTIFICATION_EVENTS = [
  'report-threshold',
  'queue-digest',
  'comment-approved',
  'reply-approved',
] as const;
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];
