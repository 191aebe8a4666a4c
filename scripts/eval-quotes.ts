/**
 * `npm run eval:quotes -- GOLD.jsonl [--theta 0.5]`: runs the extractor over the texts of a
 * gold file, writes the predictions to a temporary file and prints the shared scorer's table.
 * The scorer is ../shared/eval/score-quotes.mjs from the repository root, or
 * $SHARED_EVAL_DIR/score-quotes.mjs.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractQuotes } from '../plugins/editorial/server/src/quotes';

function main(): void {
  const args = process.argv.slice(2);
  const gold = args.find((a) => !a.startsWith('--'));
  if (!gold) {
    process.stderr.write('usage: eval:quotes GOLD.jsonl [--theta 0.5] [--json]\n');
    process.exit(2);
  }
  const repoRoot = path.resolve(__dirname, '..');
  const evalDir = process.env.SHARED_EVAL_DIR ?? path.resolve(repoRoot, '..', 'shared', 'eval');
  const scorer = path.join(evalDir, 'score-quotes.mjs');
  if (!fs.existsSync(scorer)) {
    process.stderr.write(`scorer not found: ${scorer} (set SHARED_EVAL_DIR)\n`);
    process.exit(2);
  }
  const docs = fs
    .readFileSync(gold, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; text: string });
  const started = process.hrtime.bigint();
  const lines = docs.map((d) => JSON.stringify({ id: d.id, quotes: extractQuotes(d.text) }));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eval-quotes-'));
  const predPath = path.join(dir, 'pred.jsonl');
  fs.writeFileSync(predPath, lines.join('\n') + '\n');
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  console.log(`${path.basename(gold)}: ${docs.length} articles, ${(chars / 1024).toFixed(0)} KB, extracted in ${ms.toFixed(1)} ms`);
  const passThrough = args.filter((a) => a !== gold);
  const run = spawnSync(process.execPath, [scorer, gold, predPath, ...passThrough], { encoding: 'utf8' });
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  if (!process.env.KEEP_PREDICTIONS) fs.rmSync(dir, { recursive: true, force: true });
  else console.log(`predictions: ${predPath}`);
  process.exit(run.status ?? 1);
}

main();
