/**
 * Cost of an article save with quote extraction against the same save with extraction off,
 * side by side in one run, on a real Strapi on SQLite. The article is ~5 KB with 13 quotes.
 * update: the same edit of an existing article (its quotes already stored) with the sync and
 * without it. create: a new article (with extraction on, 13 quotes and their sources are
 * written too). publish: publishing the edited draft (both versions synced).
 *   npm run bench -- quotes-save
 */
import { startStrapi } from '../tests/helpers/strapi';
import { longArticle } from '../tests/fixtures/quote-articles';

const ARTICLE = 'plugin::editorial.article';
const ROUNDS = Number(process.env.BENCH_ROUNDS || 40);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (ns: bigint) => Number(ns) / 1e6;

export async function run(): Promise<void> {
  const t = await startStrapi();
  try {
    const { strapi } = t;
    const settings = strapi.plugin('editorial').service('settings');
    const docs = strapi.documents(ARTICLE as any);
    const base = longArticle(12, 0);
    console.log(`article: ${Buffer.byteLength(base.body)} bytes, ${strapi.plugin('editorial').service('quote-sync').extract(base.body).length} quotes; ${ROUNDS} saves per case, interleaved`);

    const timings: Record<string, number[]> = {};
    const time = async (name: string, fn: () => Promise<unknown>) => {
      const start = process.hrtime.bigint();
      await fn();
      (timings[name] ??= []).push(ms(process.hrtime.bigint() - start));
    };

    // One article per mode, both saved once with extraction on: the two start alike (13 quotes
    // linked to each), so an update compares the same save with and without the sync.
    const articles: Record<'on' | 'off', string> = { on: '', off: '' };
    await settings.setQuoteSettings({ extractionEnabled: true, minConfidence: 0 });
    for (const mode of ['on', 'off'] as const) {
      articles[mode] = (await docs.create({ data: { title: base.title, slug: `bench-${mode}`, body: base.body } as any })).documentId;
    }

    for (let i = 0; i < ROUNDS; i++) {
      // Edit the opening paragraph (every quote offset moves), then restore it next round.
      const body = i % 2 ? base.body : base.body.replace('met on Tuesday', `met on Tuesday evening (${i})`);
      for (const mode of (i % 2 ? ['on', 'off'] : ['off', 'on']) as ('on' | 'off')[]) {
        await settings.setQuoteSettings({ extractionEnabled: mode === 'on', minConfidence: 0 });
        await time(`update ${mode}`, () => docs.update({ documentId: articles[mode], data: { body } as any }));
        await time(`create ${mode}`, () => docs.create({ data: { title: `${base.title} ${i}`, slug: `bench-${mode}-${i}`, body: longArticle(12, i).body } as any }));
        if (i % 4 === 0) await time(`publish ${mode}`, () => docs.publish({ documentId: articles[mode] }));
      }
    }

    console.log('\n| save (median ms) | extraction on | extraction off | ratio |');
    console.log('| --- | ---: | ---: | ---: |');
    for (const kind of ['update', 'create', 'publish']) {
      const on = median(timings[`${kind} on`]);
      const off = median(timings[`${kind} off`]);
      console.log(`| ${kind} (${timings[`${kind} on`].length} runs) | ${on.toFixed(2)} | ${off.toFixed(2)} | ${(on / off).toFixed(2)} |`);
    }
    console.log('\ntarget: ratio < 1.3 for the update of an existing article (the common save)');
  } finally {
    await t.stop();
  }
}

if (require.main === module) run().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
