import { publicArticleUrlProblem } from '../../../../shared/public-url';
import { publicPermissionsProblem } from '../permissions';

/**
 * Plugin configuration (config/plugins.ts > editorial.config): every key has a default here, so
 * `editorial: { enabled: true }` is a working setup. Settings pages override quotes at run time.
 * plugins/editorial/README.md documents each key.
 */
export interface EditorialPluginConfig {
  quotes: { extractionEnabled: boolean; minConfidence: number };
  comments: {
    /** Salt of the hashed reader IPs (rate limits, reports); set a secret of your own. */
    ipHashSalt: string;
    /** Redis shared by several instances for rate limits; empty = in memory (or env REDIS_URL). */
    redisUrl: string;
    rateLimitPrefix: string;
    /** Per client: comments and reports allowed per window of `duration` seconds. */
    rateLimit: { submit: { points: number; duration: number }; report: { points: number; duration: number } };
  };
  /** Public API: serialized responses kept in memory by ETag (0 turns it off). */
  publicApi: { payloadCacheEntries: number };
  /** Readers' page of an article, `{slug}` / `{documentId}` filled in (review-queue link); empty = no link. */
  publicArticleUrl: string;
  /** Public-role actions granted once at start: true (all), false (none) or a list. */
  publicPermissions: boolean | string[];
  /** Reader accounts: self-registration through /api/auth/local/register (off by default). */
  accounts: { registration: boolean };
  /** Privacy requests: an erased commenter's comments are anonymised (body kept) or deleted. */
  privacy: { erasure: 'anonymise' | 'delete' };
}

export default {
  default: {
    quotes: { extractionEnabled: true, minConfidence: 0.5 },
    comments: {
      ipHashSalt: 'editorial',
      redisUrl: '',
      rateLimitPrefix: 'editorial-rl',
      rateLimit: { submit: { points: 5, duration: 60 }, report: { points: 20, duration: 60 } },
    },
    publicApi: { payloadCacheEntries: 500 },
    publicArticleUrl: '',
    publicPermissions: true,
    accounts: { registration: false },
    privacy: { erasure: 'anonymise' },
  } satisfies EditorialPluginConfig,
  validator(config: EditorialPluginConfig) {
    const c = config.quotes?.minConfidence;
    if (typeof c !== 'number' || Number.isNaN(c) || c < 0 || c > 1) {
      throw new Error('editorial.config.quotes.minConfidence must be a number between 0 and 1');
    }
    const urlProblem = config.publicArticleUrl ? publicArticleUrlProblem(config.publicArticleUrl) : null;
    const erasure = config.privacy?.erasure;
    if (erasure !== undefined && erasure !== 'anonymise' && erasure !== 'delete') {
      throw new Error('editorial.config.privacy.erasure must be "anonymise" or "delete"');
    }
    if (urlProblem) throw new Error(`editorial.config.publicArticleUrl ${urlProblem}`);
    const permissionsProblem = publicPermissionsProblem(config.publicPermissions);
    if (permissionsProblem) throw new Error(`editorial.config.publicPermissions ${permissionsProblem}`);
  },
};
