/**
 * Hostile input against a real Strapi: random, oversized, malformed-UTF-8, deeply nested and
 * injection payloads sent to the public comment API, the generic content API, the public reads
 * and the import endpoints. Whatever arrives, the answer is a success or a 4xx (never a 5xx),
 * the server keeps answering, nothing hidden leaks, no article stores live markup, and memory
 * stays bounded. Every run uses the same seeds, so a failure replays.
 */
import * as prand from 'pure-rand';
import request from 'supertest';
import { startStrapi, type TestStrapi } from '../helpers/strapi';
import { createAdminSession, client, type AdminSession } from '../helpers/auth';
import { fixtures } from '../helpers/public-fixtures';

const COMMENT = 'plugin::editorial.comment';
const ARTICLE = 'plugin::editorial.article';

let t: TestStrapi;
let editor: AdminSession;
let article: any;
const failures: string[] = [];

function random(seed: number) {
  const generator = prand.xoroshiro128plus(seed);
  const int = (max: number) => prand.unsafeUniformIntDistribution(0, max - 1, generator);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  return { int, pick };
}

const INJECTIONS = [
  "' OR '1'='1",
  "'; DROP TABLE editorial_comments; --",
  '" OR ""="',
  '{"$gt": ""}',
  '$where',
  '__proto__',
  'constructor',
  '../../../../etc/passwd',
  '%00',
  '\u0000',
  '${7*7}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '\uFEFF\u202E\u200B',
  '𝕳𝖊𝖑𝖑𝖔 🧨',
  '\uD800',
  'A'.repeat(70000),
];

function randomValue(r: ReturnType<typeof random>, depth = 0): unknown {
  switch (r.int(depth > 3 ? 6 : 9)) {
    case 0:
      return r.pick(INJECTIONS);
    case 1:
      return r.int(2) ? Number.MAX_SAFE_INTEGER : -r.int(1e9);
    case 2:
      return r.int(2) === 0;
    case 3:
      return null;
    case 4:
      return 'x'.repeat(r.int(12000));
    case 5:
      return String.fromCharCode(...Array.from({ length: r.int(40) }, () => r.int(0xffff)));
    case 6:
      return Array.from({ length: r.int(5) }, () => randomValue(r, depth + 1));
    case 7:
      return Object.fromEntries(
        Array.from({ length: r.int(5) }, () => [
          r.pick(['__proto__', 'constructor', 'body', 'authorName', '$ne', 'status', 'id']),
          randomValue(r, depth + 1),
        ]),
      );
    default:
      return {
        authorName: randomValue(r, depth + 1),
        body: randomValue(r, depth + 1),
        parent: randomValue(r, depth + 1),
      };
  }
}

function nested(depth: number, kind: 'object' | 'array'): string {
  return kind === 'object'
    ? '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)
    : '['.repeat(depth) + ']'.repeat(depth);
}

/** Records anything that is not a success or a client error. */
function check(label: string, res: request.Response) {
  if (res.status >= 500) failures.push(`${label}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
}

async function alive() {
  const res = await request(t.server).get('/_health');
  expect(res.status).toBeLessThan(300);
}

beforeAll(async () => {
  t = await startStrapi();
  editor = await createAdminSession(t.strapi, t.server, 'Editor');
  article = await fixtures(t.strapi).article({ title: 'Tram line extension approved', commentsMode: 'open' });
  // Limits would answer 429 after a few posts; the fuzz wants every payload to reach validation.
  (t.strapi.plugin('editorial').service('comments') as any).limiter.configure({
    submit: { points: 1_000_000, duration: 60 },
    report: { points: 1_000_000, duration: 60 },
  });
});

afterAll(async () => {
  await t?.stop();
});

beforeEach(() => {
  failures.length = 0;
});

describe('public comment API', () => {
  it('answers random JSON bodies with 201 or 4xx, and stores only well-formed comments', async () => {
    const r = random(20261123);
    const url = `/api/editorial/articles/${article.documentId}/comments`;
    const seen = { created: 0, refused: 0 };
    for (let i = 0; i < 300; i++) {
      // A third are well-formed comments carrying hostile text; the rest are random shapes.
      const body =
        i % 3 === 0
          ? { authorName: `Reader ${i}`, body: `${r.pick(INJECTIONS).slice(0, 4000)} #${i}` }
          : randomValue(r);
      const res = await request(t.server)
        .post(url)
        .set('Content-Type', 'application/json')
        .send(JSON.stringify(body));
      check(`submit #${i}`, res);
      if (res.status === 201) {
        const row = await t.strapi.db
          .query(COMMENT as any)
          .findOne({ where: { documentId: res.body.data.documentId } });
        expect(typeof row.body).toBe('string');
        expect(typeof row.authorName).toBe('string');
        // eslint-disable-next-line no-control-regex -- asserts that control characters were stripped
        expect(row.body).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
        seen.created++;
      } else {
        seen.refused++;
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(typeof res.body?.error?.message).toBe('string');
      }
    }
    expect(failures).toEqual([]);
    expect(seen.created).toBeGreaterThan(50);
    expect(seen.refused).toBeGreaterThan(50);
    await alive();
  });

  it('refuses malformed UTF-8, broken JSON, deep nesting and oversized bodies with 4xx', async () => {
    const url = `/api/editorial/articles/${article.documentId}/comments`;
    const before = await t.strapi.db.query(COMMENT as any).count();
    const raw: [string, Buffer | string, string][] = [
      [
        'invalid UTF-8',
        Buffer.from([
          0x7b, 0x22, 0x62, 0x6f, 0x64, 0x79, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d,
        ]),
        'application/json',
      ],
      ['lone surrogate escape', '{"authorName":"A","body":"\\ud800 broken"}', 'application/json'],
      ['truncated JSON', '{"authorName": "A", "body": "x', 'application/json'],
      ['JSON with a NUL', '{"authorName":"A\u0000","body":"b"}', 'application/json'],
      ['deep object', nested(10000, 'object'), 'application/json'],
      ['deep array', nested(10000, 'array'), 'application/json'],
      [
        '2 MB body',
        JSON.stringify({ authorName: 'A', body: 'y'.repeat(2 * 1024 * 1024) }),
        'application/json',
      ],
      ['form encoded', 'authorName=A&body[$ne]=1&body[__proto__][x]=1', 'application/x-www-form-urlencoded'],
      ['wrong type', '<comment>hi</comment>', 'application/xml'],
      ['JSON array', '[{"authorName":"A","body":"b"}]', 'application/json'],
      [
        'prototype keys',
        '{"__proto__":{"status":"approved"},"constructor":{"prototype":{"status":"approved"}},"authorName":"Pat","body":"Hello from the proto"}',
        'application/json',
      ],
    ];
    for (const [label, body, type] of raw) {
      const res = await request(t.server).post(url).set('Content-Type', type).send(body);
      check(label, res);
      if (label === 'prototype keys' && res.status === 201) {
        // Accepted as a plain comment: the polluting keys must have had no effect.
        const row = await t.strapi.db
          .query(COMMENT as any)
          .findOne({ where: { documentId: res.body.data.documentId } });
        expect(row.body).toBe('Hello from the proto');
        expect(({} as any).status).toBeUndefined();
        continue;
      }
      if (label === 'lone surrogate escape' && res.status === 201) continue;
      expect({ label, status: res.status >= 400 && res.status < 500 }).toEqual({ label, status: true });
    }
    expect(({} as any).status).toBeUndefined();
    const added = (await t.strapi.db.query(COMMENT as any).count()) - before;
    expect(added).toBeLessThanOrEqual(2); // only the two well-formed payloads may have been stored
    expect(failures).toEqual([]);
    await alive();
  });

  it('answers hostile query strings on every public read without 5xx or hidden rows', async () => {
    const hidden = await t.strapi.db.query(COMMENT as any).create({
      data: {
        documentId: 'fuzzhiddencomment000000001',
        body: 'HIDDEN-PENDING-TEXT',
        authorName: 'Shadow',
        authorEmail: 'shadow@example.test',
        articleDocumentId: article.documentId,
        article: article.id,
        status: 'pending',
        postedAt: new Date(),
        origin: 'reader',
        ipHash: 'deadbeef',
      },
    });
    const deep = (n: number) => 'filters' + '[$or][0]'.repeat(n) + '[status][$eq]=pending';
    const queries = [
      'filters[status][$eq]=pending',
      'filters[$or][0][status]=pending&filters[$or][1][status]=approved',
      'filters[authorEmail][$contains]=@',
      'filters[ipHash][$notNull]=true',
      'filters[moderationReasons][$notNull]=true',
      'populate=*',
      'populate[parent][populate]=*',
      'populate[article][populate][comments][filters][status]=pending',
      'fields[0]=authorEmail&fields[1]=ipHash&fields[2]=status',
      'sort=authorEmail:asc',
      'pagination[pageSize]=1e308&pagination[page]=-1',
      'pagination[start]=-5&pagination[limit]=99999999999999999999',
      'pagination[page]=NaN',
      deep(40),
      'filters[body][$containsi]=%25%27%20OR%201%3D1--',
      'filters[id][$in][]=' + Array.from({ length: 2000 }, (_, i) => i).join('&filters[id][$in][]='),
      'filters[__proto__][status]=pending',
      'filters[constructor][prototype][x]=1',
      'locale=../../etc&status=draft',
      'sort[0][$where]=1',
      'a'.repeat(20000) + '=1',
      '%ff%fe=%c3%28',
    ];
    const bases = [
      '/api/editorial/comments',
      `/api/editorial/comments/${hidden.documentId}`,
      `/api/editorial/articles/${article.documentId}/comments`,
      '/api/editorial/articles',
      `/api/editorial/articles/${article.documentId}`,
      '/api/editorial/sources',
    ];
    for (const base of bases) {
      for (const q of queries) {
        const res = await request(t.server).get(`${base}?${q}`);
        check(`GET ${base}?${q.slice(0, 60)}`, res);
        const text = res.text ?? '';
        for (const secret of ['HIDDEN-PENDING-TEXT', 'shadow@example.test', 'deadbeef']) {
          if (text.includes(secret)) failures.push(`GET ${base}?${q.slice(0, 60)} leaked ${secret}`);
        }
      }
    }
    expect(failures).toEqual([]);
    await alive();
  });

  it('answers random report payloads with 2xx or 4xx', async () => {
    const r = random(77);
    const good = await request(t.server)
      .post(`/api/editorial/articles/${article.documentId}/comments`)
      .send({ authorName: 'Rhea', body: 'The extension will help the night shift.' });
    const targets = [
      good.body.data?.documentId ?? 'missing',
      'nonexistent',
      '%00',
      'a'.repeat(500),
      "' OR 1=1 --",
    ];
    for (let i = 0; i < 120; i++) {
      const res = await request(t.server)
        .post(`/api/editorial/comments/${encodeURIComponent(r.pick(targets))}/report`)
        .set('Content-Type', 'application/json')
        .send(JSON.stringify(randomValue(r)));
      check(`report #${i}`, res);
    }
    expect(failures).toEqual([]);
    await alive();
  });
});

describe('import endpoints', () => {
  it('answer random, malformed and oversized files with results or 4xx, and store no live markup', async () => {
    const r = random(4242);
    const api = client(t.server, editor.token);
    const pieces = [
      '<p>',
      '</p>',
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '<a href="javascript:alert(1)">x</a>',
      '<svg onload=alert(1)>',
      '<iframe srcdoc="<script>alert(1)</script>">',
      '“',
      '”',
      ' said ',
      'The mayor',
      '\n\n',
      '<h1>',
      '</h1>',
      '<div style="background:url(javascript:alert(1))">',
      '&lt;script&gt;',
      '<!--',
      '-->',
      '<![CDATA[',
      ']]>',
      '\u0000',
      'Ω',
    ];
    for (let i = 0; i < 40; i++) {
      const content = Array.from({ length: 20 + r.int(400) }, () => r.pick(pieces)).join('');
      const kind = r.int(4);
      const file =
        kind === 0
          ? { filename: `fuzz-${i}.html`, content, contentType: 'text/html' }
          : kind === 1
            ? {
                filename: `fuzz-${i}.txt`,
                content: Buffer.from([0xff, 0xfe, 0xfd, ...Buffer.from(content)]).toString('base64'),
                encoding: 'base64',
              }
            : kind === 2
              ? { filename: `fuzz-${i}.txt`, content }
              : (randomValue(r) as any);
      const preview = await api.post('/editorial/import/preview').send({ files: [file] });
      check(`preview #${i}`, preview);
      const imported = await api
        .post('/editorial/import')
        .send({ files: [file], onDuplicate: r.int(2) ? 'skip' : 'update' });
      check(`import #${i}`, imported);
    }
    for (const [label, body] of [
      ['deep', nested(10000, 'object')],
      ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0x66, 0xff, 0x22, 0x3a, 0x31, 0x7d])],
      ['not JSON', 'files=1'],
    ] as const) {
      const res = await request(t.server)
        .post('/editorial/import')
        .set('Authorization', `Bearer ${editor.token}`)
        .set('Content-Type', 'application/json')
        .send(body as any);
      check(label, res);
      expect({ label, clientError: res.status >= 400 && res.status < 500 }).toEqual({
        label,
        clientError: true,
      });
    }
    const articles: any[] = await t.strapi.db
      .query(ARTICLE as any)
      .findMany({ select: ['body', 'title', 'dek'] });
    for (const a of articles) {
      const text = `${a.title ?? ''}\n${a.dek ?? ''}\n${a.body ?? ''}`;
      if (/<script|<iframe|<svg|\son\w+\s*=|javascript:/i.test(text))
        failures.push(`stored live markup: ${text.slice(0, 120)}`);
    }
    expect(failures).toEqual([]);
    await alive();
  });
});

describe('resources', () => {
  it('keeps memory bounded over a long run of oversized comments', async () => {
    const url = `/api/editorial/articles/${article.documentId}/comments`;
    const sample = () => process.memoryUsage().rss;
    for (let i = 0; i < 30; i++)
      await request(t.server)
        .post(url)
        .send({ authorName: 'Warm', body: `warm-up ${i} ${'z'.repeat(9000)}` });
    const before = sample();
    for (let i = 0; i < 400; i++) {
      const res = await request(t.server)
        .post(url)
        .send({ authorName: 'Bulk', body: `payload ${i} ${'q'.repeat(9500)}` });
      check(`bulk #${i}`, res);
    }
    const growth = sample() - before;
    expect(failures).toEqual([]);
    // 400 comments of 9.5 KB are under 4 MB of text; anything near 256 MB would be a leak.
    expect(growth).toBeLessThan(256 * 1024 * 1024);
    await alive();
  });
});
