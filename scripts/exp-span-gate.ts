/**
 * Experiment (issue 16), not shipped: a learned comment-level "has any span" decision on top of the
 * toxic-span LR, scored by the same 5-fold CV as train:moderation (same folds). Inside each outer
 * training set the token model is cross-fitted (5 inner parts), so every training comment has
 * token probabilities from a model that never saw it; on those the span thresholds, a comment-level
 * logistic regression for P(gold list empty) and a regression for the F1 the spans would get (when
 * the gold list is not empty) are learned, and the gate's level is chosen. The held-out fold is
 * scored once with the outer model (trained on the whole training set). Writes only a cache under .tmp/.
 * `SHARED_EVAL_DIR=../shared/eval npx tsx scripts/exp-span-gate.ts` with FEATS as in exp-span-decoding.ts,
 *   GATEBOW=1   the comment's words are gate features too; AVG and BAG as in exp-span-decoding.ts
 * Variants printed:
 *   thresholds-oof   span thresholds chosen on the cross-fitted training comments, no gate
 *   gate-p           nothing when P(empty) ≥ τ (τ chosen on the cross-fitted training comments)
 *   gate-ef1         nothing when P20(empty) ≥ P20(spanned) · F̂ (expected F1 at the comment level,
 *                    P20 = P(empty) moved to the test set's 20% prior); no parameter
 *   gate-ef1-tuned   same with a factor τ on the right side, chosen on the training comments
 */
import fs from 'node:fs';
import path from 'node:path';
import { hashFeature, spansOfTokens } from '../plugins/editorial/server/src/moderation/engine/model';
import { scoreModeration, type GoldRow, type Scores } from './moderation-metrics';
import { prng, shuffled, SEED, FOLDS, type Example } from './train-toxic-spans';
import {
  bagged,
  examplesAndFolds,
  featurise,
  thresholdDecoder,
  pred,
  reweighted,
  type Probs,
} from './exp-span-decoding';

const K = 5;
const GBITS = 18;
const GMASK = 2 ** GBITS - 1;
const TEST_EMPTY_SHARE = 0.2;
const BOW = process.env.GATEBOW === '1';
const FEATS_TAG =
  ((process.env.FEATS ?? '').split(',').filter(Boolean).sort().join('+') || 'base') +
  (process.env.AVG ? `-avg${process.env.AVG}` : '') +
  (Number(process.env.BAG ?? 1) > 1 ? `-bag${process.env.BAG}` : '');

/** Per-comment SemEval F1 of predicted spans (as in moderation-metrics). */
function commentF1(row: GoldRow, spans: Array<{ start: number; end: number }>): number {
  const G = new Set<number>();
  for (const s of row.spans ?? []) for (let i = s.start; i < s.end; i++) G.add(i);
  const P = new Set<number>();
  for (const s of spans) for (let i = s.start; i < s.end; i++) P.add(i);
  if (!G.size) return P.size ? 0 : 1;
  if (!P.size) return 0;
  let hit = 0;
  for (const i of P) if (G.has(i)) hit++;
  return (2 * hit) / (P.size + G.size);
}

const b = (x: number, n: number) => Math.min(n - 1, Math.floor(x * n));
/** Comment-level features: the token probabilities, the rules' marks, the decoded spans, length. */
function gateFeatures(e: Example, p: Probs, idx: number[]): Uint32Array {
  const n = p.length;
  const sorted = [...p].sort((x, y) => y - x);
  const mx = sorted[0] ?? 0;
  const mean = n ? p.reduce((a, x) => a + x, 0) / n : 0;
  const marked = e.ruleMarked.filter(Boolean).length;
  let mxr = 0;
  let mxn = 0;
  p.forEach((x, i) => (e.ruleMarked[i] ? (mxr = Math.max(mxr, x)) : (mxn = Math.max(mxn, x))));
  const c = e.tokens.map((t) => t.end - t.start);
  let expGold = 0;
  let hit = 0;
  let size = 0;
  p.forEach((x, i) => (expGold += x * c[i]));
  for (const i of idx) [hit, size] = [hit + p[i] * c[i], size + c[i]];
  const ef1 = size + expGold ? (2 * hit) / (size + expGold) : 0;
  const names = [
    'bias',
    `mx:${b(mx, 20)}`,
    `mx2:${b(sorted[1] ?? 0, 10)}`,
    `mean:${b(mean * 2, 10)}`,
    `mxr:${marked ? b(mxr, 10) : 'x'}`,
    `mxn:${b(mxn, 10)}`,
    `np:${Math.min(idx.length, 6)}`,
    `frac:${n ? b(idx.length / n, 10) : 'x'}`,
    `nr:${Math.min(marked, 5)}`,
    `mxnr:${b(mx, 5)}|${Math.min(marked, 3)}`,
    `ef:${b(ef1, 10)}`,
    `len:${[4, 8, 16, 32, 64, 128].filter((x) => n >= x).length}`,
  ];
  if (BOW) for (const w of new Set(e.tokens.map((t) => t.norm))) names.push(`w:${w}`);
  return Uint32Array.from(names.map(hashFeature));
}

/** Logistic (squared=false) or linear least-squares (squared=true) regression, AdaGrad. */
function fit(xs: Uint32Array[], ys: number[], seed: number, squared = false): Float64Array {
  const w = new Float64Array(GMASK + 1);
  const g2 = new Float64Array(GMASK + 1).fill(1e-8);
  const rand = prng(seed);
  for (let epoch = 0; epoch < 15; epoch++)
    for (const k of shuffled(
      xs.map((_, j) => j),
      rand,
    )) {
      let z = 0;
      for (const h of xs[k]) z += w[h & GMASK];
      const grad = (squared ? z : 1 / (1 + Math.exp(-z))) - ys[k];
      for (const h of xs[k]) {
        const j = h & GMASK;
        const g = grad + 1e-4 * w[j];
        g2[j] += g * g;
        w[j] -= (0.1 * g) / Math.sqrt(g2[j]);
      }
    }
  return w;
}
const apply = (w: Float64Array, x: Uint32Array, squared = false) => {
  let z = 0;
  for (const h of x) z += w[h & GMASK];
  return squared ? Math.min(1, Math.max(0.05, z)) : 1 / (1 + Math.exp(-z));
};

type Gate = { pEmpty: number; f1: number };
/** Odds of an empty list moved from the training share to the test set's. */
const toPrior = (pE: number, trainShare: number) => {
  const odds =
    ((pE / (1 - pE)) * (TEST_EMPTY_SHARE / (1 - TEST_EMPTY_SHARE))) / (trainShare / (1 - trainShare));
  return odds / (1 + odds);
};

function scoreWith(set: Example[], idx: number[][], empty: (k: number) => boolean): Scores {
  return scoreModeration(
    set.map((e) => e.row),
    set.map((e, k) => pred(e, empty(k) ? [] : idx[k])),
  );
}

function main() {
  const { examples, foldOf } = examplesAndFolds();
  const cacheDir = path.resolve(__dirname, '..', '.tmp');
  fs.mkdirSync(cacheDir, { recursive: true });
  const results: Record<string, Scores[]> = {};
  const add = (name: string, s: Scores, fold: number, extra = '') => {
    (results[name] ??= []).push(s);
    console.log(
      `fold ${fold + 1} ${name}: ${reweighted(s).toFixed(3)} raw ${s.semevalF1.toFixed(3)} spanned ${s.semevalF1Spanned.toFixed(3)} empty ${s.semevalF1Empty.toFixed(3)} ${extra}`,
    );
  };
  for (let fold = 0; fold < FOLDS; fold++) {
    const trainSet = examples.filter((_, i) => foldOf[i] !== fold);
    const test = examples.filter((_, i) => foldOf[i] === fold);
    const seed = SEED + 10 * (fold + 1);
    const file = path.join(cacheDir, `gate-probs-${FEATS_TAG}-f${fold}.json`);
    let cached: { oof: Probs[]; test: Probs[]; part: number[] };
    if (fs.existsSync(file)) cached = JSON.parse(fs.readFileSync(file, 'utf8'));
    else {
      const t0 = Date.now();
      const order = shuffled(
        trainSet.map((_, i) => i),
        prng(seed + 7),
      );
      const part = new Array<number>(trainSet.length);
      order.forEach((i, pos) => (part[i] = pos % K));
      const oof: Probs[] = new Array(trainSet.length);
      for (let k = 0; k < K; k++) {
        const tr = trainSet.filter((_, i) => part[i] !== k);
        const held = trainSet.filter((_, i) => part[i] === k);
        const fe = featurise(tr, held, seed + 20 + k);
        const heldIdx = trainSet.map((_, i) => i).filter((i) => part[i] === k);
        bagged(tr, seed + 20 + k, fe.train, fe.scored).forEach((p, j) => (oof[heldIdx[j]] = p));
      }
      const fo = featurise(trainSet, test, seed + 5);
      cached = { oof, test: bagged(trainSet, seed + 5, fo.train, fo.scored), part };
      fs.writeFileSync(file, JSON.stringify(cached));
      console.log(`  trained fold ${fold + 1} (${K} inner + outer) in ${Date.now() - t0} ms`);
    }
    // Span thresholds on all cross-fitted training comments.
    let best = { q: thresholdDecoder.grid[0], f: -1 };
    for (const q of thresholdDecoder.grid) {
      const f = reweighted(
        scoreWith(
          trainSet,
          trainSet.map((e, k) => thresholdDecoder.run(e, cached.oof[k], q)),
          () => false,
        ),
      );
      if (f > best.f + 1e-9) best = { q, f };
    }
    const idxTrain = trainSet.map((e, k) => thresholdDecoder.run(e, cached.oof[k], best.q));
    const idxTest = test.map((e, k) => thresholdDecoder.run(e, cached.test[k], best.q));
    add(
      'thresholds-oof',
      scoreWith(test, idxTest, () => false),
      fold,
      JSON.stringify(best.q),
    );

    // Gate: cross-fitted on the training comments (same inner parts), then fitted on all of them.
    const xTrain = trainSet.map((e, k) => gateFeatures(e, cached.oof[k], idxTrain[k]));
    const yEmpty = trainSet.map((e) => (e.row.spans?.length ? 0 : 1));
    const f1Train = trainSet.map((e, k) =>
      commentF1(e.row, spansOfTokens(e.row.text, e.tokens, idxTrain[k])),
    );
    const share = yEmpty.reduce<number>((a, y) => a + y, 0) / yEmpty.length;
    const gateOof: Gate[] = new Array(trainSet.length);
    for (let k = 0; k < K; k++) {
      const tr = trainSet.map((_, i) => i).filter((i) => cached.part[i] !== k);
      const sp = tr.filter((i) => !yEmpty[i]);
      const wE = fit(
        tr.map((i) => xTrain[i]),
        tr.map((i) => yEmpty[i]),
        seed + 40 + k,
      );
      const wF = fit(
        sp.map((i) => xTrain[i]),
        sp.map((i) => f1Train[i]),
        seed + 50 + k,
        true,
      );
      trainSet.forEach((_, i) => {
        if (cached.part[i] === k)
          gateOof[i] = { pEmpty: apply(wE, xTrain[i]), f1: apply(wF, xTrain[i], true) };
      });
    }
    const wE = fit(xTrain, yEmpty, seed + 60);
    const wF = fit(
      xTrain.filter((_, i) => !yEmpty[i]),
      f1Train.filter((_, i) => !yEmpty[i]),
      seed + 61,
      true,
    );
    const xTest = test.map((e, k) => gateFeatures(e, cached.test[k], idxTest[k]));
    const gateTest: Gate[] = xTest.map((x) => ({ pEmpty: apply(wE, x), f1: apply(wF, x, true) }));
    // AUC of P(empty) on the held-out fold, for the report.
    const pos = test.map((e, k) => [gateTest[k].pEmpty, e.row.spans?.length ? 0 : 1] as const);
    let auc = 0;
    const P = pos.filter((x) => x[1]);
    const N = pos.filter((x) => !x[1]);
    for (const a of P) for (const c of N) auc += a[0] > c[0] ? 1 : a[0] === c[0] ? 0.5 : 0;
    auc /= P.length * N.length || 1;

    const efRule = (g: Gate, tau: number) => {
      const pe = toPrior(g.pEmpty, share);
      return pe >= tau * (1 - pe) * g.f1;
    };
    const choose = (grid: number[], rule: (g: Gate, t: number) => boolean) => {
      let bt = { t: grid[0], f: -1 };
      for (const t of grid) {
        const f = reweighted(scoreWith(trainSet, idxTrain, (k) => rule(gateOof[k], t)));
        if (f > bt.f + 1e-9) bt = { t, f };
      }
      return bt;
    };
    const pRule = (g: Gate, t: number) => g.pEmpty >= t;
    const tp = choose(
      Array.from({ length: 29 }, (_, j) => 0.3 + 0.025 * j),
      pRule,
    );
    add(
      'gate-p',
      scoreWith(test, idxTest, (k) => pRule(gateTest[k], tp.t)),
      fold,
      `τ ${tp.t.toFixed(3)} AUC ${auc.toFixed(3)} held-out empty decided ${test.filter((_, k) => pRule(gateTest[k], tp.t)).length}/${test.length}`,
    );
    add(
      'gate-ef1',
      scoreWith(test, idxTest, (k) => efRule(gateTest[k], 1)),
      fold,
      `empty decided ${test.filter((_, k) => efRule(gateTest[k], 1)).length}/${test.length}`,
    );
    const te = choose([0.5, 0.75, 1, 1.25, 1.5, 2, 3, 5], efRule);
    add(
      'gate-ef1-tuned',
      scoreWith(test, idxTest, (k) => efRule(gateTest[k], te.t)),
      fold,
      `τ ${te.t}`,
    );
  }
  const stat = (xs: number[]) => {
    const m = xs.reduce((a, x) => a + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / Math.max(1, xs.length - 1));
    return `${m.toFixed(3)} ± ${sd.toFixed(3)}`;
  };
  console.log(`\nFEATS=${FEATS_TAG}${BOW ? ' GATEBOW=1' : ''}`);
  console.log('variant                  raw F1          20%-empty F1    spanned         empty');
  for (const [v, r] of Object.entries(results))
    console.log(
      `${v.padEnd(24)} ${stat(r.map((s) => s.semevalF1))}   ${stat(r.map(reweighted))}   ${stat(r.map((s) => s.semevalF1Spanned))}   ${stat(r.map((s) => s.semevalF1Empty))}`,
    );
}
main();
