import { decodeInput, firstInvalidUtf8Offset } from './decode';
import { ImportError } from './errors';
import { parseArticle, tryParseArticle } from './parse-article';

const ARTICLE = [
  'Quarry reopens after safety review',
  '',
  'HOLLOWFORD - The Whitstone quarry reopened on Monday after a six-week safety review found that the blasting schedule had been followed correctly, the county mining office said in a statement.',
  '',
  'The review was ordered after residents reported cracks in several houses on Lime Street. Inspectors said the cracks were older than the latest blasts and were caused by subsidence.',
].join('\n');

function errorOf(fn: () => unknown): ImportError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('decodeInput', () => {
  it('rejects empty and whitespace-only input', () => {
    expect(errorOf(() => decodeInput(new Uint8Array(0), 'a.txt')).code).toBe('empty');
    expect(errorOf(() => decodeInput(' \n\t\r\n ', 'b.txt')).code).toBe('empty');
    expect(errorOf(() => decodeInput('\ufeff\n', null)).code).toBe('empty');
  });

  it('rejects binary files, naming known formats', () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj');
    const pdfError = errorOf(() => decodeInput(pdf, 'scan.pdf'));
    expect(pdfError.code).toBe('binary');
    expect(pdfError.message).toContain('PDF');
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(errorOf(() => decodeInput(png, 'photo.png')).message).toContain('PNG');
    const nul = new TextEncoder().encode('text then a nul \u0000 byte');
    expect(errorOf(() => decodeInput(nul, 'x.txt')).code).toBe('binary');
    expect(errorOf(() => decodeInput('string with a nul \u0000 in it', null)).code).toBe('binary');
  });

  it('rejects invalid UTF-8 and says where it breaks', () => {
    const latin1 = Uint8Array.from([...new TextEncoder().encode('Caf'), 0xe9, 0x20, 0x6f, 0x6b]);
    const error = errorOf(() => decodeInput(latin1, 'cafe.txt'));
    expect(error.code).toBe('invalid-utf8');
    expect(error.details.offset).toBe(3);
    expect(error.message).toContain('cafe.txt');
    expect(error.message).toContain('offset 3');
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      code: 'invalid-utf8',
      message: error.message,
      filename: 'cafe.txt',
    });
  });

  it('finds the first bad byte: overlong, truncated and surrogate sequences', () => {
    expect(firstInvalidUtf8Offset(new TextEncoder().encode('fine ✓ text'))).toBe(-1);
    expect(firstInvalidUtf8Offset(Uint8Array.from([0x41, 0xc0, 0xaf]))).toBe(1);
    expect(firstInvalidUtf8Offset(Uint8Array.from([0x41, 0x42, 0xe2, 0x82]))).toBe(2);
    expect(firstInvalidUtf8Offset(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0);
  });

  it('rejects input over the size limit before looking at it', () => {
    const fiftyMegabytes = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    const error = errorOf(() => decodeInput(fiftyMegabytes, 'huge.txt'));
    expect(error.code).toBe('too-large');
    expect(error.details).toEqual({ byteLength: 50 * 1024 * 1024, maxBytes: 10 * 1024 * 1024 });
    expect(errorOf(() => decodeInput('x'.repeat(2048), null, 1024)).code).toBe('too-large');
    // Multi-byte characters count by their UTF-8 size: 400 × 3 bytes is over 1 KB.
    expect(errorOf(() => decodeInput('€'.repeat(400), null, 1024)).code).toBe('too-large');
    expect(decodeInput('€'.repeat(300), null, 1024).text).toHaveLength(300);
  });

  it('decodes UTF-8 with or without a BOM, and UTF-16 with a BOM', () => {
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Ärger im Hafen')]);
    expect(decodeInput(withBom, null).text).toBe('Ärger im Hafen');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Harbour “news”', 'utf16le')]);
    expect(decodeInput(new Uint8Array(utf16), null).text).toBe('Harbour “news”');
  });

  it('removes stray control characters and says so', () => {
    const decoded = decodeInput('Bell\u0007 and escape\u001b characters', null);
    expect(decoded.text).toBe('Bell and escape characters');
    expect(decoded.warnings.map((w) => w.code)).toEqual(['control-characters-removed']);
  });

  it('warns when replacement characters show the text was already damaged', () => {
    expect(decodeInput('Caf\ufffd au lait', null).warnings.map((w) => w.code)).toEqual([
      'replacement-characters',
    ]);
  });
});

describe('bad input in a batch', () => {
  it('gives each file its own error and lets the rest of the batch go on', () => {
    const batch = [
      { content: new Uint8Array(0), filename: 'empty.txt' },
      { content: Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d]), filename: 'scan.pdf' },
      { content: Uint8Array.from([0x48, 0x69, 0xff, 0xfe, 0x21]), filename: 'latin1.txt' },
      { content: new Uint8Array(11 * 1024 * 1024), filename: 'huge.txt' },
      { content: 'Facebook Conversations\n\nMore in Sport\n', filename: 'chrome-only.txt' },
      { content: ARTICLE, filename: 'good.txt' },
    ];
    const outcomes = batch.map((input) => tryParseArticle(input, { now: new Date('2026-01-01T00:00:00Z') }));
    expect(outcomes.map((o) => (o.ok === true ? 'ok' : o.error.code))).toEqual([
      'empty',
      'binary',
      'invalid-utf8',
      'too-large',
      'no-body',
      'ok',
    ]);
    for (const outcome of outcomes)
      if (outcome.ok === false)
        expect(outcome.error.filename).toBe(batch[outcomes.indexOf(outcome)].filename);
  });

  it('explains a missing body by what was found instead', () => {
    const error = errorOf(() =>
      parseArticle({
        content: 'Reader Comments (1)\n\n• Ada\nMay 2, 2019 - 3:04PM\nFirst!\n\nMore in Sport',
        filename: 'comments-only.txt',
      }),
    );
    expect(error.code).toBe('no-body');
    expect(error.message).toContain('1 comment(s)');
    expect(error.details.commentCount).toBe(1);
  });
});
