/**
 * The measures of ../shared/eval/score-moderation.mjs, computed in memory (cross-validation scores
 * thousands of predictions per fold): held share per gold span type, character span P/R, and the
 * SemEval-2021 Toxic Spans F1. Kept line for line with the shared scorer; the training script
 * checks that both agree on the rules' predictions.
 */
export interface GoldRow {
  id: string;
  text: string;
  spans?: Array<{ start: number; end: number; type: string }>;
  label?: string;
}
export interface PredRow {
  decision: string;
  reasons: Array<{ rule: string; spans: Array<{ start: number; end: number }> }>;
}
export interface Scores {
  comments: number;
  heldShare: Record<string, { n: number; held: number }>;
  spanPrecision: number;
  spanRecall: number;
  semevalF1: number;
  /** The SemEval F1 split: over comments with gold spans, and over comments with an empty list. */
  semevalF1Spanned: number;
  semevalF1Empty: number;
}

const FORM_RULES = new Set(['links', 'shouting', 'duplicate', 'reports', 'article-mode']);

export function scoreModeration(gold: GoldRow[], preds: PredRow[]): Scores {
  const rows = new Map<string, { n: number; held: number }>();
  const bump = (name: string, held: boolean) => {
    const r = rows.get(name) ?? { n: 0, held: 0 };
    r.n++;
    if (held) r.held++;
    rows.set(name, r);
  };
  let tp = 0;
  let predChars = 0;
  let goldChars = 0;
  let semevalSum = 0;
  let semevalN = 0;
  const split = { spanned: [0, 0], empty: [0, 0] };
  gold.forEach((g, k) => {
    const p = preds[k];
    const held = p.decision !== 'approve';
    if (g.label) bump(`labelled ${g.label}`, held);
    const spans = g.spans ?? [];
    if (Array.isArray(g.spans)) {
      const G = new Set<number>();
      for (const s of spans) for (let i = s.start; i < s.end; i++) G.add(i);
      const P = new Set<number>();
      for (const r of p.reasons)
        if (!FORM_RULES.has(r.rule)) for (const s of r.spans) for (let i = s.start; i < s.end; i++) P.add(i);
      let f: number;
      if (!G.size) f = P.size ? 0 : 1;
      else if (!P.size) f = 0;
      else {
        let hit = 0;
        for (const i of P) if (G.has(i)) hit++;
        const pr = hit / P.size;
        const rc = hit / G.size;
        f = pr + rc ? (2 * pr * rc) / (pr + rc) : 0;
      }
      semevalSum += f;
      semevalN++;
      const part = G.size ? split.spanned : split.empty;
      part[0] += f;
      part[1]++;
    }
    if (spans.length) {
      bump('spanned any', held);
      for (const t of new Set(spans.map((s) => s.type))) bump(`spanned ${t}`, held);
      const G = new Set<number>();
      for (const s of spans) for (let i = s.start; i < s.end; i++) if (/\S/.test(g.text[i] ?? '')) G.add(i);
      const P = new Set<number>();
      for (const r of p.reasons)
        for (const s of r.spans)
          for (let i = s.start; i < s.end; i++) if (/\S/.test(g.text[i] ?? '')) P.add(i);
      for (const i of P) if (G.has(i)) tp++;
      predChars += P.size;
      goldChars += G.size;
    }
  });
  return {
    comments: gold.length,
    heldShare: Object.fromEntries(
      [...rows].sort(([a], [b]) => a.localeCompare(b)).map(([k, r]) => [k, { n: r.n, held: r.held / r.n }]),
    ),
    spanPrecision: predChars ? tp / predChars : NaN,
    spanRecall: goldChars ? tp / goldChars : NaN,
    semevalF1: semevalN ? semevalSum / semevalN : NaN,
    semevalF1Spanned: split.spanned[1] ? split.spanned[0] / split.spanned[1] : NaN,
    semevalF1Empty: split.empty[1] ? split.empty[0] / split.empty[1] : NaN,
  };
}
