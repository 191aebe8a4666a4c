import crypto from 'node:crypto';

/** Normalised form of a comment used for duplicate detection (case, punctuation, spacing). */
export const normaliseText = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
export const textHash = (s: string) =>
  crypto.createHash('sha256').update(normaliseText(s)).digest('hex').slice(0, 40);
/** "|rule-a|rule-b|" so the queue can filter on a rule with an indexed-friendly LIKE. */
export const ruleList = (reasons: { rule: string }[]) =>
  reasons.length ? `|${[...new Set(reasons.map((r) => r.rule))].join('|')}|` : null;
/** Plain text as stored: control characters (except newlines and tabs) removed, line endings normalised. */
export const cleanText = (s: string) =>
  s
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex -- strips control characters on purpose
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .trim();
