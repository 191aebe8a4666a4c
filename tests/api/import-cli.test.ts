/**
 * `npm run import` (scripts/import.ts) end to end: a child process boots the app's Strapi on a
 * scratch SQLite file, imports, prints the per-file report and sets the exit code.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { appDir } from '../helpers/env';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'import');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'import-cli-'));
const dbFile = path.join(scratch, 'cli.db');
const secret = () => crypto.randomBytes(16).toString('base64');
const env = {
  ...process.env,
  NODE_ENV: 'test',
  DATABASE_CLIENT: 'sqlite',
  DATABASE_FILENAME: dbFile,
  EDITORIAL_SEED: 'false',
  EDITORIAL_ENV_FILE: path.join(scratch, '.env'),
  APP_KEYS: `${secret()},${secret()}`,
  API_TOKEN_SALT: secret(),
  ADMIN_JWT_SECRET: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  JWT_SECRET: secret(),
  ENCRYPTION_KEY: secret(),
  STRAPI_TELEMETRY_DISABLED: 'true',
};
delete (env as Record<string, string | undefined>).DATABASE_URL;

function cli(...args: string[]) {
  const r = spawnSync(
    process.execPath,
    [
      path.join(appDir, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      path.join(appDir, 'scripts', 'import.ts'),
      ...args,
    ],
    {
      cwd: appDir,
      env,
      encoding: 'utf8',
      timeout: 120000,
    },
  );
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

afterAll(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

it('imports files with a per-file report and a non-zero exit code when a file failed', () => {
  const empty = path.join(scratch, 'empty.txt');
  fs.writeFileSync(empty, '');
  const r = cli(path.join(FIXTURES, 'quarry-bridge.txt'), empty, path.join(scratch, 'missing.txt'));
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('not found');
  expect(r.stdout).toMatch(
    /quarry-bridge\.txt\s+created\s+"Quarry bridge reopens after eight-month repair as traders count the cost" · 4 comment\(s\)/,
  );
  expect(r.stdout).toMatch(/empty\.txt\s+failed\s+\[empty\]/);
  expect(r.stdout).toContain('2 file(s): 1 created, 0 updated, 0 skipped as duplicates, 1 failed');
});

it('previews without writing (--dry-run), skips a re-import, and updates it with --update', () => {
  const dry = cli(
    '--dry-run',
    path.join(FIXTURES, 'grain-store.txt'),
    path.join(FIXTURES, 'quarry-bridge.txt'),
  );
  expect(dry.status).toBe(0);
  expect(dry.stdout).toMatch(/grain-store\.txt: "Fire crews spent most of Thursday night/);
  expect(dry.stdout).toMatch(/quarry-bridge\.txt: .*already imported as/);
  expect(dry.stdout).toContain('nothing was written (--dry-run)');

  const again = cli(path.join(FIXTURES, 'quarry-bridge.txt'));
  expect(again.status).toBe(0);
  expect(again.stdout).toMatch(/quarry-bridge\.txt\s+skipped-duplicate/);

  const update = cli(
    '--update',
    path.join(FIXTURES, 'quarry-bridge.txt'),
    path.join(FIXTURES, 'grain-store.txt'),
  );
  expect(update.status).toBe(0);
  expect(update.stdout).toMatch(/quarry-bridge\.txt\s+updated\s+.*0 new comment\(s\)/);
  expect(update.stdout).toMatch(/grain-store\.txt\s+created/);
});
