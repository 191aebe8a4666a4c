/**
 * Answers with Strapi's error shape (`{ data: null, error }`) where the code sets the response
 * itself rather than throwing to Strapi's error middleware: middlewares that run outside it, and
 * answers with headers of their own (Retry-After).
 */
export function sendError(
  ctx: any,
  status: number,
  name: string,
  message: string,
  details: Record<string, unknown> = {},
): void {
  ctx.status = status;
  ctx.body = { data: null, error: { status, name, message, details } };
}
