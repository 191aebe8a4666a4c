/**
 * Default thresholds of the `model` rule, written by `npm run train:moderation` with the weights
 * (span thresholds: chosen on an inner split of the training comments; hold: fixed beforehand).
 * The settings `model.threshold` / `model.spanThreshold` / `model.ruleSpanThreshold` override them.
 */
export const MODEL_DEFAULT_THRESHOLDS = { hold: 0.9, span: 0.5, ruleSpan: 0.15 };
