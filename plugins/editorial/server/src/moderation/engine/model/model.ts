/**
 * Token-level toxic-span model: logistic regression over hashed token features (features.ts),
 * plus a small softmax head that names the kind of toxicity. Weights are plain JSON written by
 * scripts/train-toxic-spans.ts; nothing here imports Strapi.
 */
import type { Span } from '../types';
import {
  CompiledLexicon,
  tokenFeatures,
  tokenizeForModel,
  type Lexicon,
  type ModelToken,
  type RuleMarks,
} from './features';

/** Sparse weights: ascending feature ids stored as gaps, weights as integers over `scale`. */
export interface SparseWeights {
  gaps: number[];
  /** One weight per id (binary head) or `types.length` per id (type head). */
  w: number[];
}

export interface ModelWeights {
  format: 'toxic-spans-lr/1';
  /** Feature ids are hashes masked to this many bits. */
  bits: number;
  typeBits: number;
  scale: number;
  lexicon: Lexicon;
  /** Gold span types, in the order of the type head's outputs. */
  types: string[];
  /** Thresholds chosen on held-out data at training time (the settings may override them). */
  thresholds: { span: number; hold: number };
  binary: SparseWeights;
  type: SparseWeights;
  /** Whether the model reads which rules marked each token (then `predict` needs the rule marks). */
  ruleFeatures?: boolean;
  /** Training provenance (data hash, date, counts), for the report. */
  trainedOn?: Record<string, unknown>;
}

export interface ModelPrediction {
  tokens: ModelToken[];
  /** Toxicity probability of each token. */
  probs: Float32Array;
  /** Comment score: the highest token probability (0 for a text without words). */
  score: number;
  /** Feature ids of each token (reused to name the kind of toxicity). */
  feats: Uint32Array[];
}

/** How a held comment's reason names the kind of toxicity. */
const HUMAN_TYPES: Record<string, string> = {
  Insult: 'insult',
  'Profane/Obscene': 'profanity',
  'Identity based Attack': 'identity attack',
  Threat: 'threat',
  'Other Toxicity': 'toxic language',
};
export const humanType = (type: string): string => HUMAN_TYPES[type] ?? type.toLowerCase();

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

function expand(sparse: SparseWeights, size: number, width: number, scale: number): Float32Array {
  const out = new Float32Array(size * width);
  let id = 0;
  for (let k = 0; k < sparse.gaps.length; k++) {
    id += sparse.gaps[k];
    for (let j = 0; j < width; j++) out[id * width + j] = sparse.w[k * width + j] / scale;
  }
  return out;
}

export class ToxicSpanModel {
  readonly types: string[];
  readonly thresholds: { span: number; hold: number };
  private readonly lexicon: CompiledLexicon;
  private readonly mask: number;
  private readonly typeMask: number;
  private readonly binary: Float32Array;
  private readonly typeHead: Float32Array;

  constructor(readonly weights: ModelWeights) {
    if (weights.format !== 'toxic-spans-lr/1')
      throw new Error(`unknown model format ${String(weights.format)}`);
    if (weights.binary.gaps.length !== weights.binary.w.length)
      throw new Error('binary head: ids and weights differ in length');
    if (weights.type.gaps.length * weights.types.length !== weights.type.w.length)
      throw new Error('type head: ids and weights differ in length');
    this.types = weights.types;
    this.thresholds = weights.thresholds;
    this.lexicon = new CompiledLexicon(weights.lexicon);
    this.mask = 2 ** weights.bits - 1;
    this.typeMask = 2 ** weights.typeBits - 1;
    this.binary = expand(weights.binary, 2 ** weights.bits, 1, weights.scale);
    this.typeHead = expand(weights.type, 2 ** weights.typeBits, weights.types.length, weights.scale);
  }

  /** Feature ids of each token of a text (exposed for training and tests). */
  features(text: string, tokens: ModelToken[] = tokenizeForModel(text), marks?: RuleMarks): Uint32Array[] {
    return tokenFeatures(
      text,
      tokens,
      this.lexicon,
      this.weights.ruleFeatures ? (marks ?? { perToken: tokens.map(() => []), fired: [] }) : undefined,
    );
  }

  /** Whether this model reads rule marks (weights trained with them). */
  get usesRules(): boolean {
    return Boolean(this.weights.ruleFeatures);
  }

  /**
   * Token probabilities of a text. A model trained with rule features reads `marks` (which rules
   * marked which token, see ruleMarksOf); pass the tokens the marks were computed on.
   */
  predict(text: string, marks?: RuleMarks, tokens: ModelToken[] = tokenizeForModel(text)): ModelPrediction {
    const feats = this.features(text, tokens, marks);
    const probs = this.probabilities(feats);
    let score = 0;
    for (const p of probs) if (p > score) score = p;
    return { tokens, probs, score, feats };
  }

  probabilities(feats: Uint32Array[]): Float32Array {
    const probs = new Float32Array(feats.length);
    for (let i = 0; i < feats.length; i++) {
      let z = 0;
      for (const h of feats[i]) z += this.binary[h & this.mask];
      probs[i] = sigmoid(z);
    }
    return probs;
  }

  /** The most likely kind of toxicity of the given tokens (their type-head probabilities summed). */
  typeOf(prediction: ModelPrediction, indices: number[]): string {
    const k = this.types.length;
    if (!indices.length || !k) return 'Other Toxicity';
    const { feats } = prediction;
    const sum = new Float64Array(k);
    for (const i of indices) {
      const z = new Float64Array(k);
      for (const h of feats[i]) {
        const base = (h & this.typeMask) * k;
        for (let j = 0; j < k; j++) z[j] += this.typeHead[base + j];
      }
      const max = Math.max(...z);
      let total = 0;
      for (let j = 0; j < k; j++) total += z[j] = Math.exp(z[j] - max);
      for (let j = 0; j < k; j++) sum[j] += z[j] / total;
    }
    let best = 0;
    for (let j = 1; j < k; j++) if (sum[j] > sum[best]) best = j;
    return this.types[best];
  }
}

/** Indices of the tokens at or above the threshold. */
export const toxicTokenIndices = (p: ModelPrediction, threshold: number): number[] => {
  const out: number[] = [];
  for (let i = 0; i < p.tokens.length; i++) if (p.probs[i] >= threshold) out.push(i);
  return out;
};

/**
 * Character spans of toxic tokens: whole words, no surrounding punctuation; neighbouring toxic
 * words separated only by spaces or hyphens become one span (raters mark phrases that way).
 */
export function spansOfTokens(text: string, tokens: ModelToken[], indices: number[]): Span[] {
  const spans: Span[] = [];
  let prevIndex = -2;
  for (const i of indices) {
    const t = tokens[i];
    const last = spans[spans.length - 1];
    if (last && prevIndex === i - 1 && /^[\s-]*$/.test(text.slice(last.end, t.start))) last.end = t.end;
    else spans.push({ start: t.start, end: t.end });
    prevIndex = i;
  }
  return spans;
}
