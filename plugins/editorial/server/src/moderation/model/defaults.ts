/**
 * Default thresholds of the `model` rule, written by `npm run train:moderation` with the weights
 * (span: chosen on an inner split of the training comments; hold: fixed beforehand). The settings
 * `model.threshold` / `model.spanThreshold` override them.
 */
export const MODEL_DEFAULT_THRESHOLDS = { hold: 0.9, span: 0.55 };
