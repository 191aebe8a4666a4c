#!/usr/bin/env node
// Creates .env with fresh secrets on first run (nothing secret is committed), fills
// secrets left as placeholders, and checks that a configured PostgreSQL is reachable so
// start-up fails with one clear line rather than a driver stack trace.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import net from 'node:net';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// EDITORIAL_ENV_FILE lets tests point at a scratch file instead of the developer's .env.
const envPath = process.env.EDITORIAL_ENV_FILE || path.join(root, '.env');
const secret = () => crypto.randomBytes(16).toString('base64');
const SECRETS = {
  APP_KEYS: () => [secret(), secret(), secret(), secret()].join(','),
  API_TOKEN_SALT: secret,
  ADMIN_JWT_SECRET: secret,
  TRANSFER_TOKEN_SALT: secret,
  JWT_SECRET: secret,
  ENCRYPTION_KEY: secret,
};

let text = fs.existsSync(envPath)
  ? fs.readFileSync(envPath, 'utf8')
  : fs.readFileSync(path.join(root, '.env.example'), 'utf8');
let changed = !fs.existsSync(envPath);
for (const [key, make] of Object.entries(SECRETS)) {
  const re = new RegExp(`^${key}=(.*)$`, 'm');
  const m = text.match(re);
  if (!m) {
    text += `\n${key}=${make()}`;
    changed = true;
  } else if (!m[1].trim() || /tobemodified/i.test(m[1])) {
    text = text.replace(re, `${key}=${make()}`);
    changed = true;
  }
}
if (/^DATABASE_FILENAME=\s*$/m.test(text)) {
  text = text.replace(/^DATABASE_FILENAME=\s*$/m, 'DATABASE_FILENAME=.tmp/data.db');
  changed = true;
}
if (changed) {
  fs.writeFileSync(envPath, text.endsWith('\n') ? text : `${text}\n`, { mode: 0o600 });
  console.log('[editorial] wrote .env with generated secrets');
}
fs.mkdirSync(path.join(root, '.tmp'), { recursive: true });

// Effective settings: the process environment wins over .env, as in Strapi.
const fileEnv = Object.fromEntries(
  text
    .split('\n')
    .map((l) => l.match(/^([A-Z0-9_]+)=(.*)$/))
    .filter(Boolean)
    .map((m) => [m[1], m[2].replace(/^"|"$/g, '')]),
);
const get = (k) => process.env[k] ?? fileEnv[k];
const client = (get('DATABASE_CLIENT') || (get('DATABASE_URL') ? 'postgres' : 'sqlite')).toLowerCase();
if (!['sqlite', 'postgres'].includes(client)) {
  console.error(
    `[editorial] Unsupported DATABASE_CLIENT "${client}": set DATABASE_CLIENT=sqlite (default) or DATABASE_CLIENT=postgres with DATABASE_URL.`,
  );
  process.exit(1);
}
if (client === 'postgres') {
  let host = get('DATABASE_HOST') || '127.0.0.1';
  let port = Number(get('DATABASE_PORT') || 5432);
  if (get('DATABASE_URL')) {
    const u = new URL(get('DATABASE_URL'));
    host = u.hostname || host;
    port = Number(u.port || 5432);
  }
  await new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 3000 });
    const fail = (why) => {
      console.error(
        `[editorial] PostgreSQL is unreachable at ${host}:${port} (${why}): start it, or set DATABASE_URL / DATABASE_HOST and DATABASE_PORT, or unset DATABASE_CLIENT to use SQLite.`,
      );
      process.exit(1);
    };
    socket.on('connect', () => {
      socket.end();
      resolve();
    });
    socket.on('timeout', () => fail('timeout'));
    socket.on('error', (e) => fail(e.code || e.message));
  });
}
