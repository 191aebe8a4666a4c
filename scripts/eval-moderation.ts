/**
 * `npm run eval:moderation -- GOLD.jsonl [--json]`: moderates the texts of a gold file with the
 * default settings on an open article, writes the predictions to a temporary file and prints the
 * shared scorer's table. The scorer is ../shared/eval/score-moderation.mjs from the repository
 * root, or $SHARED_EVAL_DIR/score-moderation.mjs.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  compileModerationSettings,
  defaultModerationSettings,
  moderateComment,
} from '../plugins/editorial/server/src/moderation';

function main(): void {
  const args = process.argv.slice(2);
  const gold = args.find((a) => !a.startsWith('--'));
  if (!gold) {
    process.stderr.write('usage: eval:moderation GOLD.jsonl [--json]\n');
    process.exit(2);
  }
  const repoRoot = path.resolve(__dirname, '..');
  const evalDir = process.env.SHARED_EVAL_DIR ?? path.resolve(repoRoot, '..', 'shared', 'eval');
  const scorer = path.join(evalDir, 'score-moderation.mjs');
  if (!fs.existsSync(scorer)) {
    process.stderr.write(`scorer not found: ${scorer} (set SHARED_EVAL_DIR)\n`);
    process.exit(2);
  }
  const rows = fs
    .readFileSync(gold, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; text: string });
  const compiled = compileModerationSettings(defaultModerationSettings);
  const started = process.hrtime.bigint();
  const lines = rows.map((r) => {
    const { decision, reasons } = moderateComment({ text: r.text }, compiled, { articleMode: 'open' });
    return JSON.stringify({ id: r.id, decision, reasons });
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eval-moderation-'));
  const predPath = path.join(dir, 'pred.jsonl');
  fs.writeFileSync(predPath, lines.join('\n') + '\n');
  console.log(`${path.basename(gold)}: ${rows.length} comments moderated in ${ms.toFixed(0)} ms`);
  const passThrough = args.filter((a) => a !== gold);
  const run = spawnSync(process.execPath, [scorer, gold, predPath, ...passThrough], { encoding: 'utf8' });
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  if (!process.env.KEEP_PREDICTIONS) fs.rmSync(dir, { recursive: true, force: true });
  else console.log(`predictions: ${predPath}`);
  process.exit(run.status ?? 1);
}

main();
