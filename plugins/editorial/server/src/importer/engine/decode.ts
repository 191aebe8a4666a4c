/**
 * Turns raw input into clean text, or refuses it with a clear reason: too large (checked first,
 * before any work, so a 50 MB upload costs nothing), empty, binary, or not valid UTF-8.
 */
import { ImportError } from './errors';
import type { ImportWarning } from './types';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** How much of the start is inspected for binary signatures and control characters. */
const SNIFF_BYTES = 8192;
/** A few stray control characters are damage to clean up; many mean the file is not text. */
const MIN_CONTROLS_FOR_BINARY = 8;

export interface DecodedText {
  text: string;
  byteLength: number;
  warnings: ImportWarning[];
}

const MAGIC_NUMBERS: Array<{ bytes: number[]; label: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46], label: 'a PDF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], label: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], label: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], label: 'a GIF image' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], label: 'a ZIP archive (or a Word/OpenDocument file)' },
  { bytes: [0x1f, 0x8b], label: 'a gzip archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], label: 'an old Microsoft Office document' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], label: 'an executable' },
];

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((value, index) => bytes[index] === value);
}

/** Control characters other than tab, newline, form feed and carriage return. */
function isControlCode(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f;
}

function sniffBinaryBytes(bytes: Uint8Array): string | null {
  for (const magic of MAGIC_NUMBERS) if (startsWith(bytes, magic.bytes)) return `looks like ${magic.label}`;
  const end = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < end; i++) {
    if (bytes[i] === 0) return `contains NUL bytes (at byte ${i}), so it is not a text or HTML file`;
    if (isControlCode(bytes[i])) controls++;
  }
  if (controls >= MIN_CONTROLS_FOR_BINARY && controls / end > 0.05)
    return 'is mostly control characters, so it is not a text or HTML file';
  return null;
}

function sniffBinaryText(text: string): string | null {
  const end = Math.min(text.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return `contains NUL characters (at character ${i}), so it is not a text or HTML file`;
    if (isControlCode(code)) controls++;
  }
  if (controls >= MIN_CONTROLS_FOR_BINARY && controls / end > 0.05)
    return 'is mostly control characters, so it is not a text or HTML file';
  return null;
}

/** Offset of the first byte that breaks UTF-8, for the error message (only run after decoding failed). */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= bytes.length) return i; // truncated sequence at the end
    let codePoint = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k];
      if ((next & 0xc0) !== 0x80) return i;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Throws the "too-large" import error when the input is over the byte limit. */
function refuseOverLimit(byteLength: number, maxBytes: number, filename: string | null): void {
  if (byteLength <= maxBytes) return;
  throw new ImportError(
    'too-large',
    `is ${formatBytes(byteLength)}, over the ${formatBytes(maxBytes)} limit`,
    filename,
    { byteLength, maxBytes },
  );
}

/** Removes stray control characters (keeping tab and newlines) and reports how many went. */
function stripControlCharacters(text: string, warnings: ImportWarning[]): string {
  // eslint-disable-next-line no-control-regex
  const pattern = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;
  let removed = 0;
  const cleaned = text.replace(pattern, () => {
    removed++;
    return '';
  });
  if (removed > 0) {
    warnings.push({
      code: 'control-characters-removed',
      message: `Removed ${removed} invisible control character(s).`,
    });
  }
  return cleaned;
}

export function decodeInput(
  content: string | Uint8Array,
  filename: string | null,
  maxBytes = DEFAULT_MAX_BYTES,
): DecodedText {
  const warnings: ImportWarning[] = [];
  let text: string;
  let byteLength: number;

  if (typeof content === 'string') {
    // A string of more UTF-16 units than the limit has at least that many UTF-8 bytes: no need to count.
    byteLength = content.length > maxBytes ? content.length : Buffer.byteLength(content, 'utf8');
    refuseOverLimit(byteLength, maxBytes, filename);
    const binary = sniffBinaryText(content);
    if (binary) throw new ImportError('binary', binary, filename);
    text = content;
  } else {
    byteLength = content.byteLength;
    refuseOverLimit(byteLength, maxBytes, filename);
    if (startsWith(content, [0xff, 0xfe]) || startsWith(content, [0xfe, 0xff])) {
      // UTF-16 with a byte-order mark: what Windows editors save as "Unicode".
      const encoding = content[0] === 0xff ? 'utf-16le' : 'utf-16be';
      try {
        text = new TextDecoder(encoding, { fatal: true }).decode(content);
      } catch {
        throw new ImportError(
          'invalid-utf8',
          'starts with a UTF-16 byte-order mark but is not valid UTF-16',
          filename,
        );
      }
    } else {
      const binary = sniffBinaryBytes(content);
      if (binary) throw new ImportError('binary', binary, filename);
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(content);
      } catch {
        const offset = firstInvalidUtf8Offset(content);
        throw new ImportError(
          'invalid-utf8',
          `is not valid UTF-8 (first bad byte 0x${(content[offset] ?? 0).toString(16).padStart(2, '0')} at offset ${offset}); save it as UTF-8 and try again`,
          filename,
          { offset },
        );
      }
    }
  }

  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = stripControlCharacters(text, warnings);
  if (text.indexOf('\ufffd') !== -1) {
    warnings.push({
      code: 'replacement-characters',
      message:
        'The text contains replacement characters (\ufffd): some characters were already lost before import.',
    });
  }
  if (text.trim().length === 0) {
    throw new ImportError('empty', byteLength === 0 ? 'is empty' : 'contains only whitespace', filename, {
      byteLength,
    });
  }
  return { text, byteLength, warnings };
}
