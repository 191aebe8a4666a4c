/**
 * Whether an error means the database cannot be reached right now (server down, restarting,
 * connection dropped, pool unable to connect) rather than a bug or bad input. Such requests are
 * answered 503 with Retry-After instead of a bare 500: the load balancer and clients can retry,
 * and the instance recovers by itself once the database is back (knex reconnects).
 */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
// PostgreSQL SQLSTATE: class 08 (connection exception), 57P01-57P03 (admin/crash shutdown, cannot connect now).
const PG_CODES = /^(08\d{3}|57P0[123])$/;
const MESSAGES = [
  /connection terminated/i,
  /Client has encountered a connection error/i,
  /Connection ended unexpectedly/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /terminating connection due to administrator command/i,
  /Timeout acquiring a connection/i,
  /connect ECONNREFUSED/i,
  /read ECONNRESET/i,
  /SQLITE_BUSY/,
];

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let e: any = error;
  for (let depth = 0; e && typeof e === 'object' && !seen.has(e) && depth < 8; depth++) {
    seen.add(e);
    if (e.name === 'KnexTimeoutError') return true;
    if (typeof e.code === 'string' && (NETWORK_CODES.has(e.code) || PG_CODES.test(e.code))) return true;
    if (typeof e.message === 'string' && MESSAGES.some((re) => re.test(e.message))) return true;
    if (Array.isArray(e.errors) && e.errors.some((inner: unknown) => isDatabaseUnavailable(inner)))
      return true; // AggregateError (IPv4+IPv6 connect)
    e = e.cause ?? e.originalError ?? e.error;
  }
  return false;
}
