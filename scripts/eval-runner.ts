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

/**
 * The shared eval folder: $SHARED_EVAL_DIR, else `shared/eval` beside the checkout (a worktree
 * one level deeper finds it one more level up).
 */
export function sharedEvalDir(): string {
  if (process.env.SHARED_EVAL_DIR) return process.env.SHARED_EVAL_DIR;
  const repoRoot = path.resolve(__dirname, '..');
  const candidates = [
    path.resolve(repoRoot, '..', 'shared', 'eval'),
    path.resolve(repoRoot, '..', '..', 'shared', 'eval'),
  ];
  return candidates.find((c) => fs.existsSync(c)) ?? candidates[0];
}

function readRows<Row>(gold: string): Row[] {
  return fs
    .readFileSync(gold, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
}

export interface ScoredRun<Row> {
  rows: Row[];
  ms: number;
  /** The scorer's exit status, stdout and stderr. */
  status: number;
  stdout: string;
  stderr: string;
}

/** Predicts every row of a gold file and runs the scorer on the predictions. */
export function scoreFile<Row extends { id: string; text: string }>(
  spec: EvalSpec<Row>,
  gold: string,
  scorerArgs: string[],
): ScoredRun<Row> {
  const scorer = path.join(sharedEvalDir(), spec.scorer);
  if (!fs.existsSync(scorer)) {
    process.stderr.write(`scorer not found: ${scorer} (set SHARED_EVAL_DIR)\n`);
    process.exit(2);
  }
  const rows = readRows<Row>(gold);
  const started = process.hrtime.bigint();
  const lines = rows.map(spec.predict);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eval-'));
  const predPath = path.join(dir, 'pred.jsonl');
  fs.writeFileSync(predPath, lines.join('\n') + '\n');
  const run = spawnSync(process.execPath, [scorer, gold, predPath, ...scorerArgs], { encoding: 'utf8' });
  if (!process.env.KEEP_PREDICTIONS) fs.rmSync(dir, { recursive: true, force: true });
  else process.stderr.write(`predictions: ${predPath}\n`);
  return { rows, ms, status: run.status ?? 1, stdout: run.stdout, stderr: run.stderr };
}

/** Single-file mode: `eval:x GOLD.jsonl [scorer flags]` prints the summary line and the scorer's table. */
export function runEval<Row extends { id: string; text: string }>(spec: EvalSpec<Row>): never {
  const args = process.argv.slice(2);
  const gold = args.find((a) => !a.startsWith('--'));
  if (!gold) {
    process.stderr.write(`usage: ${spec.usage}\n`);
    process.exit(2);
  }
  const run = scoreFile(
    spec,
    gold,
    args.filter((a) => a !== gold),
  );
  console.log(spec.summary(gold, run.rows, run.ms));
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  if (spec.after && !args.includes('--json') && run.status === 0) console.log(spec.after(gold));
  process.exit(run.status);
}
