/** The learned part of moderation: the shipped toxic-span model and its rule. */
import weights from './weights.json';
import { ToxicSpanModel, type ModelWeights } from './model';

export {
  ToxicSpanModel,
  spansOfTokens,
  toxicTokenIndices,
  humanType,
  type ModelWeights,
  type ModelPrediction,
  type SparseWeights,
} from './model';
export {
  tokenizeForModel,
  tokenFeatureNames,
  tokenFeatures,
  hashFeature,
  ruleMarksOf,
  CompiledLexicon,
  type ModelToken,
  type Lexicon,
  type RuleMarks,
} from './features';
export { modelFinding, type ModelFinding, type RuleEvidence } from './rule';

let shipped: ToxicSpanModel | undefined;

/** The model trained by `npm run train:moderation`, loaded once on first use. */
export function shippedToxicSpanModel(): ToxicSpanModel {
  return (shipped ??= new ToxicSpanModel(weights as unknown as ModelWeights));
}
