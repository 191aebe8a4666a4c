import crypto from 'node:crypto';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Core } from '@strapi/strapi';

export interface Limits {
  submit: { points: number; duration: number };
  report: { points: number; duration: number };
}
export const DEFAULT_LIMITS: Limits = { submit: { points: 5, duration: 60 }, report: { points: 20, duration: 60 } };

/**
 * Per-client rate limits (rate-limiter-flexible): in memory by default, in Redis when REDIS_URL
 * (config editorial.comments.redisUrl) is set so several instances share the counters. Keys are
 * salted hashes of the client IP; the IP itself is never stored. Redis keys start with
 * `editorial.comments.redisKeyPrefix` (REDIS_KEY_PREFIX), so several CMSs can share one Redis.
 * While Redis is unreachable each instance falls back to its own in-memory counters.
 */
export function createRateLimiter(strapi: Core.Strapi) {
  let limiters: Record<keyof Limits, RateLimiterAbstract> | null = null;
  let redis: any = null;
  let limits: Limits = { ...DEFAULT_LIMITS, ...((strapi.plugin('editorial').config('comments') as any)?.rateLimit ?? {}) };

  const build = () => {
    const redisUrl = (strapi.plugin('editorial').config('comments') as any)?.redisUrl || process.env.REDIS_URL;
    if (redisUrl && !redis) {
      // eslint-disable-next-line @typescript-eslint/no-var-requires
      const Redis = require('ioredis');
      redis = new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
      redis.on('error', (e: Error) => strapi.log.warn(`[editorial] rate-limit redis: ${e.message}`));
    }
    const prefix = String((strapi.plugin('editorial').config('comments') as any)?.redisKeyPrefix ?? '');
    const make = (name: keyof Limits) =>
      redis
        ? new RateLimiterRedis({
            storeClient: redis,
            keyPrefix: `${prefix}editorial-rl-${name}`,
            ...limits[name],
            insuranceLimiter: new RateLimiterMemory({ keyPrefix: `editorial-rl-${name}`, ...limits[name] }),
          })
        : new RateLimiterMemory({ keyPrefix: `editorial-rl-${name}`, ...limits[name] });
    limiters = { submit: make('submit'), report: make('report') };
    return limiters;
  };

  return {
    /**
     * Connects to Redis now (bootstrap) rather than on the first comment, so the first requests
     * already count in the shared store instead of each instance's fallback counters.
     */
    async ready(timeoutMs = 5000): Promise<boolean> {
      if (!limiters) build();
      if (!redis) return false;
      if (redis.status === 'ready') return true;
      return new Promise<boolean>((resolve) => {
        const done = (ok: boolean) => {
          clearTimeout(timer);
          redis?.off?.('ready', onReady);
          resolve(ok);
        };
        const onReady = () => done(true);
        const timer = setTimeout(() => {
          strapi.log.warn('[editorial] Redis for the shared rate limits is not reachable yet: each instance counts on its own until it is');
          done(false);
        }, timeoutMs);
        redis.once('ready', onReady);
      });
    },
    hashIp(ip: string) {
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
        if (e && typeof (e as any).msBeforeNext === 'number') return Math.max(1, Math.ceil((e as any).msBeforeNext / 1000));
        throw e;
      }
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
