/**
 * The `model` rule: the toxic-span model's finding for one comment. It holds the comment when the
 * comment score reaches `threshold`; below that, when other rules have held the comment anyway,
 * it still points at the words it finds likely toxic (a reason that does not change the decision).
 */
import type { ModelRuleSettings, RuleAction, Span } from '../types';
import { humanType, spansOfTokens, toxicTokenIndices, type ToxicSpanModel } from './model';

export interface ModelFinding {
  /** Null when the finding only points at words of a comment that other rules held. */
  action: RuleAction | null;
  detail: string;
  spans: Span[];
  score: number;
  type: string;
}

export function modelFinding(model: ToxicSpanModel, text: string, s: ModelRuleSettings, heldByOtherRules: boolean): ModelFinding | null {
  const p = model.predict(text);
  const holds = p.score >= s.threshold;
  if (!holds && !heldByOtherRules) return null;
  let indices = toxicTokenIndices(p, s.spanThreshold);
  if (holds && !indices.length) {
    // A hold always points somewhere: the likeliest word.
    let best = 0;
    for (let i = 1; i < p.tokens.length; i++) if (p.probs[i] > p.probs[best]) best = i;
    indices = [best];
  }
  if (!indices.length) return null;
  const spans = spansOfTokens(text, p.tokens, indices);
  const type = model.typeOf(p, indices);
  const words = [...new Set(spans.map((sp) => `"${text.slice(sp.start, sp.end)}"`))].slice(0, 8).join(', ');
  const below = holds ? '' : ` (below the hold threshold ${s.threshold})`;
  return { action: holds ? s.action : null, detail: `likely ${humanType(type)}, ${p.score.toFixed(2)}${below}: ${words}`, spans, score: p.score, type };
}
