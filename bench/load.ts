/**
 * `npm run bench:load`: load on loopback against one and then two Strapi instances sharing one
 * fresh PostgreSQL database and Redis (rate limits raised so the figures measure throughput, not
 * 429s). For each of the public article read, comment submission and the moderation queue
 * listing: requests per second, p50 / p95 / p99 latency and errors, then the two-instance to
 * one-instance ratio. autocannon drives the load from this process; every instance is its own
 * Node process. BENCH_LOAD_SECONDS (default 10) and BENCH_LOAD_CONNECTIONS (default 16) tune it.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';

const SECONDS = Number(process.env.BENCH_LOAD_SECONDS || 10);
const CONNECTIONS = Number(process.env.BENCH_LOAD_CONNECTIONS || 16);

interface Figures {
  /** CPU used during the run, in cores: Strapi instances, PostgreSQL, this load generator. */
  cpu?: { instances: number; postgres: number; generator: number };
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

/** CPU seconds used so far by processes: utime + stime from /proc (Linux). */
function cpuSeconds(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      /* gone */
    }
  }
  return ticks / 100; // USER_HZ
}

function postgresPids(): number[] {
  const out: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres') out.push(Number(entry));
    } catch {
      /* gone */
    }
  }
  return out;
}

const pct = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;

/** Runs one autocannon per target at once (connections split between them) and pools the latencies. */
async function drive(
  targets: string[],
  request: { path: string; method?: 'GET' | 'POST'; headers?: Record<string, string>; body?: string },
): Promise<Figures> {
  const latencies: number[] = [];
  let errors = 0;
  const runs = targets.map(
    (url) =>
      new Promise<void>((resolve, reject) => {
        const instance = autocannon(
          {
            url: `${url}${request.path}`,
            method: request.method ?? 'GET',
            headers: { 'content-type': 'application/json', ...(request.headers ?? {}) },
            body: request.body,
            // [<id>] in the body becomes a unique id per request: no two comments are duplicates.
            idReplacement: true,
            connections: Math.max(1, Math.round(CONNECTIONS / targets.length)),
            duration: SECONDS,
          },
          (error) => (error ? reject(error) : resolve()),
        );
        instance.on(
          'response',
          (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
            latencies.push(responseTime);
            if (statusCode >= 400) errors++;
          },
        );
        instance.on('reqError', () => errors++);
      }),
  );
  await Promise.all(runs);
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    rps: latencies.length / SECONDS,
    p50: pct(latencies, 50),
    p95: pct(latencies, 95),
    p99: pct(latencies, 99),
    errors,
  };
}

async function json(url: string, init: RequestInit = {}) {
  const res = await fetch(url, {
    ...init,
    headers: { 'content-type': 'application/json', ...(init.headers ?? {}) },
  });
  const body: any = await res.json().catch(() => null);
  if (!res.ok)
    throw new Error(`${init.method ?? 'GET'} ${url}: ${res.status} ${JSON.stringify(body).slice(0, 200)}`);
  return body;
}

function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}`;
}

export async function run(): Promise<void> {
  const appDir = path.resolve(__dirname, '..');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { compileStrapi } = require('@strapi/strapi');
  await compileStrapi({ appDir, ignoreDiagnostics: true });
  const { createPostgresDatabase } = await import('../tests/helpers/database');
  const { startInstance } = await import('../tests/helpers/cluster');
  const { freshSecrets } = await import('../tests/helpers/env');

  let db: Awaited<ReturnType<typeof createPostgresDatabase>>;
  try {
    db = await createPostgresDatabase();
  } catch (error) {
    console.log(`load: skipped (${(error as Error).message})`);
    return;
  }
  // One set of secrets for every instance, as behind a load balancer (a token from one is valid on the other).
  const env: Record<string, string> = {
    DATABASE_CLIENT: 'postgres',
    DATABASE_URL: db.url,
    REDIS_URL: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
    EDITORIAL_RATE_LIMIT_PREFIX: `bench-load-${crypto.randomBytes(4).toString('hex')}`,
    EDITORIAL_SUBMIT_LIMIT: '100000000',
    EDITORIAL_REPORT_LIMIT: '100000000',
    ...freshSecrets(),
    LOG_LEVEL: 'error',
  };
  const instances: Awaited<ReturnType<typeof startInstance>>[] = [];
  try {
    // The first instance seeds the sample newsroom (articles, comments, local accounts).
    instances.push(await startInstance({ ...env, EDITORIAL_SEED: 'true' }, 120000));
    const a = instances[0].url;
    const login = await json(`${a}/admin/login`, {
      method: 'POST',
      body: JSON.stringify({ email: 'moderator@newsroom.local', password: 'Editorial-local-1' }),
    });
    const token: string = login.data.token ?? login.data.accessToken;
    const list = await json(`${a}/api/editorial/articles?pagination[pageSize]=1`);
    const article = list.data[0];
    if (!article) throw new Error('no published article to read');
    const pg = await json(`${a}/api/editorial/articles/${article.slug}`);
    const { Client } = await import('pg');
    const pgClient = new Client({ connectionString: db.url });
    await pgClient.connect();
    const pgVersion = String((await pgClient.query('show server_version')).rows[0].server_version);
    await pgClient.end();
    console.log(
      `machine: ${machine()}, load average ${os.loadavg()[0].toFixed(1)} at start; PostgreSQL ${pgVersion} and Redis on loopback; load generator (autocannon) in this process`,
    );
    console.log(
      `each figure: ${SECONDS} s, ${CONNECTIONS} connections in all; article "${article.slug}" (${Buffer.byteLength(JSON.stringify(pg))} bytes of JSON)\n`,
    );

    const scenarios = [
      { name: 'public article read', request: { path: `/api/editorial/articles/${article.slug}` } },
      {
        name: 'comment submission',
        request: {
          path: `/api/editorial/articles/${article.slug}/comments`,
          method: 'POST' as const,
          body: JSON.stringify({
            authorName: 'Load Reader',
            body: 'Comment [<id>] on the harbour plans, which deserve a closer look.',
          }),
        },
      },
      {
        name: 'moderation queue listing',
        request: {
          path: '/editorial/moderation/comments?status=all&pageSize=25',
          headers: { authorization: `Bearer ${token}` },
        },
      },
    ];

    const results: Record<string, Record<number, Figures>> = {};
    for (const count of [1, 2]) {
      if (count === 2) instances.push(await startInstance(env, 120000));
      const urls = instances.map((i) => i.url);
      for (const s of scenarios) {
        await drive(urls, { ...s.request }).catch(() => undefined); // warm-up is not counted
        const pids = instances.map((i) => i.process.pid!).filter(Boolean);
        const pgPids = postgresPids();
        const before = {
          instances: cpuSeconds(pids),
          postgres: cpuSeconds(pgPids),
          generator: process.cpuUsage(),
        };
        const figures = await drive(urls, s.request);
        const gen = process.cpuUsage(before.generator);
        figures.cpu = {
          instances: (cpuSeconds(pids) - before.instances) / SECONDS,
          postgres: (cpuSeconds(pgPids) - before.postgres) / SECONDS,
          generator: (gen.user + gen.system) / 1e6 / SECONDS,
        };
        (results[s.name] ??= {})[count] = figures;
      }
    }

    const fmt = (f: Figures) =>
      `${f.rps.toFixed(0).padStart(6)} req/s  p50 ${f.p50.toFixed(0).padStart(4)} ms  p95 ${f.p95.toFixed(0).padStart(4)} ms  p99 ${f.p99.toFixed(0).padStart(4)} ms  errors ${f.errors}`;
    console.log(
      '| scenario | instances | req/s | p50 ms | p95 ms | p99 ms | errors | CPU cores: Strapi / PostgreSQL / generator |',
    );
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
    for (const [name, byCount] of Object.entries(results)) {
      for (const count of [1, 2]) {
        const f = byCount[count];
        const c = f.cpu!;
        console.log(
          `| ${name} | ${count} | ${f.rps.toFixed(0)} | ${f.p50.toFixed(0)} | ${f.p95.toFixed(0)} | ${f.p99.toFixed(0)} | ${f.errors} | ${c.instances.toFixed(2)} / ${c.postgres.toFixed(2)} / ${c.generator.toFixed(2)} |`,
        );
      }
    }
    console.log('');
    for (const [name, byCount] of Object.entries(results)) {
      console.log(`${name.padEnd(26)} 1: ${fmt(byCount[1])}`);
      console.log(
        `${''.padEnd(26)} 2: ${fmt(byCount[2])}   two/one throughput ${(byCount[2].rps / byCount[1].rps).toFixed(2)}`,
      );
    }
    // Capacity: CPU time per request from the one-instance runs. A Strapi instance is one Node
    // process (one core at most); PostgreSQL spreads over the cores it is given.
    console.log('\nCPU per request (one instance) and what one core carries at that cost:');
    for (const [name, byCount] of Object.entries(results)) {
      const f = byCount[1];
      const strapiMs = (f.cpu!.instances * 1000) / f.rps;
      const pgMs = (f.cpu!.postgres * 1000) / f.rps;
      console.log(
        `${name.padEnd(26)} Strapi ${strapiMs.toFixed(2)} ms (a core: ${(1000 / strapiMs).toFixed(0)} req/s)   PostgreSQL ${pgMs.toFixed(2)} ms (a core: ${(1000 / pgMs).toFixed(0)} req/s)`,
      );
    }
    console.log(
      `\n(${os.cpus().length} cores shared by the instances, PostgreSQL and the load generator: a ratio near 1 means the machine, not the plugin, is the limit.)`,
    );
  } finally {
    for (const i of instances) await i.kill('SIGTERM').catch(() => undefined);
    await db.drop().catch(() => undefined);
  }
}

if (require.main === module) {
  run().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
