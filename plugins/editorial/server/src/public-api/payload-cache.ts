import { answerConditional } from './http-cache';

/**
 * Serialized public responses kept in memory by ETag. An ETag is derived from the database
 * state the response depends on (and the query string), so an entry is valid as long as the
 * ETag computed for a request matches it: a repeat read skips the payload build even when the
 * client (or a CDN) sends no If-None-Match. Bounded by entry count and total size; least
 * recently used entries go first. Several instances each keep their own, all equally valid.
 */
export class PayloadCache {
  private entries = new Map<string, string>();
  private bytes = 0;

  constructor(
    private maxEntries: () => number,
    private maxBytes = 32 * 1024 * 1024,
  ) {}

  get(etag: string): string | undefined {
    if (this.maxEntries() <= 0) return undefined;
    const hit = this.entries.get(etag);
    if (hit !== undefined) {
      this.entries.delete(etag);
      this.entries.set(etag, hit);
    }
    return hit;
  }

  set(etag: string, json: string) {
    const limit = this.maxEntries();
    if (limit <= 0 || json.length > this.maxBytes / 4) return;
    const old = this.entries.get(etag);
    if (old !== undefined) {
      this.bytes -= old.length;
      this.entries.delete(etag);
    }
    this.entries.set(etag, json);
    this.bytes += json.length;
    while (this.entries.size > limit || this.bytes > this.maxBytes) {
      const [key, value] = this.entries.entries().next().value as [string, string];
      this.entries.delete(key);
      this.bytes -= value.length;
    }
  }

  clear() {
    this.entries.clear();
    this.bytes = 0;
  }

  get size() {
    return this.entries.size;
  }
}

/** Sends a JSON string as the response body. */
export function sendJson(ctx: any, json: string) {
  ctx.status = 200;
  ctx.type = 'application/json';
  ctx.body = json;
}

/**
 * Answers a cacheable public read: 304 when the client's If-None-Match matches `etag`, the
 * kept payload when this instance built it before, otherwise `build()` sent and kept. A build
 * that throws leaves no ETag or shared-cache headers on the error response.
 */
export async function respondCached(
  ctx: any,
  cache: Pick<PayloadCache, 'get' | 'set'>,
  etag: string,
  build: () => Promise<unknown>,
): Promise<void> {
  if (answerConditional(ctx, etag)) return;
  const cached = cache.get(etag);
  if (cached !== undefined) return sendJson(ctx, cached);
  try {
    const body = await build();
    if (body === undefined) return uncache(ctx); // the handler answered itself (e.g. 404)
    const json = JSON.stringify(body);
    cache.set(etag, json);
    sendJson(ctx, json);
  } catch (error) {
    uncache(ctx);
    throw error;
  }
}

function uncache(ctx: any) {
  ctx.remove('ETag');
  ctx.set('Cache-Control', 'no-store');
}
