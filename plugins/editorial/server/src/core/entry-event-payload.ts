import type { Core } from '@strapi/strapi';
import { UIDS } from '../../../shared/constants';

/** An article's relations that grow without bound: entry events carry their counts. */
export const COUNTED_IN_EVENTS = ['quotes', 'comments'] as const;

/**
 * Whether a findOne is the one Strapi's document service makes for an entry event (webhooks,
 * `entry.create` / `update` / `publish`): `where: { id }` and every relation populated in full,
 * as `{ select: undefined }` (`@strapi/core` document-service/events.js with getDeepPopulate).
 * No other caller asks for every relation with an unset `select`.
 */
export function isEntryEventRead(params: any): boolean {
  const populate = params?.populate;
  const where = params?.where;
  if (!populate || typeof populate !== 'object' || Array.isArray(populate)) return false;
  if (!where || Object.keys(where).length !== 1 || where.id == null) return false;
  const entries = Object.entries(populate);
  return (
    COUNTED_IN_EVENTS.every((name) => name in populate) &&
    entries.every(
      ([, value]) =>
        value !== null &&
        typeof value === 'object' &&
        Object.keys(value).length === 1 &&
        'select' in value &&
        (value as { select?: unknown }).select === undefined,
    )
  );
}

/**
 * Entry events for articles carry `quotes: { count }` and `comments: { count }` instead of every
 * quote and comment in full. Strapi loads and sanitizes the whole entry for each event as the save
 * commits, on the same event loop as the save: an article with thousands of comments loaded them
 * all on every save, and loading the quotes was a large part of what extraction added to an
 * editor's create (`npm run bench -- quotes-save`, docs/benchmarks.md). Webhook consumers get
 * the article itself and its relation counts, as the content manager shows them.
 */
export function subscribeEntryEventPayload(strapi: Core.Strapi) {
  strapi.db.lifecycles.subscribe({
    models: [UIDS.article],
    async beforeFindOne(event: any) {
      if (!isEntryEventRead(event.params)) return;
      const populate = { ...event.params.populate };
      for (const name of COUNTED_IN_EVENTS) populate[name] = { count: true };
      event.params.populate = populate;
    },
  } as any);
}
