/**
 * `npm run import -- [--update] [--dry-run] FILES_OR_FOLDERS...`
 *
 * Bulk import on a server: boots the app's Strapi (the database configured in .env), imports
 * every file (.txt, .text, .md, .html, .htm; folders are read one level deep) into drafts in the
 * editorial stage "imported", one transaction per file, with a progress bar, then prints the
 * per-file report. Exit code 1 when any file failed, 2 on bad usage.
 *
 *   --update    update the draft when a file was imported before (default: skip it)
 *   --dry-run   preview only: parse every file and report, write nothing
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import cliProgress from 'cli-progress';
import type { FileImportResult, FilePreviewResult } from '../plugins/editorial/shared/import';

const appDir = path.resolve(__dirname, '..');
const distDir = path.join(appDir, 'dist');
const IMPORTABLE = /\.(txt|text|md|html?|xhtml)$/i;

interface Args {
  files: string[];
  update: boolean;
  dryRun: boolean;
}

const usage = 'usage: npm run import -- [--update] [--dry-run] FILE_OR_FOLDER...';

function parseArgs(argv: string[]): Args {
  const args: Args = { files: [], update: false, dryRun: false };
  for (const arg of argv) {
    if (arg === '--update') args.update = true;
    else if (arg === '--dry-run') args.dryRun = true;
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${usage}\n`);
      process.exit(0);
    } else if (arg.startsWith('--')) {
      process.stderr.write(`unknown option ${arg}\n${usage}\n`);
      process.exit(2);
    } else args.files.push(arg);
  }
  if (!args.files.length) {
    process.stderr.write(`${usage}\n`);
    process.exit(2);
  }
  return args;
}

/** Files to import, relative to the working directory; missing paths are reported up front. */
function collectFiles(inputs: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    if (!fs.existsSync(input)) {
      missing.push(input);
      continue;
    }
    if (fs.statSync(input).isDirectory()) {
      for (const name of fs.readdirSync(input).sort()) {
        const full = path.join(input, name);
        if (fs.statSync(full).isFile() && IMPORTABLE.test(name)) files.push(full);
      }
    } else files.push(input);
  }
  return { files, missing };
}

const contentTypeOf = (file: string) =>
  /\.x?html?$/i.test(file) ? 'text/html' : /\.(txt|text|md)$/i.test(file) ? 'text/plain' : undefined;

/** Newest modification time of the source files under a folder (0 when it does not exist). */
function newest(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let max = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      // Generated on every start by the documentation plugin; not compiled.
      if (full === path.join(appDir, 'src', 'extensions', 'documentation')) continue;
      max = Math.max(max, newest(full));
    } else if (/\.(ts|tsx|js|mjs|cjs|json)$/.test(entry.name)) max = Math.max(max, fs.statSync(full).mtimeMs);
  }
  return max;
}

/** The app's compiled config and src in dist/ are newer than their TypeScript sources. */
function compiledIsFresh(): boolean {
  const marker = path.join(distDir, 'config', 'database.js');
  if (!fs.existsSync(marker)) return false;
  const compiledAt = fs.statSync(marker).mtimeMs;
  return newest(path.join(appDir, 'config')) <= compiledAt && newest(path.join(appDir, 'src')) <= compiledAt;
}

async function boot() {
  // Secrets in .env (created on first run, as `npm run develop` does).
  spawnSync(process.execPath, [path.join(appDir, 'scripts', 'ensure-env.mjs')], {
    stdio: 'inherit',
    cwd: appDir,
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { compileStrapi, createStrapi } = require('@strapi/strapi');
  if (!fs.existsSync(path.join(appDir, 'plugins', 'editorial', 'dist', 'server', 'index.js'))) {
    throw new Error('the editorial plugin is not built: run `npm run build:plugin` first');
  }
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  if (!compiledIsFresh()) await compileStrapi({ appDir, ignoreDiagnostics: true });
  const app = createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: false });
  app.log.level = process.env.LOG_LEVEL || 'error';
  return app.load();
}

const pad = (text: string, width: number) =>
  text.length >= width ? text : text + ' '.repeat(width - text.length);

function printImportReport(results: FileImportResult[]) {
  const width = Math.min(48, Math.max(...results.map((r) => r.file.length), 4));
  process.stdout.write('\nfile'.padEnd(width + 1) + '  status             details\n');
  for (const r of results) {
    const details =
      r.status === 'failed'
        ? `${r.code ? `[${r.code}] ` : ''}${r.reason}`
        : r.status === 'skipped-duplicate'
          ? `already imported as ${r.documentId} ("${r.title}")`
          : `"${r.title}" · ${r.commentCount ?? 0} ${r.status === 'updated' ? 'new ' : ''}comment(s) · ${r.documentId}`;
    process.stdout.write(`${pad(r.file, width)}  ${pad(r.status, 17)}  ${details}\n`);
    for (const w of r.warnings)
      process.stdout.write(`${' '.repeat(width + 21)}warning ${w.code}: ${w.message}\n`);
  }
  const count = (s: string) => results.filter((r) => r.status === s).length;
  process.stdout.write(
    `\n${results.length} file(s): ${count('created')} created, ${count('updated')} updated, ${count('skipped-duplicate')} skipped as duplicates, ${count('failed')} failed\n`,
  );
}

function printPreviewReport(results: FilePreviewResult[]) {
  for (const r of results) {
    if (!r.ok) {
      process.stdout.write(`${r.file}: FAILED [${r.error.code}] ${r.error.message}\n`);
      continue;
    }
    process.stdout.write(
      `${r.summary}${r.duplicateOf ? ` · already imported as ${r.duplicateOf.documentId}` : ''}\n`,
    );
    const f = r.preview.fields;
    process.stdout.write(
      `    title: ${f.title}${f.titleNeedsReview ? ' (suggested)' : ''}\n    dateline: ${f.dateline ?? '-'} · date: ${f.originalPublishedAt ?? '-'} · publication: ${f.publicationName ?? '-'} · credit: ${f.creditLine ?? '-'}\n`,
    );
    process.stdout.write(
      `    comments: ${r.preview.comments.length} found${r.preview.commentCountDeclared !== null ? ` / ${r.preview.commentCountDeclared} declared` : ''} · quotes: ${r.preview.quotes.length} · boilerplate removed: ${r.preview.removedBoilerplate.map((b) => b.kind).join(', ') || 'none'}\n`,
    );
    for (const w of r.warnings) process.stdout.write(`    warning ${w.code}: ${w.message}\n`);
  }
  const failed = results.filter((r) => !r.ok).length;
  process.stdout.write(
    `\n${results.length} file(s) previewed, ${failed} failed; nothing was written (--dry-run)\n`,
  );
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const { files, missing } = collectFiles(args.files);
  for (const m of missing) process.stderr.write(`not found: ${m}\n`);
  if (!files.length) {
    process.stderr.write('no files to import\n');
    process.exit(missing.length ? 1 : 2);
  }

  const strapi = await boot();
  let failed = missing.length;
  try {
    const service = strapi.plugin('editorial').service('import');
    const inputs = files.map((file) => ({
      filename: path.relative(process.cwd(), file) || file,
      path: file,
      contentType: contentTypeOf(file),
    }));
    if (args.dryRun) {
      const results: FilePreviewResult[] = await service.preview(inputs);
      printPreviewReport(results);
      failed += results.filter((r) => !r.ok).length;
    } else {
      const bar = new cliProgress.SingleBar(
        {
          format:
            'importing [{bar}] {value}/{total} files · {created} created · {skipped} skipped · {failed} failed · {file}',
          hideCursor: true,
          stream: process.stderr,
        },
        cliProgress.Presets.shades_classic,
      );
      const tally = { created: 0, skipped: 0, failed: 0 };
      bar.start(inputs.length, 0, { ...tally, file: '' });
      const { results } = await service.importFiles(inputs, {
        onDuplicate: args.update ? 'update' : 'skip',
        onProgress: (done: number, _total: number, result: FileImportResult) => {
          if (result.status === 'created' || result.status === 'updated') tally.created++;
          else if (result.status === 'skipped-duplicate') tally.skipped++;
          else tally.failed++;
          bar.update(done, { ...tally, file: result.file });
        },
      });
      bar.stop();
      printImportReport(results);
      failed += results.filter((r: FileImportResult) => r.status === 'failed').length;
    }
  } finally {
    await strapi.destroy();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  process.stderr.write(`import failed: ${(error as Error)?.message ?? error}\n`);
  process.exit(1);
});
