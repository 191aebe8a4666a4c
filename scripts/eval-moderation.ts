/**
 * `npm run eval:moderation -- GOLD.jsonl [--json]`: moderates the texts of a gold file with the
 * default settings on an open article and prints the table of the shared scorer
 * (score-moderation.mjs).
 */
import path from 'node:path';
import {
  compileModerationSettings,
  defaultModerationSettings,
  moderateComment,
} from '../plugins/editorial/server/src/moderation';
import { runEval } from './eval-runner';

const compiled = compileModerationSettings(defaultModerationSettings);

runEval<{ id: string; text: string }>({
  scorer: 'score-moderation.mjs',
  usage: 'eval:moderation GOLD.jsonl [--json]',
  predict: (r) => {
    const { decision, reasons } = moderateComment({ text: r.text }, compiled, { articleMode: 'open' });
    return JSON.stringify({ id: r.id, decision, reasons });
  },
  summary: (gold, rows, ms) => `${path.basename(gold)}: ${rows.length} comments moderated in ${ms.toFixed(0)} ms`,
});
