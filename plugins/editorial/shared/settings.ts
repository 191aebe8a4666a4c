import { z } from 'zod';

export const quoteSettingsSchema = z
  .object({
    extractionEnabled: z.boolean(),
    minConfidence: z.number().min(0).max(1),
  })
  .strict();

export type QuoteSettings = z.infer<typeof quoteSettingsSchema>;
