/**
 * Cost of an article save with quote extraction against the same save with extraction off,
 * side by side in one run, on a real Strapi on SQLite. The article is ~5 KB with 13 quotes.
 * update: the same edit of an existing article (its quotes already stored) with the sync and
 * without it. create: a new article (with extraction on, 13 quotes and their sources are
 * written too). publish: publishing the edited draft (both versions synced).
 * Two views of the same saves, in one run: the document-service call alone (the increment the
 * sync adds to Strapi's own database work) and the editor's save as the admin sends it (an HTTP
 * request to the content manager, logged in as an editor: what an editor waits for).
 *   npm run bench -- quotes-save      (TEST_DB=postgres for PostgreSQL)
 */
import type { AddressInfo } from 'node:net';
import { startStrapi } from '../tests/helpers/strapi';
import { createAdminSession } from '../tests/helpers/auth';
import { longArticle } from '../tests/fixtures/quote-articles';

const ARTICLE = 'plugin::editorial.article';
const ROUNDS = Number(process.env.BENCH_ROUNDS || 40);
/** Rounds run first and not timed: JIT, statement caches and SQLite pages warm up. */
const WARMUP = Number(process.env.BENCH_WARMUP || 6);

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
    console.log(
      `article: ${Buffer.byteLength(base.body)} bytes, ${strapi.plugin('editorial').service('quote-sync').extract(base.body).length} quotes; ${ROUNDS} saves per case after ${WARMUP} warm-up rounds, interleaved`,
    );

    const timings: Record<string, number[]> = {};
    let recording = false;
    const time = async (name: string, fn: () => Promise<unknown>) => {
      const start = process.hrtime.bigint();
      await fn();
      if (recording) (timings[name] ??= []).push(ms(process.hrtime.bigint() - start));
    };

    // One article per mode, both saved once with extraction on: the two start alike (13 quotes
    // linked to each), so an update compares the same save with and without the sync.
    const articles: Record<'on' | 'off', string> = { on: '', off: '' };
    await settings.setQuoteSettings({ extractionEnabled: true, minConfidence: 0 });
    for (const mode of ['on', 'off'] as const) {
      articles[mode] = (
        await docs.create({ data: { title: base.title, slug: `bench-${mode}`, body: base.body } as any })
      ).documentId;
    }

    for (let i = 0; i < WARMUP + ROUNDS; i++) {
      recording = i >= WARMUP;
      // Edit the opening paragraph (every quote offset moves), then restore it next round.
      const body = i % 2 ? base.body : base.body.replace('met on Tuesday', `met on Tuesday evening (${i})`);
      for (const mode of (i % 2 ? ['on', 'off'] : ['off', 'on']) as ('on' | 'off')[]) {
        await settings.setQuoteSettings({ extractionEnabled: mode === 'on', minConfidence: 0 });
        await time(`update ${mode}`, () =>
          docs.update({ documentId: articles[mode], data: { body } as any }),
        );
        await time(`create ${mode}`, () =>
          docs.create({
            data: {
              title: `${base.title} ${i}`,
              slug: `bench-${mode}-${i}`,
              body: longArticle(12, i).body,
            } as any,
          }),
        );
        if (i % 2 === 0) await time(`publish ${mode}`, () => docs.publish({ documentId: articles[mode] }));
      }
    }

    // The editor's save: the same three kinds of save through the content manager's HTTP API.
    const session = await createAdminSession(strapi, t.server, 'Editor');
    const httpServer = t.server.listening
      ? t.server
      : await new Promise<any>((resolve) => t.server.listen(0, '127.0.0.1', () => resolve(t.server)));
    const origin = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
    const cm = `${origin}/content-manager/collection-types/${ARTICLE}`;
    const call = async (method: string, url: string, data?: unknown) => {
      const res = await fetch(url, {
        method,
        headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' },
        body: data === undefined ? undefined : JSON.stringify(data),
      });
      const json: any = await res.json();
      if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(json).slice(0, 200)}`);
      return json;
    };
    const editorArticles: Record<'on' | 'off', string> = { on: '', off: '' };
    await settings.setQuoteSettings({ extractionEnabled: true, minConfidence: 0 });
    for (const mode of ['on', 'off'] as const) {
      editorArticles[mode] = (
        await call('POST', cm, { title: base.title, slug: `editor-${mode}`, body: base.body })
      ).data.documentId;
    }
    for (let i = 0; i < WARMUP + ROUNDS; i++) {
      recording = i >= WARMUP;
      const body = i % 2 ? base.body : base.body.replace('met on Tuesday', `met on Tuesday evening (${i})`);
      for (const mode of (i % 2 ? ['on', 'off'] : ['off', 'on']) as ('on' | 'off')[]) {
        await settings.setQuoteSettings({ extractionEnabled: mode === 'on', minConfidence: 0 });
        await time(`editor update ${mode}`, () => call('PUT', `${cm}/${editorArticles[mode]}`, { body }));
        await time(`editor create ${mode}`, () =>
          call('POST', cm, {
            title: `${base.title} ${i}`,
            slug: `editor-${mode}-${i}`,
            body: longArticle(12, 1000 + i).body,
          }),
        );
        if (i % 2 === 0)
          await time(`editor publish ${mode}`, () =>
            call('POST', `${cm}/${editorArticles[mode]}/actions/publish`, {}),
          );
      }
    }

    const table = (title: string, prefix: string) => {
      console.log(`\n${title}\n`);
      console.log(
        '| save (median ms) | extraction on | extraction off | ratio of medians | median of paired ratios |',
      );
      console.log('| --- | ---: | ---: | ---: | ---: |');
      for (const kind of ['update', 'create', 'publish']) {
        const ons = timings[`${prefix}${kind} on`];
        const offs = timings[`${prefix}${kind} off`];
        const on = median(ons);
        const off = median(offs);
        // Each round saves once with and once without, back to back: the ratio within a round is
        // free of the drift (GC, caches, other processes) between rounds.
        const paired = median(ons.map((x, i) => x / offs[i]));
        console.log(
          `| ${kind} (${ons.length} runs) | ${on.toFixed(2)} | ${off.toFixed(2)} | ${(on / off).toFixed(2)} | ${paired.toFixed(2)} |`,
        );
      }
    };
    table(
      `${strapi.db.dialect.client}: document-service call alone (strapi.documents(...).update / create / publish)`,
      '',
    );
    table(
      `${strapi.db.dialect.client}: the editor's save (HTTP request to the content manager as an editor)`,
      'editor ',
    );
    console.log(
      '\ntarget: ratio < 1.3 for each kind of save (the paired ratio is the one to read on a busy machine)',
    );
  } finally {
    await t.stop();
  }
}

if (require.main === module)
  run().then(
    () => process.exit(0),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
