/**
 * Requests of the Import page: one file per request, so the progress bar follows real work.
 * Files go as multipart (read by size on the server, so an oversized one is a per-file error);
 * pasted text goes as JSON.
 */
import type { FileImportResult, FilePreviewResult, ImportOverrides, OnDuplicate } from '../../../shared/import';

export interface ImportItem {
  id: string;
  filename: string;
  file?: File;
  text?: string;
  size: number;
}

type Post = (url: string, data?: any, config?: any) => Promise<{ data: any }>;

function errorMessage(error: unknown): string {
  const e = error as any;
  return e?.response?.data?.error?.message ?? e?.message ?? String(error);
}

function body(item: ImportItem, extra: Record<string, unknown> = {}, overrides?: ImportOverrides) {
  if (item.file) {
    const form = new FormData();
    form.append('files', item.file, item.filename);
    for (const [key, value] of Object.entries(extra)) if (value !== undefined) form.append(key, String(value));
    if (overrides && Object.keys(overrides).length) form.append('overrides', JSON.stringify({ [item.filename]: overrides }));
    return form;
  }
  return {
    files: [{ filename: item.filename, content: item.text ?? '', contentType: 'text/plain', ...(overrides && Object.keys(overrides).length ? { overrides } : {}) }],
    ...extra,
  };
}

export async function previewItem(post: Post, item: ImportItem): Promise<FilePreviewResult> {
  try {
    const res = await post('/editorial/import/preview', body(item));
    return res.data.data[0] as FilePreviewResult;
  } catch (error) {
    return { file: item.filename, ok: false, error: { code: 'request', message: errorMessage(error) }, warnings: [] };
  }
}

export async function importItem(post: Post, item: ImportItem, onDuplicate: OnDuplicate, overrides?: ImportOverrides): Promise<FileImportResult> {
  try {
    const res = await post('/editorial/import', body(item, { onDuplicate }, overrides));
    return res.data.data.results[0] as FileImportResult;
  } catch (error) {
    return { file: item.filename, status: 'failed', code: 'request', reason: errorMessage(error), warnings: [] };
  }
}
