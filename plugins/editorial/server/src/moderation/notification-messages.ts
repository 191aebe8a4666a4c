/**
 * The notification mails' text: plain data in, subject and text out. Pure (no Strapi import).
 * Reader text is quoted, never interpreted: the mails are plain text.
 */
import type { ReportReason } from '../../../shared/moderation-api';

export interface Mail {
  subject: string;
  text: string;
}

const EXCERPT = 280;
/** A one-paragraph excerpt of a comment (whitespace folded, cut on a word). */
export function excerpt(body: string, max = EXCERPT): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const quoted = (body: string) =>
  excerpt(body)
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n');

export function reportThresholdMail(c: {
  authorName: string;
  body: string;
  articleTitle: string | null;
  reportCount: number;
  threshold: number;
  reasons: { reason: ReportReason; count: number }[];
  hidden: boolean;
  queueUrl: string;
}): Mail {
  const reasons = c.reasons.map((r) => `${r.reason} (${r.count})`).join(', ') || 'none given';
  return {
    subject: `Comment reported ${c.reportCount} times${c.articleTitle ? ` on "${c.articleTitle}"` : ''}`,
    text: [
      `A comment by ${c.authorName} reached the report threshold (${c.reportCount} reports, threshold ${c.threshold}).`,
      `Report reasons: ${reasons}.`,
      c.hidden
        ? 'It is hidden from readers until a moderator decides.'
        : 'It is still public until a moderator decides.',
      '',
      quoted(c.body),
      '',
      `Review it: ${c.queueUrl}`,
    ].join('\n'),
  };
}

export function queueDigestMail(d: {
  held: number;
  pending: number;
  flagged: number;
  reported: number;
  threshold: number;
  oldest: { authorName: string; body: string; articleTitle: string | null; postedAt: string }[];
  queueUrl: string;
}): Mail {
  return {
    subject: `Moderation queue: ${d.held} comments waiting`,
    text: [
      `${d.held} comments are waiting for a moderator (alert threshold ${d.threshold}): ${d.pending} pending, ${d.flagged} flagged; ${d.reported} public comments reported.`,
      '',
      ...(d.oldest.length
        ? [
            'Oldest waiting:',
            ...d.oldest.map(
              (o) =>
                `- ${o.postedAt.slice(0, 16).replace('T', ' ')} UTC, ${o.authorName}${o.articleTitle ? ` on "${o.articleTitle}"` : ''}: ${excerpt(o.body, 120)}`,
            ),
            '',
          ]
        : []),
      `Open the queue: ${d.queueUrl}`,
    ].join('\n'),
  };
}

export function commentApprovedMail(c: {
  authorName: string;
  body: string;
  articleTitle: string | null;
  articleUrl: string | null;
}): Mail {
  return {
    subject: `Your comment is published${c.articleTitle ? ` on "${c.articleTitle}"` : ''}`,
    text: [
      `Hello ${c.authorName},`,
      '',
      'Your comment was approved by our moderators and is now public:',
      '',
      quoted(c.body),
      ...(c.articleUrl ? ['', `Read the discussion: ${c.articleUrl}`] : []),
      '',
      'You receive this mail because you asked to be notified about this comment.',
    ].join('\n'),
  };
}

export function replyApprovedMail(r: {
  parentAuthorName: string;
  parentBody: string;
  replyAuthorName: string;
  replyBody: string;
  isStaff: boolean;
  articleTitle: string | null;
  articleUrl: string | null;
}): Mail {
  const who = r.isStaff ? `${r.replyAuthorName} (newsroom staff)` : r.replyAuthorName;
  return {
    subject: `${who} answered your comment${r.articleTitle ? ` on "${r.articleTitle}"` : ''}`,
    text: [
      `Hello ${r.parentAuthorName},`,
      '',
      `${who} answered your comment:`,
      '',
      quoted(r.parentBody),
      '',
      `${who} wrote:`,
      '',
      quoted(r.replyBody),
      ...(r.articleUrl ? ['', `Read the discussion: ${r.articleUrl}`] : []),
      '',
      'You receive this mail because you asked to be notified about this comment.',
    ].join('\n'),
  };
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/**
 * The HTML part of a mail: its text, escaped, lines kept. Without it the email provider would
 * send the text itself as HTML, readers' words included.
 */
export function htmlOf(text: string): string {
  const escaped = text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
  return `<div style="white-space:pre-wrap;font-family:sans-serif">${escaped}</div>`;
}
