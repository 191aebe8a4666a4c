/**
 * The `model` rule: the toxic-span model refines the spans the engine reports. It reads which
 * content rules matched which words (rule features) and marks the words raters would mark: a word
 * a rule matched at `ruleSpanThreshold`, any other word at `spanThreshold`. Holding a comment on
 * its own (comment score at `threshold`) only happens when `holds` is set.
 */
import type { ModelRuleSettings, RuleAction, Span } from '../types';
import { ruleMarksOf, tokenizeForModel } from './features';
import { humanType, spansOfTokens, type ToxicSpanModel } from './model';

export interface ModelFinding {
  /** Null unless the model holds the comment itself (`holds` set and score at `threshold`). */
  action: RuleAction | null;
  detail: string;
  /** The refined toxic spans of the whole comment. */
  spans: Span[];
  score: number;
  type: string;
}

/** Content findings of the rules, with spans in the original text. */
export type RuleEvidence = Array<{ rule: string; spans: Span[] }>;

export function modelFinding(
  model: ToxicSpanModel,
  text: string,
  s: ModelRuleSettings,
  evidence: RuleEvidence = [],
): ModelFinding {
  const tokens = tokenizeForModel(text);
  const marks = ruleMarksOf(tokens, evidence);
  const p = model.predict(text, marks, tokens);
  const indices: number[] = [];
  for (let i = 0; i < tokens.length; i++)
    if (p.probs[i] >= (marks.perToken[i].length ? s.ruleSpanThreshold : s.spanThreshold)) indices.push(i);
  const holds = s.holds && p.score >= s.threshold;
  if (holds && !indices.length) {
    // A hold always points somewhere: the likeliest word.
    let best = 0;
    for (let i = 1; i < tokens.length; i++) if (p.probs[i] > p.probs[best]) best = i;
    indices.push(best);
  }
  const spans = spansOfTokens(text, tokens, indices);
  const type = model.typeOf(p, indices);
  const words = [...new Set(spans.map((sp) => `"${text.slice(sp.start, sp.end)}"`))].slice(0, 8).join(', ');
  return {
    action: holds ? s.action : null,
    detail: `likely ${humanType(type)}, ${p.score.toFixed(2)}: ${words}`,
    spans,
    score: p.score,
    type,
  };
}
