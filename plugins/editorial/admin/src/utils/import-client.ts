/**
 * Requests of the Import page: one file per request, so the progress bar follows real work.
 * Files go as multipart (read by size on the server, so an oversized one is a per-file error);
 * pasted text goes as JSON.
 */
import type {
  FileImportResult,
  FilePreviewResult,
  ImportOverrides,
  OnDuplicate,
} from '../../../shared/import';
import { errorMessage } from './errors';

export interface ImportItem {
  id: string;
  filename: string;
  file?: File;
  text?: string;
  size: number;
}

/** Sends one request body (an RTK Query mutation, unwrapped): FormData for a file, JSON for pasted text. */
type Send<T> = (data: FormData | Record<string, unknown>) => Promise<T>;

function body(item: ImportItem, extra: Record<string, unknown> = {}, overrides?: ImportOverrides) {
  if (item.file) {
    const form = new FormData();
    form.append('files', item.file, item.filename);
    for (const [key, value] of Object.entries(extra))
      if (value !== undefined) form.append(key, String(value));
    if (overrides && Object.keys(overrides).length)
      form.append('overrides', JSON.stringify({ [item.filename]: overrides }));
    return form;
  }
  return {
    files: [
      {
        filename: item.filename,
        content: item.text ?? '',
        contentType: 'text/plain',
        ...(overrides && Object.keys(overrides).length ? { overrides } : {}),
      },
    ],
    ...extra,
  };
}

export async function previewItem(
  send: Send<FilePreviewResult>,
  item: ImportItem,
): Promise<FilePreviewResult> {
  try {
    return await send(body(item));
  } catch (error) {
    return {
      file: item.filename,
      ok: false,
      error: { code: 'request', message: errorMessage(error) },
      warnings: [],
    };
  }
}

export async function importItem(
  send: Send<FileImportResult>,
  item: ImportItem,
  onDuplicate: OnDuplicate,
  overrides?: ImportOverrides,
): Promise<FileImportResult> {
  try {
    return await send(body(item, { onDuplicate }, overrides));
  } catch (error) {
    return {
      file: item.filename,
      status: 'failed',
      code: 'request',
      reason: errorMessage(error),
      warnings: [],
    };
  }
}
