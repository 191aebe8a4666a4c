import type { Core } from '@strapi/strapi';
import { IMPORT_MAX_FILE_BYTES } from '../../../shared/import';

const IMPORT_PATH = /^\/editorial\/import(\/preview)?\/?(\?|$)/;

/**
 * Koa middleware (registered before Strapi's body parser) that turns the body parser's bare
 * "413 request entity too large" on the import routes into a message saying what to do.
 */
export const importBodyLimit = (strapi: Core.Strapi) => async (ctx: any, next: () => Promise<any>) => {
  await next();
  if (ctx.status !== 413 || !IMPORT_PATH.test(ctx.url)) return;
  const limitMb = Math.round(IMPORT_MAX_FILE_BYTES / (1024 * 1024));
  const multipart = /multipart\/form-data/i.test(ctx.get('content-type') ?? '');
  const message = multipart
    ? `The upload is too large for the server's upload limit. Files over ${limitMb} MB cannot be imported; split large batches into several requests.`
    : `The request body is larger than the JSON limit. Send files as multipart/form-data (field "files", up to ${limitMb} MB each), or fewer files per request.`;
  ctx.body = { data: null, error: { status: 413, name: 'PayloadTooLargeError', message, details: {} } };
  strapi.log.debug(`[editorial] import request refused as too large: ${ctx.url}`);
};

export default importBodyLimit;
