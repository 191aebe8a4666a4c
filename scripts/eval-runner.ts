/**
 * Shared runner of the `eval:*` commands: reads a gold JSONL file, turns each row into a
 * prediction line, writes them to a temporary file and prints the shared scorer's table. The
 * scorer lives in ../shared/eval from the repository root, or in $SHARED_EVAL_DIR.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface EvalSpec<Row> {
  /** File name of the scorer in the eval folder, e.g. score-quotes.mjs. */
  scorer: string;
  usage: string;
  /** One prediction line (already JSON) per gold row. */
  predict: (row: Row) => string;
  /** The line printed before the table, given the rows and the time the predictions took. */
  summary: (gold: string, rows: Row[], ms: number) => string;
  /** Lines printed after the scorer's table (not in --json mode). */
  after?: (gold: string) => string;
}

export function runEval<Row extends { id: string; text: string }>(spec: EvalSpec<Row>): never {
  const args = process.argv.slice(2);
  const gold = args.find((a) => !a.startsWith('--'));
  if (!gold) {
    process.stderr.write(`usage: ${spec.usage}\n`);
    process.exit(2);
  }
  const repoRoot = path.resolve(__dirname, '..');
  const evalDir = process.env.SHARED_EVAL_DIR ?? path.resolve(repoRoot, '..', 'shared', 'eval');
  const scorer = path.join(evalDir, spec.scorer);
  if (!fs.existsSync(scorer)) {
    process.stderr.write(`scorer not found: ${scorer} (set SHARED_EVAL_DIR)\n`);
    process.exit(2);
  }
  const rows = fs
    .readFileSync(gold, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
  const started = process.hrtime.bigint();
  const lines = rows.map(spec.predict);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eval-'));
  const predPath = path.join(dir, 'pred.jsonl');
  fs.writeFileSync(predPath, lines.join('\n') + '\n');
  console.log(spec.summary(gold, rows, ms));
  const passThrough = args.filter((a) => a !== gold);
  const run = spawnSync(process.execPath, [scorer, gold, predPath, ...passThrough], { encoding: 'utf8' });
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  if (spec.after && !args.includes('--json') && run.status === 0) console.log(spec.after(gold));
  if (!process.env.KEEP_PREDICTIONS) fs.rmSync(dir, { recursive: true, force: true });
  else console.log(`predictions: ${predPath}`);
  process.exit(run.status ?? 1);
}
