import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';

const root = path.resolve(__dirname, '..', '..');
const script = path.join(root, 'scripts', 'ensure-env.mjs');

function runEnsureEnv(env: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'editorial-env-'));
  const envFile = path.join(dir, '.env');
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('DATABASE_')));
  const r = spawnSync(process.execPath, [script], {
    env: { ...clean, EDITORIAL_ENV_FILE: envFile, ...env },
    encoding: 'utf8',
  });
  const written = fs.existsSync(envFile) ? fs.readFileSync(envFile, 'utf8') : '';
  fs.rmSync(dir, { recursive: true, force: true });
  return { ...r, written };
}

async function closedPort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
  const port = (srv.address() as net.AddressInfo).port;
  await new Promise((r) => srv.close(r));
  return port;
}

describe('start-up configuration', () => {
  it('generates fresh secrets and the default SQLite file on first run', () => {
    const a = runEnsureEnv({});
    const b = runEnsureEnv({});
    expect(a.status).toBe(0);
    const secret = (text: string) => text.match(/^ADMIN_JWT_SECRET=(.+)$/m)?.[1];
    expect(secret(a.written)).toMatch(/^[A-Za-z0-9+/=]{20,}$/);
    expect(secret(a.written)).not.toEqual(secret(b.written));
    expect(a.written).toMatch(/^DATABASE_FILENAME=\.tmp\/data\.db$/m);
    expect(a.written).not.toMatch(/tobemodified/);
  });

  it('stops with one clear line for an unknown database client', () => {
    const r = runEnsureEnv({ DATABASE_CLIENT: 'oracle' });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/Unsupported DATABASE_CLIENT "oracle".*DATABASE_CLIENT=sqlite/);
  });

  it('stops with one clear line when PostgreSQL is unreachable', async () => {
    const port = await closedPort();
    const r = runEnsureEnv({
      DATABASE_CLIENT: 'postgres',
      DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/x`,
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(new RegExp(`PostgreSQL is unreachable at 127.0.0.1:${port}.*DATABASE_URL`));
  });

  it('the database config refuses an unknown client naming what to set', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require(path.join(root, 'dist', 'config', 'database.js')).default;
    const env: any = (k: string, d?: string) => (({ DATABASE_CLIENT: 'mongo' }) as any)[k] ?? d;
    env.int = (_k: string, d: number) => d;
    env.bool = (_k: string, d: boolean) => d;
    expect(() => config({ env })).toThrow(/Unsupported DATABASE_CLIENT "mongo".*"sqlite".*"postgres"/);
  });
});
