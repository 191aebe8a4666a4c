import type { Core } from '@strapi/strapi';
import { cleanSourceAliases } from './clean-source-aliases';
import { fillCommentFlags } from '../../moderation/comment-flags.migration';
import { UIDS } from '../../../../shared/constants';
import { kx, tableOf } from '../../core/db';

/**
 * Quotes stored before the review state, below the minimum confidence, wait for an editor like new
 * ones (out of the public API until verified). Editor decisions (verified, rejected) stay.
 */
async function markQuotesForReview(strapi: Core.Strapi) {
  const { minConfidence } = await strapi.plugin('editorial').service('settings').getQuoteSettings();
  const updated = await kx(strapi, null, tableOf(strapi, UIDS.quote))
    .where('state', 'extracted')
    .andWhere('confidence', '<', minConfidence)
    .update({ state: 'needs_review', updated_at: new Date() });
  return { quotes: Number(updated) };
}

/**
 * The plugin's data migrations: run once each, in order, at bootstrap once the schema is synced
 * (they need the new columns and the plugin's services, which database/migrations runs before).
 * Each is idempotent; the names of those done are kept in the plugin store.
 */
export const MIGRATIONS: { name: string; up: (strapi: Core.Strapi) => Promise<unknown> }[] = [
  { name: '2026-12-01-clean-source-aliases', up: cleanSourceAliases },
  { name: '2026-12-01-quotes-needs-review', up: markQuotesForReview },
  { name: '2026-12-01-comment-staff-and-notify-flags', up: fillCommentFlags },
];

const KEY = 'migrations-done';

export async function runMigrations(strapi: Core.Strapi, options: { rerun?: string[] } = {}) {
  const store = strapi.store({ type: 'plugin', name: 'editorial' });
  const done = new Set<string>(((await store.get({ key: KEY })) as string[] | null) ?? []);
  const results: Record<string, unknown> = {};
  for (const m of MIGRATIONS) {
    if (done.has(m.name) && !options.rerun?.includes(m.name)) continue;
    results[m.name] = await m.up(strapi);
    done.add(m.name);
    await store.set({ key: KEY, value: [...done] });
    strapi.log.info(`[editorial] migration ${m.name} done`);
  }
  return results;
}
