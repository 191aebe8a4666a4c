/**
 * Quote extraction benchmark: median and p95 time per ~5 KB article over a generated corpus of
 * realistic news articles (invented names, templated sentences in the shapes real copy uses),
 * throughput on one core, and the time for 1 MB pathological inputs (unmatched quote marks,
 * no sentence ends, one long line).
 *
 * Standalone: `npx tsx bench/quotes.bench.ts`; or via `npm run bench -- quotes`.
 */
import { extractQuotes } from '../plugins/editorial/server/src/quotes/engine';
import * as prand from 'pure-rand';

/** Deterministic numbers in [0, 1) from a seed (pure-rand's xoroshiro128+), so a run can be replayed. */
function prng(seed: number): () => number {
  const generator = prand.xoroshiro128plus(seed);
  return () => prand.unsafeUniformIntDistribution(0, 0xffffffff, generator) / 0x100000000;
}

const FIRST = [
  'Amara',
  'Kofi',
  'Ilse',
  'Tomas',
  'Lena',
  'Pieter',
  'Hilde',
  'Ivo',
  'Petra',
  'Jonas',
  'Ana',
  'Oren',
];
const LAST = [
  'Oduya',
  'Brandt',
  'Varga',
  'Quill',
  'Sorvik',
  'Holm',
  'Brun',
  'Marek',
  'Lund',
  'Ekholm',
  'Prieto',
  'Palk',
];
const ROLES = [
  'a spokeswoman for the Harbour Board',
  'the city’s chief engineer',
  'a senior aide to the governor',
  'an economist at Northfield University',
];
const OUTLETS = ['The Northern Ledger', 'The Harbour Gazette', 'The Valley Courier'];
const ORGS = ['the Ministry of Ports', 'the Water Authority', 'the Orchard Growers Union'];
const ANON = [
  'a senior official',
  'one regional security official',
  'two people familiar with the talks',
  'a former minister',
];
const CLAUSES = [
  'the bridge would reopen before the winter storms',
  'the budget for the new ferries had doubled since the spring',
  'nobody in the council had read the final report',
  'the strike could spread to the northern ports within a week',
  'talks with the rebels had stalled over the question of prisoners',
  'the price of grain would keep rising until the border reopened',
];
const QUOTES = [
  'We have waited long enough for answers, and the families on the waterfront deserve them now',
  'Nobody expected the river to rise this fast, and nobody was ready for it',
  'If the ministry wanted this to work, why did it cut the money in March?',
  'This is a question of trust, not of money, and trust has run out',
  'We will keep the port open as long as it is safe to do so',
];
const FILLER = [
  'The harbour has been closed for three weeks, the longest shutdown since the flood of 1998.',
  'Dozens of fishing boats remain tied up along the eastern quay, their crews idle.',
  'Trade through the port fell by a third in the last quarter, according to figures published on Monday.',
  'The council meets again on Thursday, when a vote on the emergency budget is expected.',
  'Shops along Quay Street have reported a sharp drop in visitors since the closure began.',
];

function pick<T>(rand: () => number, list: T[]): T {
  return list[Math.floor(rand() * list.length)];
}

/** One ~5 KB article mixing direct, mixed, indirect and continuation quotes with filler. */
export function generateArticle(rand: () => number, targetBytes = 5000): string {
  const paragraphs: string[] = [];
  const first = pick(rand, FIRST);
  const last = pick(rand, LAST);
  const outlet = pick(rand, OUTLETS);
  paragraphs.push(`${pick(rand, FILLER)} ${outlet} reported on Monday that ${pick(rand, CLAUSES)}.`);
  paragraphs.push(`${first} ${last}, ${pick(rand, ROLES)}, said ${pick(rand, CLAUSES)}.`);
  while (paragraphs.join('\n\n').length < targetBytes) {
    const r = rand();
    const quote = pick(rand, QUOTES);
    if (r < 0.15) paragraphs.push(`“${quote},” Mr. ${last} said. “${pick(rand, QUOTES)}.”`);
    else if (r < 0.25) paragraphs.push(`“${quote},” said ${pick(rand, ANON)}.`);
    else if (r < 0.35)
      paragraphs.push(
        `${pick(rand, ORGS)[0].toUpperCase()}${pick(rand, ORGS).slice(1)} said in a statement that ${pick(rand, CLAUSES)}, calling the decision “${quote.toLowerCase()}.”`,
      );
    else if (r < 0.45)
      paragraphs.push(`But the paper, citing ${pick(rand, ANON)}, said ${pick(rand, CLAUSES)}.`);
    else if (r < 0.55)
      paragraphs.push(`“${quote.split(',')[0]},” the official added, “${pick(rand, QUOTES).toLowerCase()}.”`);
    else if (r < 0.62)
      paragraphs.push(
        `${pick(rand, CLAUSES)[0].toUpperCase()}${pick(rand, CLAUSES).slice(1)}, according to ${pick(rand, ANON)}.`,
      );
    else if (r < 0.7)
      paragraphs.push(`She said there was “${quote.toLowerCase()}” and that ${pick(rand, CLAUSES)}.`);
    else paragraphs.push(`${pick(rand, FILLER)} ${pick(rand, FILLER)}`);
  }
  return paragraphs.join('\n\n');
}

function time(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

export async function run(): Promise<void> {
  const rand = prng(42);
  const corpus = Array.from({ length: 2000 }, () => generateArticle(rand));
  const avgBytes = corpus.reduce((n, a) => n + Buffer.byteLength(a), 0) / corpus.length;
  let quotes = 0;
  for (const article of corpus.slice(0, 300)) quotes += extractQuotes(article).length; // warm-up
  const perArticle: number[] = [];
  const total = time(() => {
    for (const article of corpus) perArticle.push(time(() => extractQuotes(article)));
  });
  perArticle.sort((a, b) => a - b);
  console.log(
    `corpus: ${corpus.length} generated articles, mean ${(avgBytes / 1024).toFixed(1)} KB, ~${(quotes / 300).toFixed(1)} quotes per article`,
  );
  console.log(
    `median ${percentile(perArticle, 0.5).toFixed(3)} ms/article, p95 ${percentile(perArticle, 0.95).toFixed(3)} ms, max ${perArticle[perArticle.length - 1].toFixed(3)} ms`,
  );
  console.log(
    `throughput ${Math.round(corpus.length / (total / 1000))} articles/s on one core (${((corpus.length * avgBytes) / 1024 / 1024 / (total / 1000)).toFixed(1)} MB/s)`,
  );

  const MB = 1_000_000;
  const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
  const pathological: Array<[string, string]> = [
    ['1 MB of unmatched opening quotes', fill('“ he said ')],
    ['1 MB of straight quotes, odd count', fill('" a, said b "" c ') + '"'],
    ['1 MB with no sentence end', fill('the official said that the minister told the paper ')],
    ['1 MB single line of quoted fragments', fill('“word” and “another” said Mr. Roe, ')],
    [
      '1 MB real-looking article repeated on one line',
      fill(generateArticle(prng(7), 5000).replace(/\n/g, ' ') + ' '),
    ],
  ];
  for (const [name, text] of pathological) {
    let n = 0;
    const ms = time(() => {
      n = extractQuotes(text).length;
    });
    console.log(`${name}: ${ms.toFixed(0)} ms (${n} quotes)`);
  }
}

if (process.argv[1]?.endsWith('quotes.bench.ts')) {
  run().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
