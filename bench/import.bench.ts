/**
 * Import throughput (one run, one machine, side by side), on a fresh SQLite database:
 *  - import:  1,000 generated articles in the seed text shape (headline, date line, dateline,
 *             quoted paragraphs, a "Reader Comments (N)" section) through the import service:
 *             parsing, duplicate check, slug, publication source, article draft, comments with
 *             their moderation outcome and system moderation events, one transaction per file;
 *  - direct:  the same articles and comments (already parsed) created directly with the
 *             document service, one transaction per article.
 * The two run interleaved in chunks so neither gets a warmer cache or a smaller database.
 * BENCH_ARTICLES (default 1000) and BENCH_COMMENTS (comments per article, default 5) scale it.
 */
import path from 'node:path';

const ARTICLES = Number(process.env.BENCH_ARTICLES || 1000);
const COMMENTS = Number(process.env.BENCH_COMMENTS || 5);
const CHUNK = 50;

const NAMES = [
  'Ada Quinlan',
  'Borislav Tamm',
  'Carys Underhill',
  'Dev Okonkwo',
  'Elin Marsh',
  'Farid Castell',
  'Greta Lund',
  'Hugo Penrose',
];
const PLACES = ['KESTON', 'MILLHAVEN', 'ASHCOMBE', 'BRAMLEY', 'SALTMARSH'];

function article(kind: string, i: number): string {
  const place = PLACES[i % PLACES.length];
  const paragraphs = [
    `${place} - The district council voted on Tuesday to spend ${i + 3} million pounds on the ${kind} harbour works (item ${i}), after a year of complaints from fishermen about the state of the north quay.`,
    `“We cannot keep patching the same wall every winter,” said council leader Mara Holloway. “This money rebuilds it properly.”`,
    `The works will start in the spring and last about eighteen months, according to the council's engineers, who said the quay would stay open to boats for most of that time.`,
    `Opposition councillors said the plan had been rushed. Tobias Renner, who leads the largest opposition group, said the council had not asked residents about the new car park that comes with it.`,
    `The harbour board welcomed the vote. Its chair, Ines Calloway, said the quay handled twice as much fish as it did ten years ago and that the old wall was never built for it.`,
    `A public meeting about the car park will be held next month at the town hall.`,
  ];
  const comments = Array.from({ length: COMMENTS }, (_, c) => {
    const minute = String((c * 7) % 60).padStart(2, '0');
    return `  • ${NAMES[(i + c) % NAMES.length]}\n    Oct ${1 + (c % 27)}, 2019 - ${1 + (c % 11)}:${minute}PM\n\n    Comment ${c} on item ${i}: the quay has needed this for years, but the car park is a separate question.\n`;
  });
  return [
    `Council approves ${kind} harbour works number ${i}`,
    '',
    `Published: October ${1 + (i % 28)}, 2019`,
    '',
    ...paragraphs.flatMap((p) => [p, '']),
    `Published in The Harbour Bench Courier, October ${1 + (i % 28)}th, 2019.`,
    '',
    'Facebook Conversations',
    '',
    `Reader Comments (${COMMENTS})`,
    '',
    ...comments.flatMap((c) => [c, '']),
    'More in Harbour',
  ].join('\n');
}

export async function run(): Promise<void> {
  const appDir = path.resolve(__dirname, '..');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { compileStrapi } = require('@strapi/strapi');
  await compileStrapi({ appDir, ignoreDiagnostics: true });
  const { startStrapi } = await import('../tests/helpers/strapi');
  const { parseArticle, toDraftData } = await import('../plugins/editorial/server/src/importer/engine');
  const t = await startStrapi({ LOG_LEVEL: 'error' });
  const strapi = t.strapi;
  try {
    const service = strapi.plugin('editorial').service('import');
    const documents = (uid: string) => strapi.documents(uid as any);

    const importFiles = Array.from({ length: ARTICLES }, (_, i) => ({
      filename: `import-${i}.txt`,
      content: article('imported', i),
    }));
    // The direct side gets the same articles, parsed beforehand (parsing is not its job).
    const outlet = await documents('plugin::editorial.source').create({
      data: {
        name: 'The Harbour Bench Courier',
        slug: 'outlet-the-harbour-bench-courier-direct',
        kind: 'outlet',
      } as any,
    });
    const direct = Array.from({ length: ARTICLES }, (_, i) =>
      toDraftData(parseArticle({ content: article('direct', i), filename: `direct-${i}.txt` }), new Date()),
    );

    let importMs = 0;
    let directMs = 0;
    let importedComments = 0;
    let directComments = 0;
    let failed = 0;
    for (let start = 0; start < ARTICLES; start += CHUNK) {
      const end = Math.min(ARTICLES, start + CHUNK);
      let t0 = process.hrtime.bigint();
      for (let i = start; i < end; i++) {
        const draft = direct[i];
        await strapi.db.transaction(async () => {
          const created = await documents('plugin::editorial.article').create({
            data: {
              ...draft.article,
              slug: `direct-${i}`,
              importFingerprint: null,
              publication: outlet.documentId,
            } as any,
          });
          for (const c of draft.comments) {
            await documents('plugin::editorial.comment').create({
              data: {
                body: c.body,
                authorName: c.authorName,
                postedAt: c.postedAt,
                status: c.status,
                origin: 'import',
                articleDocumentId: created.documentId,
                article: created.documentId,
              } as any,
            });
            directComments++;
          }
        });
      }
      directMs += Number(process.hrtime.bigint() - t0) / 1e6;

      t0 = process.hrtime.bigint();
      const { results } = await service.importFiles(importFiles.slice(start, end));
      importMs += Number(process.hrtime.bigint() - t0) / 1e6;
      for (const r of results) {
        if (r.status !== 'created') failed++;
        importedComments += r.commentCount ?? 0;
      }
    }
    if (failed) throw new Error(`${failed} generated article(s) did not import`);

    const line = (label: string, ms: number, comments: number) =>
      console.log(
        `${label.padEnd(52)} ${(ARTICLES / (ms / 1000)).toFixed(1).padStart(7)} articles/s   ${(comments / (ms / 1000)).toFixed(0).padStart(6)} comments/s   ${(ms / 1000).toFixed(1)} s total`,
      );
    const quotes = await strapi
      .plugin('editorial')
      .service('settings')
      .getQuoteSettings()
      .catch(() => null);
    console.log(
      `${ARTICLES} articles × ${COMMENTS} comments, SQLite, one transaction per article; quote extraction on save ${quotes?.extractionEnabled === false ? 'off' : 'on'} (both sides; EDITORIAL_QUOTES_ENABLED=false turns it off)`,
    );
    line('import service (parse + draft + comments + events)', importMs, importedComments);
    line('document service directly (same data, pre-parsed)', directMs, directComments);
    const ratio = importMs / directMs;
    console.log(
      `ratio import / direct: ${ratio.toFixed(2)} (target < 1.5)${ratio < 1.5 ? '' : '  ← over target'}`,
    );
  } finally {
    // Strapi's content history writes versions after each commit, asynchronously: let them
    // finish before the database closes.
    const pool: any = (strapi.db.connection as any).client?.pool;
    for (let i = 0; i < 100 && pool && (pool.numUsed() > 0 || pool.numPendingAcquires() > 0); i++)
      await new Promise((r) => setTimeout(r, 100));
    await t.stop();
  }
}

if (require.main === module) {
  run().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
