/**
 * The one error formatter of the plugin's pages. Errors come from RTK Query (`adminApi`: the
 * server's `{ name, message, status, details }`), from `.unwrap()` of a mutation (the same
 * object), or from a thrown fetch error (`response.data.error`).
 */
export function errorMessage(error: unknown): string {
  const e = error as any;
  if (!e) return '';
  return (
    e?.response?.data?.error?.message ??
    e?.data?.error?.message ??
    e?.error?.message ??
    (typeof e?.message === 'string' ? e.message : undefined) ??
    String(e)
  );
}

/** HTTP status of a failed request, when the error carries one. */
export function errorStatus(error: unknown): number | undefined {
  const e = error as any;
  return e?.status ?? e?.response?.status ?? e?.error?.status;
}

/** Structured details of a validation error (`details.field`, `details.errors[].path`). */
export function errorDetails(error: unknown): Record<string, any> {
  const e = error as any;
  return e?.details ?? e?.response?.data?.error?.details ?? e?.data?.error?.details ?? {};
}
