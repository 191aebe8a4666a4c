/**
 * The documentation's example requests, run against a real Strapi loaded with the sample content
 * that `npm run develop` loads (src/seed). Convention (stated in docs/public-api.md):
 *  - in a ```bash block of README.md or docs/*.md, every `curl` command (continued over lines
 *    ending in `\`) whose URL is under http://localhost:1337/api/ is an example;
 *  - a `# -> NNN` line right after it names the expected status, and text after the status that
 *    does not open a JSON shape (`{`) must appear in the error message; without such a line the
 *    example must answer 2xx with a non-empty `data`;
 *  - `COMMENT_DOCUMENT_ID` is replaced by an approved sample comment's documentId, `ETAG` by the
 *    ETag of a plain GET of the same URL;
 *  - each ```graphql block is POSTed to /graphql and must answer data with no errors;
 *  - every relative link in the docs and the module READMEs points at a file that exists.
 */
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { startStrapi, type TestStrapi } from '../helpers/strapi';

jest.setTimeout(180_000);

interface CurlExample {
  file: string;
  line: number;
  command: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  data?: string;
  expectStatus?: number;
  expectMessage?: string;
}

const root = path.resolve(__dirname, '..', '..');
const docFiles = [
  'README.md',
  ...fs
    .readdirSync(path.join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

const moduleReadmes = ['plugins/editorial/README.md', 'quotes', 'moderation', 'importer'].map((f) =>
  f.endsWith('.md') ? f : `plugins/editorial/server/src/${f}/engine/README.md`,
);

/** Splits a shell command line into words, honouring single and double quotes. */
function shellWords(command: string): string[] {
  const words: string[] = [];
  let current = '';
  let inWord = false;
  for (let i = 0; i < command.length; i++) {
    const c = command[i];
    if (c === "'" || c === '"') {
      const close = command.indexOf(c, i + 1);
      if (close < 0) throw new Error(`unbalanced ${c} in: ${command}`);
      current += command.slice(i + 1, close);
      inWord = true;
      i = close;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(current);
      current = '';
      inWord = false;
    } else {
      current += c;
      inWord = true;
    }
  }
  if (inWord) words.push(current);
  return words;
}

function parseCurl(command: string): Pick<CurlExample, 'method' | 'url' | 'headers' | 'data'> {
  const words = shellWords(command).slice(1);
  let method: string | undefined;
  let url = '';
  let data: string | undefined;
  const headers: Record<string, string> = {};
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === '-X' || w === '--request') method = words[++i];
    else if (w === '-H' || w === '--header') {
      const h = words[++i];
      const colon = h.indexOf(':');
      headers[h.slice(0, colon).trim().toLowerCase()] = h.slice(colon + 1).trim();
    } else if (w === '-d' || w === '--data' || w === '--data-raw') data = words[++i];
    else if (/^-[gisS]+$|^--(globoff|include|silent)$/.test(w)) continue;
    else if (w.startsWith('-'))
      throw new Error(`curl option ${w} is not understood by the docs test: ${command}`);
    else url = w;
  }
  return { method: method ?? (data === undefined ? 'GET' : 'POST'), url, headers, data };
}

function examplesOf(file: string): {
  curls: CurlExample[];
  graphql: { file: string; line: number; query: string }[];
} {
  const lines = fs.readFileSync(path.join(root, file), 'utf8').split('\n');
  const curls: CurlExample[] = [];
  const graphql: { file: string; line: number; query: string }[] = [];
  let fence: string | null = null;
  let block: string[] = [];
  let blockStart = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const open = /^```(\w*)\s*$/.exec(line);
    if (fence === null && open) {
      fence = open[1];
      block = [];
      blockStart = i + 1;
      continue;
    }
    if (fence !== null && line.startsWith('```')) {
      if (fence === 'graphql') graphql.push({ file, line: blockStart, query: block.join('\n') });
      fence = null;
      continue;
    }
    if (fence !== 'bash' || !line.trimStart().startsWith('curl ')) {
      block.push(line);
      continue;
    }
    const start = i;
    let command = line.trim();
    while (command.endsWith('\\') && i + 1 < lines.length)
      command = `${command.slice(0, -1)} ${lines[++i].trim()}`;
    const parsed = parseCurl(command);
    if (!/^http:\/\/localhost:1337\/api\//.test(parsed.url)) continue;
    const expect = /^\s*#\s*->\s*(\d{3})\b\s*(.*)$/.exec(lines[i + 1] ?? '');
    const message = expect?.[2].trim();
    curls.push({
      file,
      line: start + 1,
      command,
      ...parsed,
      expectStatus: expect ? Number(expect[1]) : undefined,
      expectMessage: message && !message.startsWith('{') && !message.startsWith('(') ? message : undefined,
    });
  }
  return { curls, graphql };
}

const all = docFiles.map(examplesOf);
const curls = all.flatMap((x) => x.curls);
const graphqlBlocks = all.flatMap((x) => x.graphql);

let t: TestStrapi;
const placeholders: Record<string, string> = {};

beforeAll(async () => {
  t = await startStrapi({ EDITORIAL_SEED: 'true' });
  const comments = await request(t.server).get(
    '/api/editorial/articles/harbour-authority-accused-of-hiding-dredging-report/comments',
  );
  placeholders.COMMENT_DOCUMENT_ID = comments.body.data[0].documentId;
});

afterAll(async () => {
  await t?.stop();
});

it('links only to files that exist', () => {
  const broken: string[] = [];
  for (const file of [...docFiles, ...moduleReadmes]) {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    for (const [, target] of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
      if (/^[a-z]+:/.test(target)) continue;
      if (!fs.existsSync(path.resolve(root, path.dirname(file), target))) broken.push(`${file}: ${target}`);
    }
  }
  expect(broken).toEqual([]);
});

it('finds the example requests in the docs', () => {
  expect(curls.length).toBeGreaterThanOrEqual(10);
  expect(curls.some((c) => c.file === 'README.md')).toBe(true);
  expect(curls.some((c) => c.method === 'POST')).toBe(true);
});

const fill = async (text: string, url: string) => {
  let out = text.replace(/COMMENT_DOCUMENT_ID/g, placeholders.COMMENT_DOCUMENT_ID);
  if (out.includes('ETAG')) {
    const first = await request(t.server).get(url);
    expect(first.headers.etag).toBeTruthy();
    out = out.replace(/ETAG/g, first.headers.etag);
  }
  return out;
};

describe.each(
  curls.map((c) => [`${c.file}:${c.line} ${c.method} ${c.url.replace('http://localhost:1337', '')}`, c]),
)('%s', (_name, example) => {
  it(
    example.expectStatus === undefined
      ? 'answers 2xx with a non-empty result'
      : `answers ${example.expectStatus}`,
    async () => {
      const urlPath = await fill(example.url.replace('http://localhost:1337', ''), '');
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(example.headers)) headers[k] = await fill(v, urlPath);
      let req = request(t.server)[example.method.toLowerCase() as 'get' | 'post'](urlPath).set(headers);
      if (example.data !== undefined) req = req.send(await fill(example.data, urlPath));
      const res = await req;
      if (example.expectStatus !== undefined) {
        expect(res.status).toBe(example.expectStatus);
        if (example.expectMessage) expect(res.body?.error?.message ?? '').toContain(example.expectMessage);
      } else {
        expect(res.status).toBeGreaterThanOrEqual(200);
        expect(res.status).toBeLessThan(300);
      }
      if (res.status >= 200 && res.status < 300) {
        const data = res.body?.data;
        expect(data).toBeTruthy();
        if (Array.isArray(data)) expect(data.length).toBeGreaterThan(0);
      }
    },
  );
});

describe.each(graphqlBlocks.map((g) => [`${g.file}:${g.line} graphql`, g]))('%s', (_name, block) => {
  it('answers data with no errors', async () => {
    const res = await request(t.server).post('/graphql').send({ query: block.query });
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    const [first] = Object.values(res.body.data ?? {}) as unknown[];
    expect(Array.isArray(first) ? first.length : first ? 1 : 0).toBeGreaterThan(0);
  });
});
