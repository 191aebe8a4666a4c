import { createHash } from 'node:crypto';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export interface CommenterFacts {
  authorUserId?: number | null;
  authorEmail?: string | null;
  authorName?: string | null;
  ipHash?: string | null;
}

/**
 * The identity keys of a commenter (shared/commenter-bans.ts), strongest first: their reader
 * account, their email (hashed, so a ban list holds no addresses), their name from their client
 * address. Pure.
 */
export function identityKeys(c: CommenterFacts): string[] {
  const keys: string[] = [];
  if (c.authorUserId) keys.push(`user:${c.authorUserId}`);
  if (c.authorEmail) keys.push(`email:${sha256(c.authorEmail.trim().toLowerCase())}`);
  if (c.authorName && c.ipHash)
    keys.push(`name:${sha256(`${c.authorName.trim().toLowerCase()}|${c.ipHash}`)}`);
  return keys;
}
