import crypto from 'node:crypto';

/**
 * HTTP caching for public reads: Cache-Control for browsers and CDNs, a strong ETag built
 * from cheap change markers (timestamps and counts), and If-None-Match handling.
 */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=30, s-maxage=300, stale-while-revalidate=600';

/** Version of the response format: bump it when the payload shape changes so old ETags stop matching. */
const FORMAT_VERSION = 'v1';

function normalise(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A strong ETag (quoted) from the representation's change markers. Same markers, same ETag. */
export function strongEtag(parts: unknown[]): string {
  const hash = crypto.createHash('sha256');
  hash.update(FORMAT_VERSION);
  for (const p of parts) hash.update(`\u0000${normalise(p)}`);
  return `"${hash.digest('base64url').slice(0, 32)}"`;
}

/**
 * Whether an If-None-Match header matches the ETag (RFC 9110 weak comparison, as GET
 * conditional requests use): `*`, or any listed tag equal once a `W/` prefix is ignored.
 */
export function ifNoneMatchMatches(header: string | string[] | undefined, etag: string): boolean {
  if (!header) return false;
  const value = Array.isArray(header) ? header.join(',') : header;
  if (value.trim() === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  return value
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === opaque);
}

/**
 * The query string a representation depends on, in a stable order, so `?a=1&b=2` and
 * `?b=2&a=1` share one ETag.
 */
export function canonicalQuery(querystring: string | undefined): string {
  if (!querystring) return '';
  return querystring.split('&').filter(Boolean).sort().join('&');
}

/**
 * Sets the cache headers and, when the client already holds this version, answers 304.
 * Returns true when the response is complete (304), so the caller skips building the payload.
 */
export function answerConditional(ctx: any, etag: string): boolean {
  ctx.set('Cache-Control', PUBLIC_CACHE_CONTROL);
  ctx.set('ETag', etag);
  ctx.vary('Accept-Encoding');
  if (ifNoneMatchMatches(ctx.get('If-None-Match'), etag)) {
    ctx.status = 304;
    ctx.body = null;
    return true;
  }
  return false;
}
