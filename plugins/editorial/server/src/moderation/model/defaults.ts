/**
 * Default thresholds of the `model` rule, chosen by `npm run train:moderation` (see
 * model/cv-report.json for how); the settings `model.threshold` / `model.spanThreshold` override them.
 */
export const MODEL_DEFAULT_THRESHOLDS = { hold: 0.9, span: 0.5 };
