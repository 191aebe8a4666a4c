/**
 * `npm run --silent quotes -- FILE.jsonl` (or `-` for standard input): reads lines
 * {"id", "text"} and writes one line {"id", "quotes": [...]} per input line, in the shape
 * the shared scorer (../shared/eval/score-quotes.mjs) reads.
 */
import fs from 'node:fs';
import readline from 'node:readline';
import { extractQuotes } from '../plugins/editorial/server/src/quotes/engine';

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: quotes FILE.jsonl | -\n');
    process.exit(2);
  }
  const input = file === '-' ? process.stdin : fs.createReadStream(file, 'utf8');
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let failed = 0;
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    let doc: { id?: unknown; text?: unknown };
    try {
      doc = JSON.parse(line);
    } catch {
      process.stderr.write(`line ${lineNo}: not JSON, skipped\n`);
      failed++;
      continue;
    }
    const text = typeof doc.text === 'string' ? doc.text : '';
    const quotes = extractQuotes(text);
    process.stdout.write(JSON.stringify({ id: doc.id ?? null, quotes }) + '\n');
  }
  if (failed) process.exitCode = 1;
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
