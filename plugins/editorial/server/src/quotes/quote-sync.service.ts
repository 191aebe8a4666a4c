import type { Core } from '@strapi/strapi';
import { getService } from '../core/get-service';
import { extractQuotes, type EngineQuote } from './sync/quote-engine';
import { FIXTURES } from './engine/fixtures';
import { syncVersion, lockQuoteSync, prepareCreate, type PreparedCreate } from './sync/sync';
import type { QuoteSettings } from '../../../shared/settings';
import type { Status } from '../core/db';
import { runMigrations } from './migrations';

export type QuoteSyncAction = 'create' | 'update' | 'publish' | 'unpublish' | 'discardDraft' | 'delete';

/** Which versions of the article an action can change. */
export function versionsFor(action: QuoteSyncAction, params: any): Status[] {
  if (action === 'create' || action === 'update')
    return params?.status === 'published' ? ['draft', 'published'] : ['draft'];
  return ['draft', 'published'];
}

/** Keeps an article's quotes and sources in step with its text (draft and published versions). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The plugin's data migrations (quotes/migrations/index.ts); bootstrap runs the pending ones. */
  runMigrations(options: { rerun?: string[] } = {}) {
    return runMigrations(strapi, options);
  },

  /** The extractor; replaced in tests to exercise the failure path. */
  extract(text: string): EngineQuote[] {
    return extractQuotes(text);
  },

  /**
   * Runs the extractor over the engine's sample articles before the first request, so the first
   * editor saves do not pay for the JIT compiling its rules: cold, an extraction costs several
   * times its warm time (quotes-save bench, create: ratio 1.39 cold against 1.2x warm).
   */
  warmUp(rounds = 60): void {
    for (let r = 0; r < rounds; r++) for (const { text } of FIXTURES) extractQuotes(text);
  },

  /**
   * Before a new draft is inserted: the quote settings, and when extraction is on, the body's
   * quotes with the extraction state to store in the insert (null if extraction failed).
   */
  async prepareCreate(body: string): Promise<{ settings: QuoteSettings; prepared: PreparedCreate | null }> {
    const settings = await getService('settings', strapi).getQuoteSettings();
    if (!settings.extractionEnabled) return { settings, prepared: null };
    return { settings, prepared: prepareCreate((text) => this.extract(text), body, settings.minConfidence) };
  },

  async syncArticle(
    documentId: string,
    statuses: Status[] = ['draft', 'published'],
    options: {
      force?: boolean;
      created?: boolean;
      createdRow?: { id: number; body: string | null };
      reresolve?: boolean;
      /** Settings already read for this save, and what `prepareCreate` extracted. */
      settings?: QuoteSettings;
      prepared?: PreparedCreate | null;
    } = {},
  ) {
    const settings = options.settings ?? (await getService('settings', strapi).getQuoteSettings());
    if (!settings.extractionEnabled && !options.force) return { skipped: true as const, results: [] };
    return strapi.db.transaction(async ({ trx }: any) => {
      await lockQuoteSync(strapi, trx);
      const results = [];
      for (const status of statuses) {
        results.push(
          await syncVersion(strapi, trx, documentId, status, {
            extract: (text) => this.extract(text),
            minConfidence: settings.minConfidence,
            full: !!options.force,
            created: !!options.created,
            reresolve: !!options.reresolve,
            createdRow: status === 'draft' ? options.createdRow : undefined,
            prepared: status === 'draft' && options.createdRow ? (options.prepared ?? undefined) : undefined,
          }),
        );
      }
      return { skipped: false as const, results };
    });
  },
});
