import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  importOverridesSchema,
  importRequestSchema,
  IMPORT_MAX_FILES_PER_REQUEST,
  previewRequestSchema,
  type ImportOverrides,
} from '../../../shared/import';
import { getService } from '../core/get-service';
import { parseOr400 } from '../core/validate';
import type { ImportFile } from './import.service';

const BASE64 = /^[A-Za-z0-9+/=\r\n]*$/;

function parseJsonField(value: unknown, name: string): unknown {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    throw new errors.ValidationError(`Invalid import request: ${name} must be JSON`);
  }
}

/**
 * Reads the request: JSON `{files: [{filename, content, encoding?, contentType?, overrides?}], ...}`
 * or multipart/form-data with one or more `files` parts (each read from disk by size first, so an
 * oversized upload becomes a per-file error) plus optional `onDuplicate` and `overrides` (JSON) fields.
 */
function readRequest(ctx: any, withImportOptions: boolean) {
  const uploaded = ctx.request.files?.files;
  if (uploaded) {
    const parts: any[] = Array.isArray(uploaded) ? uploaded : [uploaded];
    if (parts.length > IMPORT_MAX_FILES_PER_REQUEST) {
      throw new errors.ValidationError(
        `Invalid import request: at most ${IMPORT_MAX_FILES_PER_REQUEST} files per request`,
      );
    }
    const body = ctx.request.body ?? {};
    const overrides = parseJsonField(body.overrides, 'overrides');
    const onDuplicate = body.onDuplicate || undefined;
    const checked = parseOr400(
      importRequestSchema.pick({ onDuplicate: true, overrides: true }),
      { onDuplicate, overrides },
      { label: 'import request' },
    );
    const files: ImportFile[] = parts.map((part, index) => ({
      filename: String(part.originalFilename ?? part.name ?? `file-${index + 1}`).slice(0, 255),
      path: part.filepath ?? part.path,
      size: typeof part.size === 'number' ? part.size : undefined,
      contentType: part.mimetype ?? part.type ?? undefined,
    }));
    return { files, onDuplicate: checked.onDuplicate, overrides: checked.overrides };
  }

  const schema = withImportOptions ? importRequestSchema : previewRequestSchema;
  const data = parseOr400(schema, ctx.request.body, { label: 'import request' }) as any;
  const files: ImportFile[] = data.files.map((f: any, index: number) => {
    let content: string | Uint8Array = f.content;
    if (f.encoding === 'base64') {
      if (!BASE64.test(f.content))
        throw new errors.ValidationError(
          `Invalid import request: files.${index}.content (${f.filename}) is not valid base64`,
        );
      content = new Uint8Array(Buffer.from(f.content, 'base64'));
    }
    return {
      filename: f.filename,
      content,
      contentType: f.contentType,
      overrides: f.overrides as ImportOverrides | undefined,
    };
  });
  return { files, onDuplicate: data.onDuplicate, overrides: data.overrides };
}

/** Admin import routes; each checks plugin::editorial.import on the server (see importer/import.routes.ts). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async preview(ctx: any) {
    const { files } = readRequest(ctx, false);
    ctx.body = { data: await getService('import', strapi).preview(files) };
  },

  async import(ctx: any) {
    const { files, onDuplicate, overrides } = readRequest(ctx, true);
    for (const [name, value] of Object.entries(overrides ?? {})) {
      if (!importOverridesSchema.safeParse(value).success)
        throw new errors.ValidationError(`Invalid overrides for ${name}`);
    }
    const result = await getService('import', strapi).importFiles(files, {
      onDuplicate,
      overrides,
      userId: ctx.state?.user?.id,
    });
    ctx.body = { data: result };
  },
});
