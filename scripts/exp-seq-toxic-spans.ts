/**
 * Experiment (issue 16), not shipped: alternatives to the toxic-span LR scored by the same 5-fold CV
 * (same folds, thresholds chosen on an inner 80/20 split of the training folds) as train:moderation.
 * Writes nothing. `SHARED_EVAL_DIR=../shared/eval npx tsx scripts/exp-seq-toxic-spans.ts`, with
 *   VARIANTS=lr,lr+top,crf,crf+top,avg,avg+top (default; +gate adds a comment-level max-prob gate)
 *     lr: the shipped LR; crf: a 2-state linear-chain CRF (same features + T->T transition features:
 *     separator, word pair, words) decoded by its marginals; avg: mean of both probabilities;
 *     +top: when the rules hold and nothing is marked, mark the likeliest word above a tuned level.
 *   CRF_EPOCHS=8 CRF_LR=0.05; CLUSTERS=64,256 adds word-cluster features (k-means over PPMI context
 *   vectors of the comments' own words, no labels; CL_ONLY=1 prints sample clusters and stops).
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  compileModerationSettings,
  defaultModerationSettings,
  moderateComment,
  type ModerationSettings,
} from '../plugins/editorial/server/src/moderation/engine';
import {
  CompiledLexicon,
  ToxicSpanModel,
  hashFeature,
  spansOfTokens,
} from '../plugins/editorial/server/src/moderation/engine/model';
import { scoreModeration, type GoldRow, type PredRow, type Scores } from './moderation-metrics';
import {
  buildLexicon,
  makeExample,
  train,
  prng,
  shuffled,
  SEED,
  FOLDS,
  type Example,
} from './train-toxic-spans';

const BITS = 20;
const MASK = 2 ** BITS - 1;
const EPOCHS = Number(process.env.CRF_EPOCHS ?? 8);
const LR = Number(process.env.CRF_LR ?? 0.05);
const L2 = 1e-5;
const TEST_EMPTY_SHARE = 0.2;
const reweighted = (s: Scores) =>
  (1 - TEST_EMPTY_SHARE) * s.semevalF1Spanned + TEST_EMPTY_SHARE * s.semevalF1Empty;

interface Ex extends Example {
  trans: Uint32Array[];
  held: boolean;
}

/** Transition features of the T->T edge into token i (i >= 1). */
function transFeatures(e: Example): Uint32Array[] {
  const out: Uint32Array[] = [new Uint32Array(0)];
  const t = e.tokens;
  for (let i = 1; i < t.length; i++) {
    const gap = e.row.text.slice(t[i - 1].end, t[i].start);
    const sep = /^[\s-]*$/.test(gap) ? 'sp' : /[.!?]/.test(gap) ? 'end' : 'p';
    out.push(
      Uint32Array.from([
        hashFeature('tt'),
        hashFeature(`tts:${sep}`),
        hashFeature(`ttp:${t[i - 1].norm}|${t[i].norm}`),
        hashFeature(`ttc:${t[i].norm}`),
        hashFeature(`ttl:${t[i - 1].norm}`),
      ]),
    );
  }
  return out;
}

const lse = (a: number, b: number) =>
  a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));

/** Marginal P(T) of each token; fills `pairTT` with P(y_{i-1}=T, y_i=T) when given. */
function marginals(
  w: Float64Array,
  u: Float64Array,
  ot: number,
  to: number,
  feats: Uint32Array[],
  trans: Uint32Array[],
  pairTT?: Float64Array,
): Float64Array {
  const n = feats.length;
  const em = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (const h of feats[i]) s += w[h & MASK];
    em[i] = s;
  }
  const tt = new Float64Array(n);
  for (let i = 1; i < n; i++) {
    let s = 0;
    for (const h of trans[i]) s += u[h & MASK];
    tt[i] = s;
  }
  // States: 0 = O, 1 = T. Edge scores: O->O 0, O->T ot, T->O to, T->T tt[i].
  const a0 = new Float64Array(n),
    a1 = new Float64Array(n),
    b0 = new Float64Array(n),
    b1 = new Float64Array(n);
  a0[0] = 0;
  a1[0] = em[0];
  for (let i = 1; i < n; i++) {
    a0[i] = lse(a0[i - 1], a1[i - 1] + to);
    a1[i] = em[i] + lse(a0[i - 1] + ot, a1[i - 1] + tt[i]);
  }
  b0[n - 1] = 0;
  b1[n - 1] = 0;
  for (let i = n - 2; i >= 0; i--) {
    b0[i] = lse(b0[i + 1], ot + em[i + 1] + b1[i + 1]);
    b1[i] = lse(to + b0[i + 1], tt[i + 1] + em[i + 1] + b1[i + 1]);
  }
  const z = lse(a0[n - 1], a1[n - 1]);
  const p = new Float64Array(n);
  for (let i = 0; i < n; i++) p[i] = Math.exp(a1[i] + b1[i] - z);
  if (pairTT) for (let i = 1; i < n; i++) pairTT[i] = Math.exp(a1[i - 1] + tt[i] + em[i] + b1[i] - z);
  return p;
}

interface Crf {
  w: Float64Array;
  u: Float64Array;
  ot: number;
  to: number;
}
function trainCrf(examples: Ex[], seed: number): Crf {
  const rand = prng(seed);
  const w = new Float64Array(MASK + 1),
    g2 = new Float64Array(MASK + 1).fill(1e-8);
  const u = new Float64Array(MASK + 1),
    ug2 = new Float64Array(MASK + 1).fill(1e-8);
  let ot = 0,
    to = 0,
    otg = 1e-8,
    tog = 1e-8;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const ex of shuffled(examples, rand)) {
      const n = ex.feats.length;
      if (!n) continue;
      const pair = new Float64Array(n);
      const p = marginals(w, u, ot, to, ex.feats, ex.trans, pair);
      let gOt = 0,
        gTo = 0;
      for (let i = 0; i < n; i++) {
        const grad = p[i] - ex.labels[i];
        for (const h of ex.feats[i]) {
          const j = h & MASK;
          const g = grad + L2 * w[j];
          g2[j] += g * g;
          w[j] -= (LR * g) / Math.sqrt(g2[j]);
        }
        if (i === 0) continue;
        // Edge marginals: P(O,T) = p_i - pairTT; P(T,O) = p_{i-1} - pairTT.
        const gold11 = ex.labels[i - 1] && ex.labels[i] ? 1 : 0;
        const gt = pair[i] - gold11;
        for (const h of ex.trans[i]) {
          const j = h & MASK;
          const g = gt + L2 * u[j];
          ug2[j] += g * g;
          u[j] -= (LR * g) / Math.sqrt(ug2[j]);
        }
        gOt += p[i] - pair[i] - (!ex.labels[i - 1] && ex.labels[i] ? 1 : 0);
        gTo += p[i - 1] - pair[i] - (ex.labels[i - 1] && !ex.labels[i] ? 1 : 0);
      }
      otg += gOt * gOt;
      ot -= (LR * gOt) / Math.sqrt(otg);
      tog += gTo * gTo;
      to -= (LR * gTo) / Math.sqrt(tog);
    }
  }
  return { w, u, ot, to };
}
const crfProbs = (m: Crf, e: Ex) =>
  e.feats.length ? marginals(m.w, m.u, m.ot, m.to, e.feats, e.trans) : new Float64Array(0);

/** Word clusters from the comments' own text (no labels): PPMI context vectors, random projection, k-means. */
function wordClusters(exs: Example[], ks: number[]): Array<Map<string, number>> {
  const count = new Map<string, number>();
  for (const e of exs) for (const t of e.tokens) count.set(t.norm, (count.get(t.norm) ?? 0) + 1);
  const vocab = [...count]
    .filter(([, c]) => c >= Number(process.env.CL_MIN ?? 3))
    .map(([w]) => w)
    .sort();
  const vid = new Map(vocab.map((w, i) => [w, i]));
  const ctxWords = [...count]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 3000)
    .map(([w]) => w);
  const cid = new Map(ctxWords.map((w, i) => [w, i]));
  const co = new Map<number, Map<number, number>>();
  let total = 0;
  for (const e of exs) {
    const t = e.tokens;
    for (let i = 0; i < t.length; i++) {
      const v = vid.get(t[i].norm);
      if (v === undefined) continue;
      for (let d = -2; d <= 2; d++) {
        if (!d || i + d < 0 || i + d >= t.length) continue;
        const c = cid.get(t[i + d].norm);
        if (c === undefined) continue;
        const row = co.get(v) ?? new Map<number, number>();
        row.set(c, (row.get(c) ?? 0) + 1);
        co.set(v, row);
        total++;
      }
    }
  }
  const rowSum = new Float64Array(vocab.length),
    colSum = new Float64Array(ctxWords.length);
  for (const [v, row] of co)
    for (const [c, x] of row) {
      rowSum[v] += x;
      colSum[c] += x;
    }
  // Sparse PPMI rows, a Gaussian-like sketch, then power iterations (A Aᵀ) towards the top singular subspace.
  const D = 64;
  const rows: Array<Array<[number, number]>> = vocab.map(() => []);
  for (const [v, row] of co)
    for (const [c, x] of row) {
      const pmi = Math.log((x * total) / (rowSum[v] * Math.pow(colSum[c], 0.75) * Math.pow(total, 0.25)));
      if (pmi > 0) rows[v].push([c, pmi]);
    }
  const proj = (c: number, d: number) => ((hashFeature(`p${c}:${d}`) >>> 8) & 0xffff) / 0x8000 - 1;
  let vec = rows.map((r) => {
    const out = new Float64Array(D);
    for (const [c, x] of r) for (let d = 0; d < D; d++) out[d] += x * proj(c, d);
    return out;
  });
  const orth = (m: Float64Array[]) => {
    // Gram-Schmidt on the columns.
    for (let d = 0; d < D; d++) {
      for (let e = 0; e < d; e++) {
        let dot = 0;
        for (const r of m) dot += r[d] * r[e];
        for (const r of m) r[d] -= dot * r[e];
      }
      let n = 0;
      for (const r of m) n += r[d] * r[d];
      n = Math.sqrt(n) || 1;
      for (const r of m) r[d] /= n;
    }
  };
  for (let it = 0; it < Number(process.env.CL_POWER ?? 2); it++) {
    orth(vec);
    const ctx = ctxWords.map(() => new Float64Array(D));
    rows.forEach((r, v) => {
      for (const [c, x] of r) for (let d = 0; d < D; d++) ctx[c][d] += x * vec[v][d];
    });
    vec = rows.map((r) => {
      const out = new Float64Array(D);
      for (const [c, x] of r) for (let d = 0; d < D; d++) out[d] += x * ctx[c][d];
      return out;
    });
  }
  for (const v of vec) {
    const norm = Math.sqrt(v.reduce((a, b) => a + b * b, 0)) || 1;
    for (let d = 0; d < D; d++) v[d] /= norm;
  }
  return ks.map((k) => {
    const cent = Array.from({ length: k }, (_, j) =>
      Float64Array.from(vec[Math.floor((j * vocab.length) / k)]),
    );
    const assign = new Int32Array(vocab.length);
    for (let it = 0; it < 12; it++) {
      for (let v = 0; v < vocab.length; v++) {
        let best = 0,
          bs = -Infinity;
        for (let j = 0; j < k; j++) {
          let s = 0;
          const c = cent[j];
          for (let d = 0; d < D; d++) s += c[d] * vec[v][d];
          if (s > bs) {
            bs = s;
            best = j;
          }
        }
        assign[v] = best;
      }
      for (const c of cent) c.fill(0);
      for (let v = 0; v < vocab.length; v++) for (let d = 0; d < D; d++) cent[assign[v]][d] += vec[v][d];
      for (const c of cent) {
        const n = Math.sqrt(c.reduce((a, b) => a + b * b, 0)) || 1;
        for (let d = 0; d < D; d++) c[d] /= n;
      }
    }
    return new Map(vocab.map((w, v) => [w, assign[v]]));
  });
}
function withClusters(e: Example, maps: Array<Map<string, number>>): Uint32Array[] {
  return e.feats.map((f, i) => {
    const extra: number[] = [];
    maps.forEach((m, g) => {
      const c = (j: number) => (j < 0 || j >= e.tokens.length ? 'x' : String(m.get(e.tokens[j].norm) ?? 'u'));
      extra.push(
        hashFeature(`cl${g}:${c(i)}`),
        hashFeature(`cl${g}-1:${c(i - 1)}`),
        hashFeature(`cl${g}+1:${c(i + 1)}`),
      );
      if (e.ruleMarked[i]) extra.push(hashFeature(`clr${g}:${c(i)}`));
    });
    return Uint32Array.from([...f, ...extra]);
  });
}

type Probs = ArrayLike<number>;
interface Decode {
  span: number;
  ruleSpan: number;
  top: number;
  gate?: number;
}
function predict(e: Ex, p: Probs, d: Decode): PredRow {
  const idx: number[] = [];
  for (let i = 0; i < e.tokens.length; i++) if (p[i] >= (e.ruleMarked[i] ? d.ruleSpan : d.span)) idx.push(i);
  if (d.gate) {
    let mx = 0;
    for (let i = 0; i < e.tokens.length; i++) mx = Math.max(mx, p[i]);
    if (mx < d.gate) idx.length = 0;
  }
  if (!idx.length && e.held && e.tokens.length) {
    let best = 0;
    for (let i = 1; i < e.tokens.length; i++) if (p[i] > p[best]) best = i;
    if (p[best] >= d.top) idx.push(best);
  }
  return {
    decision: e.held ? 'hold' : 'approve',
    reasons: [{ rule: 'model', spans: spansOfTokens(e.row.text, e.tokens, idx) }],
  };
}
const SPAN_GRID = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7];
const RULE_GRID = [0.05, 0.1, 0.15, 0.2, 0.3, 0.4];
const TOP_GRID = [2, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05, 0];
function choose(check: Ex[], probs: Probs[], withTop: boolean, withGate = false): Decode & { f1: number } {
  let best = { span: 0.5, ruleSpan: 0.1, top: 2, gate: 0, f1: -1 };
  for (const ruleSpan of RULE_GRID)
    for (const span of SPAN_GRID)
      for (const top of withTop ? TOP_GRID : [2])
        for (const gate of withGate ? [0, 0.5, 0.6, 0.7, 0.8, 0.9] : [0]) {
          const f1 = reweighted(
            scoreModeration(
              check.map((e) => e.row),
              check.map((e, k) => predict(e, probs[k], { span, ruleSpan, top, gate })),
            ),
          );
          if (f1 > best.f1 + 1e-9) best = { span, ruleSpan, top, gate, f1 };
        }
  return best;
}

const settingsWith = (model: Partial<ModerationSettings['model']>): ModerationSettings => ({
  ...defaultModerationSettings,
  model: { ...defaultModerationSettings.model, ...model },
});
const RULES_ONLY = compileModerationSettings(settingsWith({ enabled: false }));

function main() {
  const evalDir = process.env.SHARED_EVAL_DIR!;
  const rows = fs
    .readFileSync(path.join(evalDir, 'comments-dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldRow);
  const lexicon = buildLexicon();
  const cl = new CompiledLexicon(lexicon);
  const t0 = Date.now();
  const examples: Ex[] = rows.map((r) => {
    const e = makeExample(r, cl);
    return {
      ...e,
      trans: transFeatures(e),
      held: moderateComment({ text: r.text }, RULES_ONLY, { articleMode: 'open' }).decision !== 'approve',
    };
  });
  console.log(`examples in ${Date.now() - t0} ms`);
  const useClusters = Boolean(process.env.CLUSTERS);
  if (useClusters) {
    const t2 = Date.now();
    const maps = wordClusters(examples, (process.env.CLUSTERS ?? '64,256').split(',').map(Number));
    for (const e of examples) e.feats = withClusters(e, maps);
    console.log(`clusters in ${Date.now() - t2} ms; vocab ${maps[0].size}`);
    const m = maps[maps.length - 1];
    const probe = ['idiot', 'stupid', 'moron', 'trump', 'kill'];
    for (const p of probe) {
      const c = m.get(p);
      console.log(
        p,
        [...m]
          .filter(([, x]) => x === c)
          .slice(0, 15)
          .map(([w]) => w)
          .join(' '),
      );
    }
    if (process.env.CL_ONLY) return;
  }
  const perm = shuffled(
    examples.map((_, i) => i),
    prng(SEED),
  );
  const foldOf = new Int8Array(examples.length);
  perm.forEach((idx, pos) => (foldOf[idx] = pos % FOLDS));
  const variants = (process.env.VARIANTS ?? 'lr,lr+top,crf,crf+top,avg,avg+top').split(',');
  const results: Record<string, Scores[]> = Object.fromEntries(variants.map((v) => [v, []]));
  const onlyFolds = Number(process.env.FOLDS_RUN ?? FOLDS);
  for (let fold = 0; fold < onlyFolds; fold++) {
    const t1 = Date.now();
    const trainSet = examples.filter((_, i) => foldOf[i] !== fold);
    const test = examples.filter((_, i) => foldOf[i] === fold);
    const seed = SEED + 10 * (fold + 1);
    const order = shuffled(trainSet, prng(seed + 1));
    const cut = Math.floor(order.length * 0.8);
    const inner = order.slice(0, cut),
      check = order.slice(cut);
    const needCrf = variants.some((v) => !v.startsWith('lr'));
    const fit = (set: Ex[], s: number) => ({
      lr: new ToxicSpanModel(train(set, lexicon, { span: 0.5, ruleSpan: 0.1, hold: 0.9 }, s)),
      crf: needCrf ? trainCrf(set, s + 7) : null,
    });
    const probsOf = (m: ReturnType<typeof fit>, set: Ex[]) => {
      const lr = set.map((e) => m.lr.probabilities(e.feats));
      const crf = set.map((e, k) => (m.crf ? crfProbs(m.crf, e) : lr[k]));
      const avg = set.map((_, k) => Float64Array.from(lr[k], (x, i) => (x + crf[k][i]) / 2));
      return { lr, crf, avg } as Record<string, Probs[]>;
    };
    const innerP = probsOf(fit(inner, seed + 2), check);
    const outerP = probsOf(fit(trainSet, seed + 5), test);
    const line: string[] = [];
    for (const v of variants) {
      const [base, ...mods] = v.split('+');
      const d = choose(check, innerP[base], mods.includes('top'), mods.includes('gate'));
      const s = scoreModeration(
        test.map((e) => e.row),
        test.map((e, k) => predict(e, outerP[base][k], d)),
      );
      results[v].push(s);
      line.push(
        `${v} ${reweighted(s).toFixed(3)}/${s.semevalF1.toFixed(3)} [${d.span},${d.ruleSpan},${d.top},${d.gate}]`,
      );
    }
    console.log(`fold ${fold + 1} (${Math.round((Date.now() - t1) / 1000)} s): ${line.join('  ')}`);
  }
  const stat = (xs: number[]) => {
    const m = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / Math.max(1, xs.length - 1));
    return `${m.toFixed(3)} ± ${sd.toFixed(3)}`;
  };
  console.log('\nvariant     raw F1          20%-empty F1    spanned         empty');
  for (const v of variants) {
    const r = results[v];
    console.log(
      `${v.padEnd(10)}  ${stat(r.map((s) => s.semevalF1))}   ${stat(r.map(reweighted))}   ${stat(r.map((s) => s.semevalF1Spanned))}   ${stat(r.map((s) => s.semevalF1Empty))}`,
    );
  }
}
main();
