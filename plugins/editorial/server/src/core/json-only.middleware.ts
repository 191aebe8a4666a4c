import { sendError } from './error-response';

/**
 * Route middleware for the public write routes (comment submission, reports): JSON bodies only.
 * A form-encoded, multipart or text/plain POST is what a page on any other site can send through
 * its visitors' browsers without a CORS preflight; requiring application/json forces the
 * preflight, which the CORS origin list then refuses. Anything else is 415 before the handler.
 */
export default () => async (ctx: any, next: () => Promise<void>) => {
  if (!ctx.is('application/json')) {
    const type = ctx.get('content-type') || 'none';
    sendError(
      ctx,
      415,
      'UnsupportedMediaTypeError',
      `Content-Type must be application/json (got ${type.split(';')[0].trim().slice(0, 100)})`,
    );
    return;
  }
  return next();
};
