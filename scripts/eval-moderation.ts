/**
 * `npm run eval:moderation` (no file): comments-dev then clean-dev from the shared eval folder.
 * `npm run eval:moderation -- GOLD.jsonl [--json] [--rules-only]`: moderates the texts of a gold
 * file with the default settings on an open article and prints the table of the shared scorer
 * (score-moderation.mjs): held shares and the SemEval-2021 Toxic Spans F1. Beside it, the
 * cross-validated figures (rules alone, rules with model-refined spans; raw and at the official
 * test set's 20% share of empty gold lists), read from model/cv-report.json (written by
 * `npm run train:moderation` from five held-out folds; this command does not retrain).
 * The model refines spans by default; `--rules-only` turns it off for the table.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  compileModerationSettings,
  defaultModerationSettings,
  moderateComment,
} from '../plugins/editorial/server/src/moderation/engine';
import { runEval, scoreFile, sharedEvalDir, type EvalSpec } from './eval-runner';

const rulesOnly = process.argv.includes('--rules-only');
const settings = rulesOnly
  ? { ...defaultModerationSettings, model: { ...defaultModerationSettings.model, enabled: false } }
  : defaultModerationSettings;
const modelOn = settings.model.enabled;
const compiled = compileModerationSettings(settings);
const CV_REPORT = path.resolve(
  __dirname,
  '../plugins/editorial/server/src/moderation/engine/model/cv-report.json',
);

interface Stat {
  mean: number;
  sd: number;
  min: number;
  max: number;
}
interface CvSummary {
  semevalF1: Stat;
  semevalF1Spanned: Stat;
  semevalF1Empty: Stat;
  semevalF1Reweighted20: Stat;
  spanPrecision: Stat;
  spanRecall: Stat;
  heldShare: Record<string, Stat>;
}

function crossValidated(gold: string): string {
  if (!fs.existsSync(CV_REPORT)) return 'no cross-validation report (run npm run train:moderation)';
  const report = JSON.parse(fs.readFileSync(CV_REPORT, 'utf8')) as {
    data: { file: string; sha256: string; comments: number };
    cv: { rules: CvSummary; refined: CvSummary };
    clean?: { heldRules: number; heldRefined: number; paragraphs: number };
  };
  const fmt = (s: Stat) => `${s.mean.toFixed(3)} ± ${s.sd.toFixed(3)}`;
  const keys = [
    'spanned any',
    'spanned Insult',
    'spanned Profane/Obscene',
    'spanned Identity based Attack',
    'spanned Threat',
  ];
  const line = (name: string, s: CvSummary) =>
    `  ${name.padEnd(20)} semeval F1 ${fmt(s.semevalF1)} (spanned ${s.semevalF1Spanned.mean.toFixed(3)}, empty ${s.semevalF1Empty.mean.toFixed(3)}); ` +
    `at 20% empty (test-set estimate) ${fmt(s.semevalF1Reweighted20)}  P ${s.spanPrecision.mean.toFixed(3)} R ${s.spanRecall.mean.toFixed(3)}  held ` +
    keys
      .map(
        (k) =>
          `${k.replace('spanned ', '').replace('Identity based Attack', 'identity').replace('Profane/Obscene', 'profane').toLowerCase()} ${s.heldShare[k]?.mean.toFixed(3)}`,
      )
      .join(', ');
  const out = [
    `\ncross-validated, 5 folds on ${report.data.file} (${report.data.comments} comments; each fold scored by a model that never saw it; from model/cv-report.json, written by npm run train:moderation).`,
    '"at 20% empty" = 0.8 x spanned + 0.2 x empty: the official test set has 20% empty gold lists, comments-dev 40%; an estimate, not a test-set measurement.',
    line('rules alone', report.cv.rules),
    line('model-refined spans', report.cv.refined),
  ];
  if (report.clean)
    out.push(
      `  clean news prose held: rules ${report.clean.heldRules}, with the model ${report.clean.heldRefined} (${report.clean.paragraphs} paragraphs, final model)`,
    );
  const sha = crypto.createHash('sha256').update(fs.readFileSync(gold)).digest('hex');
  if (sha === report.data.sha256 && modelOn) {
    out.push(
      "  note: this gold file is the model's training data, so the SemEval figure of the table above flatters the model; the cross-validated rows are the held-out measure.",
    );
  }
  return out.join('\n');
}

const spec: EvalSpec<{ id: string; text: string }> = {
  scorer: 'score-moderation.mjs',
  usage: 'eval:moderation [GOLD.jsonl] [--json] [--rules-only]',
  predict: (r) => {
    const { decision, reasons } = moderateComment({ text: r.text }, compiled, { articleMode: 'open' });
    return JSON.stringify({ id: r.id, decision, reasons });
  },
  summary: (gold, rows, ms) =>
    `${path.basename(gold)}: ${rows.length} comments moderated in ${ms.toFixed(0)} ms${modelOn ? ' (model-refined spans)' : ' (rules only)'}`,
  after: crossValidated,
};

/** The toxic comments (held shares, SemEval) and the clean news prose (false holds), in one run. */
const DEFAULT_SETS = ['comments-dev.jsonl', 'clean-dev.jsonl'];

if (process.argv.slice(2).some((a) => !a.startsWith('--'))) {
  runEval(spec);
} else {
  let status = 0;
  for (const file of DEFAULT_SETS) {
    const gold = path.join(sharedEvalDir(), file);
    const run = scoreFile(
      spec,
      gold,
      process.argv.slice(2).filter((a) => a !== '--rules-only'),
    );
    console.log(spec.summary(gold, run.rows, run.ms));
    process.stdout.write(run.stdout + '\n');
    process.stderr.write(run.stderr);
    status ||= run.status;
  }
  if (!status) console.log(crossValidated(path.join(sharedEvalDir(), DEFAULT_SETS[0])));
  process.exit(status);
}
