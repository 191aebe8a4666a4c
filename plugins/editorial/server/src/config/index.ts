/** Plugin configuration (config/plugins.ts > editorial.config). Settings pages override at run time. */
export interface EditorialPluginConfig {
  quotes: { extractionEnabled: boolean; minConfidence: number };
  comments: { ipHashSalt: string; redisUrl: string; redisKeyPrefix?: string };
  /** Public API: serialized responses kept in memory by ETag (0 turns it off). */
  publicApi?: { payloadCacheEntries: number };
}

export default {
  default: {
    quotes: { extractionEnabled: true, minConfidence: 0 },
    comments: { ipHashSalt: 'editorial', redisUrl: '', redisKeyPrefix: '' },
    publicApi: { payloadCacheEntries: 500 },
  } satisfies EditorialPluginConfig,
  validator(config: EditorialPluginConfig) {
    const c = config.quotes?.minConfidence;
    if (typeof c !== 'number' || Number.isNaN(c) || c < 0 || c > 1) {
      throw new Error('editorial.config.quotes.minConfidence must be a number between 0 and 1');
    }
  },
};
