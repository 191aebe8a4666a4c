/**
 * Two Strapi instances (child processes, real HTTP on loopback) on one fresh PostgreSQL
 * database and one Redis (a key prefix of this run's own), driven at the same time. Every loop
 * is bounded; afterwards the database is checked: each accepted comment exists once with a
 * complete audit trail, nothing is duplicated, the rate limit held across instances, and no
 * response was a 500.
 */
import type { Client } from 'pg';
import type { Instance } from '../helpers/cluster';
import { createPostgresDatabase } from '../helpers/database';
import {
  CM,
  Recorder,
  articleFile,
  auditProblems,
  clusterEnv,
  duplicateProblems,
  pgClient,
  pool,
  publishedArticle,
  redisKeys,
  registerSuperAdmin,
  startCluster,
} from '../helpers/cluster-kit';

jest.setTimeout(300_000);

let db: { url: string; drop: () => Promise<void> };
let env: Record<string, string>;
let A: Instance;
let B: Instance;
let token: string;
let pg: Client;
const rec = new Recorder();

beforeAll(async () => {
  db = await createPostgresDatabase();
  env = clusterEnv(db.url);
  [A, B] = await startCluster(2, env);
  token = await registerSuperAdmin(A.url);
  pg = await pgClient(db.url);
});

afterAll(async () => {
  await Promise.all([A?.kill(), B?.kill()]);
  await pg?.end();
  if (env) await redisKeys(env, '*', true);
  await db?.drop();
});

const CLIENTS = 60;
const PER_CLIENT = 7;
const LIMIT = 5; // editorial.config.comments.rateLimit.submit.points (default)
const accepted: string[] = [];
let articleId: string;

describe('two instances, one database, one Redis', () => {
  it('takes hundreds of concurrent comments on both, each stored once with its creation event, rate limits shared', async () => {
    articleId = await publishedArticle(
      rec,
      A.url,
      token,
      'Ferry crossing keeps winter timetable',
      '“The boats will run all winter,” said ferry manager Ada Lind.',
    );
    // Each client's requests are in flight together, alternating between the instances.
    const tasks = [];
    for (let c = 0; c < CLIENTS; c++) {
      for (let j = 0; j < PER_CLIENT; j++) {
        const target = (c + j) % 2 ? A : B;
        tasks.push(async () => {
          const res = await rec.call(target.url, 'POST', `/api/editorial/articles/${articleId}/comments`, {
            ip: `10.1.${c}.7`,
            label: `submit:${c}`,
            body: {
              authorName: `Reader ${c}`,
              body: `Reader ${c} on crossing ${j}: will the ${['early', 'late', 'night', 'school', 'market', 'holiday', 'freight'][j]} boat keep its slot?`,
            },
          });
          if (res.status === 201) accepted.push(res.body.data.documentId);
          if (res.status === 429) expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
          return res.status;
        });
      }
    }
    await pool(24, tasks);

    for (let c = 0; c < CLIENTS; c++) {
      expect({
        client: c,
        ok: rec.count(`submit:${c}`, 201),
        limited: rec.count(`submit:${c}`, 429),
      }).toEqual({ client: c, ok: LIMIT, limited: PER_CLIENT - LIMIT });
    }
    expect(accepted).toHaveLength(CLIENTS * LIMIT);
    // The counters live in Redis under this run's prefix: one per client.
    expect(await redisKeys(env, '-submit:*')).toHaveLength(CLIENTS);

    const rows = (
      await pg.query('select document_id from editorial_comments where article_document_id = $1', [articleId])
    ).rows;
    expect(rows.map((r) => r.document_id).sort()).toEqual([...accepted].sort());
    expect(await auditProblems(pg)).toEqual([]);
  });

  it('moderates on both at once: the same comment from both gives one winner and one 409; overlapping bulk actions keep a consistent trail', async () => {
    const contested = accepted.slice(0, 40);
    const versions = new Map<string, number>(
      (
        await pg.query('select document_id, version from editorial_comments where document_id = any($1)', [
          contested,
        ])
      ).rows.map((r) => [r.document_id, Number(r.version ?? 0)]),
    );
    const expectedChanges = new Map<string, number>();
    const bump = (id: string) => expectedChanges.set(id, (expectedChanges.get(id) ?? 0) + 1);
    const outcomes = await pool(
      16,
      contested.map((id) => async () => {
        const [a, b] = await Promise.all([
          rec.call(A.url, 'POST', `/editorial/moderation/comments/${id}/approve`, {
            token,
            body: { expectedVersion: versions.get(id) },
          }),
          rec.call(B.url, 'POST', `/editorial/moderation/comments/${id}/reject`, {
            token,
            body: { expectedVersion: versions.get(id) },
          }),
        ]);
        return {
          id,
          a: a.status,
          b: b.status,
          messageOfLoser: (a.status === 409 ? a : b).body?.error?.message,
        };
      }),
    );
    for (const o of outcomes) {
      expect([o.a, o.b].sort()).toEqual([200, 409]);
      expect(o.messageOfLoser).toMatch(/another moderator/);
      bump(o.id);
    }
    const finals = new Map(
      (
        await pg.query('select document_id, status from editorial_comments where document_id = any($1)', [
          contested,
        ])
      ).rows.map((r) => [r.document_id, r.status]),
    );
    for (const o of outcomes) expect(finals.get(o.id)).toBe(o.a === 200 ? 'approved' : 'rejected');

    // Overlapping bulk actions from both instances, in opposite orders, two rounds.
    const rest = accepted.slice(40);
    const onA = rest.slice(0, 180);
    const onB = rest.slice(60).reverse();
    for (const [actA, actB] of [
      ['approve', 'flag'],
      ['reject', 'restore'],
    ]) {
      const [ra, rb] = await Promise.all([
        rec.call(A.url, 'POST', '/editorial/moderation/bulk', {
          token,
          body: { documentIds: onA, action: actA },
        }),
        rec.call(B.url, 'POST', '/editorial/moderation/bulk', {
          token,
          body: { documentIds: onB, action: actB },
        }),
      ]);
      for (const r of [ra, rb]) {
        expect(r.status).toBe(200);
        for (const id of r.body.data.updated) bump(id);
      }
      expect(ra.body.data.updated.length + ra.body.data.conflicts.length).toBe(onA.length);
      expect(rb.body.data.updated.length + rb.body.data.conflicts.length).toBe(onB.length);
    }

    // Every change that was reported has exactly one event; the trails chain up to the status.
    expect(await auditProblems(pg)).toEqual([]);
    const changes = (
      await pg.query(
        "select comment_document_id id, count(*) n from editorial_moderation_events where from_status is not null and action <> 'report' group by 1",
      )
    ).rows;
    expect(new Map(changes.map((r) => [r.id, Number(r.n)]))).toEqual(expectedChanges);
  });

  it('saves the same article on both at once: quotes and sources are never duplicated', async () => {
    const created = await rec.call(A.url, 'POST', CM, {
      token,
      body: { title: 'Quay lights debate', slug: 'quay-lights-debate', body: 'Draft.' },
    });
    expect(created.status).toBe(201);
    const id = created.body.data.documentId;
    const other = await rec.call(B.url, 'POST', CM, {
      token,
      body: { title: 'Quay lights follow-up', slug: 'quay-lights-follow-up', body: 'Draft.' },
    });
    const otherId = other.body.data.documentId;
    const bodyFor = (round: number, side: string) =>
      [
        `“The lights on the quay must be fixed before round ${round},” said harbourmaster Ivo Brennick.`,
        `“We have asked for ${side} quotes twice,” said councillor Mara Quell${round % 2 ? '' : ' of the harbour committee'}.`,
        `“Nobody told us about round ${round},” said fisherman ${FISHERS[round]}.`,
      ].join('\n\n');
    const FISHERS = ['Tobias Wren', 'Ansel Pike', 'Greta Vance', 'Hector Lowe', 'Ida Marsh', 'Jonas Crale'];
    let last: string[] = [];
    for (let round = 0; round < 6; round++) {
      const bodies = [bodyFor(round, 'east'), bodyFor(round, 'west')];
      const replies = await Promise.all([
        rec.call(A.url, 'PUT', `${CM}/${id}`, { token, body: { body: bodies[0] } }),
        rec.call(B.url, 'PUT', `${CM}/${id}`, { token, body: { body: bodies[1] } }),
        // Another article quoting the same new people at the same moment.
        rec.call(round % 2 ? A.url : B.url, 'PUT', `${CM}/${otherId}`, {
          token,
          body: { body: bodyFor(round, 'north') },
        }),
      ]);
      for (const r of replies) expect(r.status).toBe(200);
      last = bodies;
    }
    const stored = (
      await pg.query('select body from editorial_articles where document_id = $1 and published_at is null', [
        id,
      ])
    ).rows[0].body;
    expect(last).toContain(stored);
    const quotes = (
      await pg.query(
        "select text from editorial_quotes where article_document_id = $1 and article_status = 'draft'",
        [id],
      )
    ).rows;
    expect(quotes).toHaveLength(3);
    for (const q of quotes) expect(stored).toContain(q.text.replace(/[“”]/g, ''));
    expect(await duplicateProblems(pg)).toEqual([]);
    for (const name of ['Ivo Brennick', 'Mara Quell', 'Jonas Crale']) {
      expect(
        (await pg.query('select count(*)::int n from editorial_sources where name = $1', [name])).rows[0].n,
      ).toBe(1);
    }
  });

  it('imports on both at once (the same files and different ones): each file once with all its comments', async () => {
    const file = (name: string, content: string) => ({ filename: name, content });
    const same = Array.from({ length: 5 }, (_, i) => file(`same-${i}.txt`, articleFile(`same${i}`, 6)));
    // Different files with the same title (same slug) and the same publication on each side.
    const onlyA = Array.from({ length: 4 }, (_, i) =>
      file(`a-${i}.txt`, articleFile(`east${i}`, 4, 'The Keston Tide', `Slipway survey ${i}`)),
    );
    const onlyB = Array.from({ length: 4 }, (_, i) =>
      file(`b-${i}.txt`, articleFile(`west${i}`, 4, 'The Keston Tide', `Slipway survey ${i}`)),
    );
    const [ra, rb] = await Promise.all([
      rec.call(A.url, 'POST', '/editorial/import', { token, body: { files: [...same, ...onlyA] } }),
      rec.call(B.url, 'POST', '/editorial/import', { token, body: { files: [...onlyB, ...same] } }),
    ]);
    expect([ra.status, rb.status]).toEqual([200, 200]);
    const results = [...ra.body.data.results, ...rb.body.data.results];
    expect(results.filter((r: any) => r.status === 'failed')).toEqual([]);
    for (const f of same) {
      expect(
        results
          .filter((r: any) => r.file === f.filename)
          .map((r: any) => r.status)
          .sort(),
      ).toEqual(['created', 'skipped-duplicate']);
    }
    for (const f of [...onlyA, ...onlyB])
      expect(results.find((r: any) => r.file === f.filename)).toMatchObject({
        status: 'created',
        commentCount: 4,
      });

    const created = results.filter((r: any) => r.status === 'created');
    expect(new Set(created.map((r: any) => r.documentId)).size).toBe(created.length);
    for (const r of created) {
      const n = (
        await pg.query(
          "select count(*)::int n from editorial_comments where article_document_id = $1 and origin = 'import'",
          [r.documentId],
        )
      ).rows[0].n;
      expect({ file: r.file, n }).toEqual({ file: r.file, n: r.file.startsWith('same') ? 6 : 4 });
    }
    expect(
      (
        await pg.query(
          "select count(*)::int n from editorial_sources where kind = 'outlet' and lower(name) = 'the keston tide'",
        )
      ).rows[0].n,
    ).toBe(1);
    expect(await duplicateProblems(pg)).toEqual([]);
    expect(await auditProblems(pg)).toEqual([]);
  });

  it('answered every request with a success or a clear client error', () => {
    expect(rec.unclear()).toEqual([]);
    expect(rec.replies.length).toBeGreaterThan(CLIENTS * PER_CLIENT);
  });
});
