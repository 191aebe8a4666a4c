import crypto from 'node:crypto';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { Core } from '@strapi/strapi';

export interface Limits {
  submit: { points: number; duration: number };
  report: { points: number; duration: number };
  /** Reports of one comment from all clients together (keyed on the comment): floods end in 429. */
  reportTarget: { points: number; duration: number };
}
export const DEFAULT_LIMITS: Limits = {
  submit: { points: 5, duration: 60 },
  report: { points: 20, duration: 60 },
  reportTarget: { points: 20, duration: 300 },
};

/**
 * Per-client rate limits (rate-limiter-flexible): in memory by default, in Redis when REDIS_URL
 * (config editorial.comments.redisUrl) is set so several instances share the counters. Keys are
 * salted hashes of the client IP; the IP itself is never stored.
 */
export function createRateLimiter(strapi: Core.Strapi) {
  let limiters: Record<keyof Limits, RateLimiterAbstract> | null = null;
  let redis: any = null;
  let limits: Limits = {
    ...DEFAULT_LIMITS,
    ...((strapi.plugin('editorial').config('comments') as any)?.rateLimit ?? {}),
  };

  const build = () => {
    // Key prefix: instances sharing one Redis must use the same prefix (config comments.rateLimitPrefix).
    const prefix = String(
      (strapi.plugin('editorial').config('comments') as any)?.rateLimitPrefix || 'editorial-rl',
    );
    const redisUrl =
      (strapi.plugin('editorial').config('comments') as any)?.redisUrl || process.env.REDIS_URL;
    if (redisUrl && !redis) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const Redis = require('ioredis');
      redis = new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
      redis.on('error', (e: Error) => strapi.log.warn(`[editorial] rate-limit redis: ${e.message}`));
    }
    const make = (name: keyof Limits) =>
      redis
        ? new RateLimiterRedis({
            storeClient: redis,
            keyPrefix: `${prefix}-${name}`,
            ...limits[name],
            insuranceLimiter: new RateLimiterMemory({ keyPrefix: `${prefix}-${name}`, ...limits[name] }),
          })
        : new RateLimiterMemory({ keyPrefix: `${prefix}-${name}`, ...limits[name] });
    limiters = { submit: make('submit'), report: make('report'), reportTarget: make('reportTarget') };
    return limiters;
  };

  return {
    hashIp(rawIp: string) {
      // One client, one key: an IPv4 address seen through an IPv6 socket (::ffff:a.b.c.d) is the same client.
      const ip = rawIp.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1');
      const salt = (strapi.plugin('editorial').config('comments') as any)?.ipHashSalt ?? 'editorial';
      return crypto.createHash('sha256').update(`${salt}|${ip}`).digest('hex').slice(0, 40);
    },
    /** Returns null when allowed, or the number of seconds to wait. */
    async consume(kind: keyof Limits, key: string): Promise<number | null> {
      try {
        await (limiters ?? build())[kind].consume(key);
        return null;
      } catch (e) {
        if (e instanceof RateLimiterRes) return Math.max(1, Math.ceil(e.msBeforeNext / 1000));
        if (e && typeof (e as any).msBeforeNext === 'number')
          return Math.max(1, Math.ceil((e as any).msBeforeNext / 1000));
        throw e;
      }
    },
    /**
     * Connects to Redis now (bootstrap) rather than at the first request: with the offline queue
     * off, a request arriving before the connection is up would be counted by the in-memory
     * insurance limiter only, so the first requests on a fresh instance escaped the shared count.
     * Waits at most `timeoutMs`; a Redis that is down leaves the insurance limiter in charge.
     */
    async connect(timeoutMs = 3000) {
      if (!limiters) build();
      if (!redis || redis.status === 'ready') return;
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          redis?.off?.('ready', done);
          resolve();
        };
        const timer = setTimeout(done, timeoutMs);
        redis.once('ready', done);
      });
    },
    /** Replaces the limits (tests, benchmarks); counters start afresh. */
    configure(next: Partial<Limits>) {
      limits = { ...limits, ...next };
      limiters = null;
    },
    async close() {
      if (redis) await redis.quit().catch(() => {});
      redis = null;
    },
  };
}
