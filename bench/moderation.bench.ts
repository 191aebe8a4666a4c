/**
 * Auto-moderation engine throughput (pure engine, no database): comments per second on one core
 * with the default settings (the toxic-span model refining spans) and with the rules alone, over a generated mix of comments (calm, insulting, disguised
 * profanity, links, shouting, long posts), without and with 50 recent comments of context for the
 * duplicate rule, plus median and p95 time per comment.
 *
 * Standalone: `npx tsx bench/moderation.bench.ts`; or via `npm run bench -- moderation`.
 */
import {
  compileModerationSettings,
  defaultModerationSettings,
  moderateComment,
  type ModerationContext,
  type ModerationSettings,
} from '../plugins/editorial/server/src/moderation/engine';
import { ToxicSpanModel, type ModelWeights } from '../plugins/editorial/server/src/moderation/engine/model';
import fs from 'node:fs';
import path from 'node:path';
import * as prand from 'pure-rand';

/** Deterministic numbers in [0, 1) from a seed (pure-rand's xoroshiro128+), so a run can be replayed. */
function prng(seed: number): () => number {
  const generator = prand.xoroshiro128plus(seed);
  return () => prand.unsafeUniformIntDistribution(0, 0xffffffff, generator) / 0x100000000;
}

const CALM = [
  'The ferry timetable in Larkmoor changed again this week and nobody told the commuters.',
  'I have lived on Quarry Lane for twenty years and the potholes have never been this bad.',
  'Good reporting. The council should publish the full budget, not just the summary.',
  'My grandmother ran the bakery on Tidewell Street; glad to see it reopen.',
  'Does anyone know whether the library will keep its Sunday hours after the refit?',
];
const HOSTILE = [
  'You are a complete id10t and so is the mayor.',
  'What a st*pid idea, only m0r0ns would vote for this.',
  'this is sh1t reporting, total garbage',
  'THE EDITOR SHOULD BE ASHAMED OF THIS RUBBISH ARTICLE',
  'Buy now at https://deals.example.com and https://more.example.net and https://x.example.org',
];

function makeComments(n: number, rand: () => number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const pool = rand() < 0.7 ? CALM : HOSTILE;
    const parts = 1 + Math.floor(rand() * 4);
    let text = '';
    for (let p = 0; p < parts; p++) text += `${pool[Math.floor(rand() * pool.length)]} `;
    out.push(text.trim());
  }
  return out;
}

const rulesOnly = {
  ...defaultModerationSettings,
  model: { ...defaultModerationSettings.model, enabled: false },
};

function measure(
  label: string,
  comments: string[],
  context: (i: number) => ModerationContext,
  settings: ModerationSettings = defaultModerationSettings,
): void {
  const compiled = compileModerationSettings(settings);
  for (let i = 0; i < 500; i++)
    moderateComment({ text: comments[i % comments.length] }, compiled, context(i)); // warm-up
  const times: number[] = [];
  const started = process.hrtime.bigint();
  for (let i = 0; i < comments.length; i++) {
    const t0 = process.hrtime.bigint();
    moderateComment({ text: comments[i] }, compiled, context(i));
    times.push(Number(process.hrtime.bigint() - t0) / 1e3);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  times.sort((a, b) => a - b);
  const chars = comments.reduce((n, c) => n + c.length, 0) / comments.length;
  console.log(
    `${label}: ${Math.round(comments.length / seconds).toLocaleString('en-US')} comments/s ` +
      `(${comments.length} comments, mean ${Math.round(chars)} chars; median ${times[times.length >> 1].toFixed(0)} µs, ` +
      `p95 ${times[Math.floor(times.length * 0.95)].toFixed(0)} µs per comment)`,
  );
}

export async function run(): Promise<void> {
  // Reading and parsing the weights and building their tables: paid once per process.
  const t0 = process.hrtime.bigint();
  const weightsFile = path.resolve(
    __dirname,
    '../plugins/editorial/server/src/moderation/engine/model/weights.json',
  );
  const model = new ToxicSpanModel(JSON.parse(fs.readFileSync(weightsFile, 'utf8')) as ModelWeights);
  console.log(
    `toxic-span model load (read, parse, build): ${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(1)} ms ` +
      `(${(fs.statSync(weightsFile).size / 1e6).toFixed(2)} MB, ${model.weights.binary.gaps.length} + ${model.weights.type.gaps.length} weights)`,
  );
  const rand = prng(42);
  const comments = makeComments(20_000, rand);
  measure('moderation (default: rules + model-refined spans), no context', comments, () => ({
    articleMode: 'open',
  }));
  measure(
    'moderation, rules alone (model off), no context',
    comments,
    () => ({ articleMode: 'open' }),
    rulesOnly,
  );
  const now = Date.now();
  const history = comments.slice(0, 50).map((text, i) => ({
    text,
    postedAt: now - i * 60_000,
    sameClient: i % 5 === 0,
    articleId: `a${i % 7}`,
  }));
  measure('moderation, 50 recent comments for duplicates', comments.slice(0, 5_000), () => ({
    articleMode: 'open',
    now,
    recentComments: history,
    authorHistory: { approved: 3, rejected: 0 },
    reportCount: 0,
  }));
}

if (process.argv[1]?.endsWith('moderation.bench.ts')) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
