import { DEFAULT_PUBLIC_ARTICLE_URL, publicArticleUrlProblem } from '../../../shared/public-url';

/** Plugin configuration (config/plugins.ts > editorial.config). Settings pages override at run time. */
export interface EditorialPluginConfig {
  quotes: { extractionEnabled: boolean; minConfidence: number };
  comments: { ipHashSalt: string; redisUrl: string };
  /** Public API: serialized responses kept in memory by ETag (0 turns it off). */
  publicApi?: { payloadCacheEntries: number };
  /** Readers' page of an article, `{slug}` / `{documentId}` filled in (review-queue links). */
  publicArticleUrl?: string;
}

export default {
  default: {
    quotes: { extractionEnabled: true, minConfidence: 0.5 },
    comments: { ipHashSalt: 'editorial', redisUrl: '' },
    publicApi: { payloadCacheEntries: 500 },
    publicArticleUrl: DEFAULT_PUBLIC_ARTICLE_URL,
  } satisfies EditorialPluginConfig,
  validator(config: EditorialPluginConfig) {
    const c = config.quotes?.minConfidence;
    if (typeof c !== 'number' || Number.isNaN(c) || c < 0 || c > 1) {
      throw new Error('editorial.config.quotes.minConfidence must be a number between 0 and 1');
    }
    const urlProblem = config.publicArticleUrl === undefined ? null : publicArticleUrlProblem(config.publicArticleUrl);
    if (urlProblem) throw new Error(`editorial.config.publicArticleUrl ${urlProblem}`);
  },
};
