/**
 * `npm run eval:quotes` (no file): runs the extractor over polnear-train, polnear-dev and
 * seeds-gold from the shared eval folder and prints them side by side, one row per measure
 * (quoted, all, and recall per gold type: direct, mixed, indirect).
 * `npm run eval:quotes -- GOLD.jsonl [--theta 0.5] [--json]`: one file, the shared scorer's table.
 */
import fs from 'node:fs';
import path from 'node:path';
import { extractQuotes } from '../plugins/editorial/server/src/quotes/engine';
import { runEval, scoreFile, sharedEvalDir, type EvalSpec } from './eval-runner';

type Row = { id: string; text: string };

const spec: EvalSpec<Row> = {
  scorer: 'score-quotes.mjs',
  usage: 'eval:quotes [GOLD.jsonl] [--theta 0.5] [--json]',
  predict: (d) => JSON.stringify({ id: d.id, quotes: extractQuotes(d.text) }),
  summary: (gold, docs, ms) => {
    const chars = docs.reduce((n, d) => n + d.text.length, 0);
    return `${path.basename(gold)}: ${docs.length} articles, ${(chars / 1024).toFixed(0)} KB, extracted in ${ms.toFixed(1)} ms`;
  },
};

/** The files compared side by side when no file is given: develop on train, confirm on dev. */
const SETS = ['polnear-train.jsonl', 'polnear-dev.jsonl', 'seeds-gold.jsonl'];

interface ScoreRow {
  gold: number;
  pred: number;
  P: number | null;
  R: number | null;
  F1: number | null;
  speakerAcc: number | null;
  entityAcc: number | null;
}

function sideBySide(): void {
  const dir = sharedEvalDir();
  const theta = process.argv.includes('--theta')
    ? ['--theta', process.argv[process.argv.indexOf('--theta') + 1]]
    : [];
  const results: Array<{ name: string; rows: Record<string, ScoreRow> }> = [];
  for (const file of SETS) {
    const gold = path.join(dir, file);
    if (!fs.existsSync(gold)) {
      process.stderr.write(`skipped (not found): ${gold}\n`);
      continue;
    }
    const run = scoreFile(spec, gold, ['--json', ...theta]);
    if (run.status !== 0) {
      process.stderr.write(run.stderr);
      process.exit(run.status);
    }
    console.log(spec.summary(gold, run.rows, run.ms));
    results.push({ name: file.replace(/\.jsonl$/, ''), rows: JSON.parse(run.stdout).rows });
  }
  const f = (x: number | null | undefined): string =>
    typeof x === 'number' && Number.isFinite(x) ? x.toFixed(3) : '  -  ';
  const measures: Array<[string, keyof ScoreRow]> = [
    ['F1', 'F1'],
    ['P', 'P'],
    ['R', 'R'],
    ['spk', 'speakerAcc'],
    ['ent', 'entityAcc'],
  ];
  const width = 8 + measures.length * 7;
  console.log(`\nrow      ${results.map((r) => r.name.padEnd(width)).join('')}`);
  console.log(
    `         ${results.map(() => (' gold  ' + measures.map(([m]) => m.padStart(6)).join(' ')).padEnd(width)).join('')}`,
  );
  for (const row of ['quoted', 'all', 'direct', 'mixed', 'indirect']) {
    const cells = results.map((r) => {
      const s = r.rows[row];
      // precision is not defined per gold type: those rows give recall (and speaker accuracy)
      const perType = row !== 'quoted' && row !== 'all';
      return (
        String(s.gold).padStart(5) +
        '  ' +
        measures
          .map(([, k]) =>
            (perType && (k === 'F1' || k === 'P') ? '  -  ' : f(s[k] as number | null)).padStart(6),
          )
          .join(' ')
      ).padEnd(width);
    });
    console.log(`${row.padEnd(9)}${cells.join('')}`);
  }
  const [train, dev] = results;
  if (train && dev && train.name.includes('train') && dev.name.includes('dev')) {
    const gap = (k: 'quoted' | 'all', m: keyof ScoreRow): string =>
      f(Math.abs((dev.rows[k][m] as number) - (train.rows[k][m] as number)));
    console.log(
      `\ndev - train gap: quoted F1 ${gap('quoted', 'F1')}, speaker ${gap('quoted', 'speakerAcc')}, all F1 ${gap('all', 'F1')}`,
    );
  }
}

if (process.argv.slice(2).some((a) => !a.startsWith('--') && !/^\d/.test(a))) runEval(spec);
else sideBySide();
