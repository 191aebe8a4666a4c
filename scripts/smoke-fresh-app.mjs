#!/usr/bin/env node
// Fresh-app smoke test: verifies and packs the plugin (strapi-plugin verify, npm pack), writes a brand-new Strapi 5.54 app in a
// temporary directory outside the repo, installs the tarball there, enables the plugin with no
// configuration (listed first in config/plugins.js, before users-permissions), builds the admin,
// starts the app and checks on first boot: public list 200, content types, the plugin's data
// migrations recorded, quotes extracted on save, reader comments moderated, no public-page link
// without the setting. Then it restarts the app as an upgrade from a version before those
// migrations (their record removed): each runs once more and the data is all still there.
//
//   npm run test:fresh-app            (SMOKE_KEEP=1 keeps the temporary app for a look)
//
// The app is written by hand (create-strapi-app asks questions and fetches a template); its
// files are the minimal set create-strapi-app generates for a JavaScript project.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)}s`;
const log = (msg) => console.log(`[fresh-app ${elapsed()}] ${msg}`);
const keep = process.env.SMOKE_KEEP === '1';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'editorial-fresh-app-'));
const app = path.join(work, 'app');
let server = null;
let failed = false;
let checksPassed = 0;

function run(cmd, args, cwd, env = {}) {
  log(`$ ${cmd} ${args.join(' ')}  (in ${cwd})`);
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
}

function check(condition, what, detail) {
  if (!condition)
    throw new Error(
      `${what}${detail === undefined ? '' : `: ${typeof detail === 'string' ? detail : JSON.stringify(detail).slice(0, 800)}`}`,
    );
  checksPassed += 1;
  log(`ok - ${what}`);
}

const write = (file, text) => {
  fs.mkdirSync(path.dirname(path.join(app, file)), { recursive: true });
  fs.writeFileSync(path.join(app, file), text);
};

async function freePort() {
  const srv = net.createServer();
  await new Promise((r) => srv.listen(0, '127.0.0.1', r));
  const { port } = srv.address();
  await new Promise((r) => srv.close(r));
  return port;
}

function packPlugin() {
  if (process.env.SMOKE_SKIP_PLUGIN_BUILD !== '1') run('npm', ['run', 'build:plugin'], repo);
  run('npm', ['run', 'verify', '--workspace', 'plugins/editorial'], repo); // strapi-plugin verify: package.json and exports
  const r = spawnSync(
    'npm',
    ['pack', '--workspace', 'plugins/editorial', '--pack-destination', work, '--json'],
    { cwd: repo, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`npm pack failed: ${r.stderr}`);
  const [info] = JSON.parse(r.stdout);
  const files = info.files.map((f) => f.path);
  log(`packed ${info.filename}: ${files.length} files, ${(info.size / 1024).toFixed(0)} kB`);
  for (const f of ['README.md', 'LICENSE', 'package.json', 'dist/server/index.js', 'dist/admin/index.mjs']) {
    check(files.includes(f), `the tarball holds ${f}`);
  }
  check(
    !files.some((f) => /^(server|admin)\/src\//.test(f) || f.endsWith('.test.ts')),
    'the tarball holds no sources or tests',
  );
  return path.join(work, info.filename);
}

function writeApp(tarball) {
  const pkg = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
  write(
    'package.json',
    JSON.stringify(
      {
        name: 'fresh-newsroom',
        version: '0.0.0',
        private: true,
        scripts: { build: 'strapi build', start: 'strapi start' },
        dependencies: {
          '@strapi/strapi': '5.54.0',
          '@strapi/plugin-users-permissions': '5.54.0',
          'better-sqlite3': pkg.dependencies['better-sqlite3'],
          react: pkg.dependencies.react,
          'react-dom': pkg.dependencies['react-dom'],
          'react-router-dom': pkg.dependencies['react-router-dom'],
          'styled-components': pkg.dependencies['styled-components'],
          'strapi-plugin-editorial': `file:${tarball}`,
        },
        engines: { node: '>=20.0.0 <=24.x.x' },
        strapi: { uuid: crypto.randomUUID() },
      },
      null,
      2,
    ),
  );
  // Only the plugin, listed first, and no configuration of it.
  write('config/plugins.js', 'module.exports = () => ({\n  editorial: { enabled: true },\n});\n');
  write(
    'config/database.js',
    "const path = require('path');\nmodule.exports = ({ env }) => ({\n  connection: {\n    client: 'sqlite',\n    connection: { filename: path.join(__dirname, '..', env('DATABASE_FILENAME', '.tmp/data.db')) },\n    useNullAsDefault: true,\n  },\n});\n",
  );
  write(
    'config/server.js',
    "module.exports = ({ env }) => ({\n  host: env('HOST', '0.0.0.0'),\n  port: env.int('PORT', 1337),\n  app: { keys: env.array('APP_KEYS') },\n});\n",
  );
  write(
    'config/admin.js',
    "module.exports = ({ env }) => ({\n  auth: { secret: env('ADMIN_JWT_SECRET') },\n  apiToken: { salt: env('API_TOKEN_SALT') },\n  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT') } },\n  secrets: { encryptionKey: env('ENCRYPTION_KEY') },\n});\n",
  );
  write(
    'config/api.js',
    'module.exports = {\n  rest: { defaultLimit: 25, maxLimit: 100, withCount: true },\n};\n',
  );
  write(
    'config/middlewares.js',
    "module.exports = [\n  'strapi::logger',\n  'strapi::errors',\n  'strapi::security',\n  'strapi::cors',\n  'strapi::poweredBy',\n  'strapi::query',\n  'strapi::body',\n  'strapi::session',\n  'strapi::favicon',\n  'strapi::public',\n];\n",
  );
  write('src/index.js', 'module.exports = {\n  register() {},\n  bootstrap() {},\n};\n');
  write('public/robots.txt', 'User-agent: *\n');
  write('public/uploads/.gitkeep', ''); // the local upload provider refuses to start without it
  fs.copyFileSync(path.join(repo, 'favicon.png'), path.join(app, 'favicon.png'));
}

/**
 * npm install from the registry. Install scripts run afterwards (npm rebuild), except
 * better-sqlite3's when this repo holds a build of the same version for this Node: that script
 * compiles SQLite from source where its prebuilt binaries cannot be downloaded (minutes on a
 * busy machine), and the result would be the same file.
 */
function installApp() {
  run(
    'npm',
    ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'],
    app,
  );
  const lock = JSON.parse(fs.readFileSync(path.join(app, 'package-lock.json'), 'utf8'));
  const withScripts = Object.entries(lock.packages)
    .filter(([key, p]) => key.startsWith('node_modules/') && p.hasInstallScript)
    .map(([key]) => key.replace(/^.*node_modules\//, ''));
  const version = (dir) =>
    JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', 'better-sqlite3', 'package.json'), 'utf8'))
      .version;
  const built = path.join(repo, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  let rebuild = [...new Set(withScripts)];
  if (fs.existsSync(built) && version(repo) === version(app)) {
    const target = path.join(app, 'node_modules', 'better-sqlite3', 'build', 'Release');
    fs.mkdirSync(target, { recursive: true });
    fs.copyFileSync(built, path.join(target, 'better_sqlite3.node'));
    log(`better-sqlite3 ${version(app)}: this repo's build reused`);
    rebuild = rebuild.filter((name) => name !== 'better-sqlite3');
  }
  if (rebuild.length) run('npm', ['rebuild', ...rebuild, '--loglevel=error'], app);
}

const secret = () => crypto.randomBytes(16).toString('base64');
const appEnv = {
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  APP_KEYS: `${secret()},${secret()}`,
  API_TOKEN_SALT: secret(),
  ADMIN_JWT_SECRET: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  JWT_SECRET: secret(),
  ENCRYPTION_KEY: secret(),
  STRAPI_TELEMETRY_DISABLED: 'true',
  STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
  BROWSER: 'none',
};

async function startApp(logName = 'strapi.log') {
  const port = await freePort();
  const logFile = path.join(work, logName);
  const out = fs.openSync(logFile, 'w');
  log(`starting the app on port ${port} (log: ${logFile})`);
  server = spawn(path.join(app, 'node_modules', '.bin', 'strapi'), ['start'], {
    cwd: app,
    env: { ...process.env, ...appEnv, PORT: String(port) },
    stdio: ['ignore', out, out],
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) break;
    try {
      if ((await fetch(`${base}/_health`)).status === 204) return { base, logFile };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the app did not start:\n${fs.readFileSync(logFile, 'utf8').slice(-4000)}`);
}

async function http(base, method, url, { token, body } = {}) {
  const res = await fetch(`${base}${url}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    // HTML or empty
  }
  return { status: res.status, body: json, text };
}

async function smoke({ base }) {
  // First request of the first boot: the public role holds the plugin's read action.
  const list = await http(base, 'GET', '/api/editorial/articles');
  check(list.status === 200, 'GET /api/editorial/articles answers 200 on first boot', list);

  const adminPage = await http(base, 'GET', '/admin');
  check(
    adminPage.status === 200 && /<div id="strapi"|<html/i.test(adminPage.text),
    'the built admin panel is served',
    adminPage.status,
  );

  const reg = await http(base, 'POST', '/admin/register-admin', {
    body: {
      firstname: 'Fresh',
      lastname: 'Admin',
      email: 'admin@fresh.example',
      password: 'Fresh-app-1-smoke',
    },
  });
  check(reg.status === 200 && reg.body?.data?.token, 'the first admin registers', reg);
  const token = reg.body.data.token;

  const types = await http(base, 'GET', '/content-manager/content-types', { token });
  const uids = (types.body?.data ?? []).map((t) => t.uid);
  for (const uid of ['article', 'source', 'quote', 'comment', 'moderation-event']) {
    check(uids.includes(`plugin::editorial.${uid}`), `content type plugin::editorial.${uid} exists`, uids);
  }
  const plugins = await http(base, 'GET', '/admin/plugins', { token });
  const names = (plugins.body?.plugins ?? []).map((p) => p.name);
  check(
    names.indexOf('editorial') >= 0 && names.indexOf('editorial') < names.indexOf('users-permissions'),
    'editorial loads before users-permissions',
    names,
  );

  const CM = '/content-manager/collection-types/plugin::editorial.article';
  const created = await http(base, 'POST', CM, {
    token,
    body: {
      title: 'Quarry road to close for repairs',
      slug: 'quarry-road-repairs',
      body: [
        'MILLBRIDGE — The quarry road will close for six weeks from Monday.',
        '"The surface has simply worn out after forty winters," said Petra Vance, the county engineer.',
        'Drivers will use the ridge lane instead.',
      ].join('\n\n'),
    },
  });
  check(
    created.status === 201 || created.status === 200,
    'an article is created through the content manager',
    created,
  );
  const documentId = created.body.data.documentId;
  const published = await http(base, 'POST', `${CM}/${documentId}/actions/publish`, { token, body: {} });
  check(published.status === 200 || published.status === 201, 'the article is published', published);

  const quotes = await http(base, 'GET', `/editorial/quotes/articles/${documentId}?status=published`, {
    token,
  });
  const quote = (quotes.body?.data?.quotes ?? []).find((q) => /forty winters/.test(q.text));
  check(quote, 'the save extracted the quote', quotes.body);
  check(
    /Vance/.test(quote.source?.name ?? quote.speaker ?? ''),
    'the quote is attributed to its speaker',
    quote,
  );

  const post = (body, authorName) =>
    http(base, 'POST', '/api/editorial/articles/quarry-road-repairs/comments', {
      body: { authorName, body },
    });
  const clean = await post('Good to know the ridge lane is open, thanks for the notice.', 'Nadia');
  check(
    clean.status === 201 && clean.body.data.status === 'published',
    'a clean reader comment is published (default rules)',
    clean,
  );
  const offensive = await post('What a load of shit this county engineer talks.', 'Rex');
  check(
    offensive.status === 201 && offensive.body.data.status === 'awaiting-review',
    'an offensive reader comment is held for review',
    offensive,
  );

  const pub = await http(base, 'GET', '/api/editorial/articles/quarry-road-repairs/comments');
  const shown = (pub.body?.data ?? []).map((c) => c.documentId);
  check(
    pub.status === 200 &&
      shown.includes(clean.body.data.documentId) &&
      !shown.includes(offensive.body.data.documentId),
    'readers see the clean comment only',
    pub.body,
  );

  const queue = await http(base, 'GET', '/editorial/moderation/comments?status=all', { token });
  check(queue.status === 200, 'the review queue answers', queue);
  const held = queue.body.data.find((c) => c.documentId === offensive.body.data.documentId);
  check(
    held && held.status !== 'approved' && held.reasons.length > 0,
    'the held comment is in the queue with its reasons',
    held,
  );
  check(
    queue.body.meta.publicArticleUrl === null,
    'no public article URL is configured: the queue shows no public-page link',
    queue.body.meta,
  );
  return { token, documentId, quoteText: quote.text, commentIds: shown };
}

// The plugin's data migrations, read from the packed plugin itself (dated names, `name: '2026-…'`).
function shippedMigrations() {
  const bundle = fs.readFileSync(
    path.join(app, 'node_modules', 'strapi-plugin-editorial', 'dist', 'server', 'index.js'),
    'utf8',
  );
  return [
    ...new Set([...bundle.matchAll(/name:\s*["'](\d{4}-\d{2}-\d{2}-[a-z0-9-]+)["']/g)].map((m) => m[1])),
  ];
}

// The app's SQLite file, read with this repo's better-sqlite3 while the app is stopped.
const MIGRATIONS_KEY = 'plugin_editorial_migrations-done';
function withDatabase(fn) {
  const Database = createRequire(path.join(repo, 'package.json'))('better-sqlite3');
  const db = new Database(path.join(app, '.tmp', 'data.db'));
  try {
    return fn(db);
  } finally {
    db.close();
  }
}
const migrationsDone = () =>
  withDatabase((db) => {
    const row = db.prepare('SELECT value FROM strapi_core_store_settings WHERE key = ?').get(MIGRATIONS_KEY);
    return row ? JSON.parse(row.value) : [];
  });
const migrationRuns = (logFile, name) =>
  fs.readFileSync(logFile, 'utf8').split(`migration ${name} done`).length - 1;

/** Restart on the same database as an upgrade from a version that had none of the migrations. */
async function upgrade(firstBoot, before) {
  const names = shippedMigrations();
  check(names.length > 0, 'the packed plugin ships its data migrations', names);
  const done = migrationsDone();
  check(
    names.every((n) => done.includes(n)),
    'first boot ran and recorded every migration',
    { names, done },
  );
  for (const n of names) check(migrationRuns(firstBoot.logFile, n) === 1, `first boot ran ${n} once`);

  withDatabase((db) =>
    db.prepare('DELETE FROM strapi_core_store_settings WHERE key = ?').run(MIGRATIONS_KEY),
  );
  const second = await startApp('strapi-upgrade.log');
  const again = migrationsDone();
  check(
    names.every((n) => again.includes(n)),
    'the upgrade boot ran and recorded every migration',
    again,
  );
  for (const n of names) check(migrationRuns(second.logFile, n) === 1, `the upgrade boot ran ${n} once`);

  const article = await http(second.base, 'GET', '/api/editorial/articles/quarry-road-repairs');
  check(article.status === 200, 'the article is still published after the upgrade', article.status);
  check(
    (article.body?.data?.quotes ?? []).some((q) => q.text === before.quoteText),
    'its quote is still there',
    article.body?.data?.quotes,
  );
  const comments = await http(second.base, 'GET', '/api/editorial/articles/quarry-road-repairs/comments');
  const ids = (comments.body?.data ?? []).map((c) => c.documentId);
  check(
    before.commentIds.every((id) => ids.includes(id)),
    'its approved comments are still there',
    { before: before.commentIds, ids },
  );
  const queue = await http(second.base, 'GET', '/editorial/moderation/comments?status=all', {
    token: before.token,
  });
  check(
    queue.status === 200 && queue.body.data.length >= 2,
    'the review queue still holds both comments (the admin session survived too)',
    queue.status,
  );
}

function stopApp() {
  if (!server || server.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-server.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      resolve();
    }, 10_000);
    server.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    try {
      process.kill(-server.pid, 'SIGTERM'); // its process group: strapi and its workers
    } catch {
      resolve();
    }
  });
}

try {
  log(`working in ${work}`);
  const tarball = packPlugin();
  writeApp(tarball);
  installApp();
  run(path.join(app, 'node_modules', '.bin', 'strapi'), ['build'], app, appEnv);
  const bundle = fs.readdirSync(path.join(app, 'build')).filter((f) => f.endsWith('.js'));
  const withPlugin = bundle.filter((f) =>
    fs.readFileSync(path.join(app, 'build', f), 'utf8').includes('plugin::editorial.'),
  );
  check(withPlugin.length > 0, "the admin build holds the plugin's admin code", bundle.length);
  const firstBoot = await startApp();
  const before = await smoke(firstBoot);
  await stopApp();
  await upgrade(firstBoot, before);
  log('PASS: the packed plugin works in a fresh Strapi app on first boot and after an upgrade restart');
} catch (error) {
  failed = true;
  console.error(`[fresh-app ${elapsed()}] FAIL: ${error.message}`);
  const logFile = ['strapi-upgrade.log', 'strapi.log']
    .map((f) => path.join(work, f))
    .find((f) => fs.existsSync(f));
  if (logFile) console.error(`--- app log (tail) ---\n${fs.readFileSync(logFile, 'utf8').slice(-3000)}`);
} finally {
  await stopApp();
  if (keep) log(`kept ${work}`);
  else {
    // rm -rf: many times faster than fs.rmSync on Node 20 for the app's ~1,400 packages.
    log(`removing ${work}`);
    spawnSync('rm', ['-rf', work], { stdio: 'inherit' });
    log('removed');
  }
}
if (process.env.CI) {
  // Counted in the CI closing line with the jest runners (scripts/ci-summary.mjs reads these fields).
  const out = path.join(repo, '.tmp', 'ci', 'fresh-app.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(
    out,
    JSON.stringify({ numPassedTests: checksPassed, numFailedTests: failed ? 1 : 0, numFailedTestSuites: 0 }),
  );
}
process.exit(failed ? 1 : 0);
