/**
 * `npm run --silent moderate -- FILE.jsonl` (or `-` for standard input): replays the
 * auto-moderation rules over past comments. Reads lines {"id","text"}, writes one line each
 * {"id","decision","reasons"} with the default settings on an open article, so a newsroom can
 * see what a rule change would do before adopting it. SETTINGS=path.json uses other settings.
 */
import fs from 'node:fs';
import readline from 'node:readline';
import {
  compileModerationSettings,
  defaultModerationSettings,
  moderateComment,
  type ModerationSettings,
} from '../plugins/editorial/server/src/moderation/engine';
import { moderationSettingsSchema } from '../plugins/editorial/shared/moderation-settings';

function loadSettings(): ModerationSettings {
  const file = process.env.SETTINGS;
  if (!file) return defaultModerationSettings;
  const custom = { ...defaultModerationSettings, ...JSON.parse(fs.readFileSync(file, 'utf8')) };
  const parsed = moderationSettingsSchema.safeParse(custom);
  if (!parsed.success) {
    for (const e of parsed.error.issues)
      process.stderr.write(`settings: ${e.path.join('.')}: ${e.message}\n`);
    process.exit(2);
  }
  return parsed.data;
}

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: moderate FILE.jsonl | -\n');
    process.exit(2);
  }
  const compiled = compileModerationSettings(loadSettings());
  const input = file === '-' ? process.stdin : fs.createReadStream(file, 'utf8');
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let buffer = '';
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    let row: { id?: unknown; text?: unknown };
    try {
      row = JSON.parse(line);
    } catch {
      process.stderr.write(`line ${lineNo}: not JSON, skipped\n`);
      continue;
    }
    const text = typeof row.text === 'string' ? row.text : '';
    const { decision, reasons } = moderateComment({ text }, compiled, { articleMode: 'open' });
    buffer += `${JSON.stringify({ id: row.id, decision, reasons })}\n`;
    if (buffer.length > 1 << 16) {
      process.stdout.write(buffer);
      buffer = '';
    }
  }
  process.stdout.write(buffer);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
