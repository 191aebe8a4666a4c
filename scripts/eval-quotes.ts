/**
 * `npm run eval:quotes -- GOLD.jsonl [--theta 0.5] [--json]`: runs the extractor over the texts
 * of a gold file and prints the table of the shared scorer (score-quotes.mjs).
 */
import path from 'node:path';
import { extractQuotes } from '../plugins/editorial/server/src/quotes';
import { runEval } from './eval-runner';

runEval<{ id: string; text: string }>({
  scorer: 'score-quotes.mjs',
  usage: 'eval:quotes GOLD.jsonl [--theta 0.5] [--json]',
  predict: (d) => JSON.stringify({ id: d.id, quotes: extractQuotes(d.text) }),
  summary: (gold, docs, ms) => {
    const chars = docs.reduce((n, d) => n + d.text.length, 0);
    return `${path.basename(gold)}: ${docs.length} articles, ${(chars / 1024).toFixed(0)} KB, extracted in ${ms.toFixed(1)} ms`;
  },
});
