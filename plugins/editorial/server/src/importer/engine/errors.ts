/** Why a file cannot be turned into an article at all (as opposed to warnings on a usable preview). */
export type ImportErrorCode = 'empty' | 'binary' | 'invalid-utf8' | 'too-large' | 'no-body';

export class ImportError extends Error {
  readonly code: ImportErrorCode;
  readonly filename: string | null;
  /** Extra facts for the per-file report (sizes, byte offsets, what was found instead of a body). */
  readonly details: Record<string, unknown>;

  constructor(
    code: ImportErrorCode,
    message: string,
    filename: string | null = null,
    details: Record<string, unknown> = {},
  ) {
    super(filename ? `${filename}: ${message}` : message);
    this.name = 'ImportError';
    this.code = code;
    this.filename = filename;
    this.details = details;
  }

  /** What a per-file report or API response shows: plain data, no stack. */
  toJSON(): { code: ImportErrorCode; message: string; filename: string | null } {
    return { code: this.code, message: this.message, filename: this.filename };
  }
}

export function isImportError(error: unknown): error is ImportError {
  return error instanceof ImportError;
}
