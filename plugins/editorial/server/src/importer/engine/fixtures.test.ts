/**
 * Every fixture in __fixtures__ (written for the project in the shapes editors paste: plain
 * text pages and saved HTML) against its hand-written expected result.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArticle } from './index';
import type { ImportPreview } from './types';

interface ExpectedComment {
  authorName: string;
  postedAt: string | null;
  postedAtRaw?: string | null;
  body: string;
  parentIndex?: number;
  quotedAuthor?: string;
  quotedText?: string;
}

interface Expected {
  format: 'text' | 'html';
  fields: Record<string, unknown>;
  paragraphCount: number;
  firstParagraph: string;
  lastParagraph: string;
  captions: Array<{ text: string; credit: string | null }>;
  comments: ExpectedComment[];
  commentCountDeclared: number | null;
  removedBoilerplate?: Array<{ kind: string; text: string }>;
  removedBoilerplateKinds?: string[];
  warningCodes: string[];
}

const FIXTURES = path.join(__dirname, '__fixtures__');
const cases = fs
  .readdirSync(FIXTURES)
  .filter((name) => /\.(txt|html)$/.test(name))
  .sort();
const NOW = new Date('2026-01-15T00:00:00Z');

function parseFixture(name: string): ImportPreview {
  return parseArticle({ content: fs.readFileSync(path.join(FIXTURES, name)), filename: name }, { now: NOW });
}

describe('importer fixtures', () => {
  it('has at least five text fixtures and two HTML fixtures, each with an expected result', () => {
    expect(cases.filter((name) => name.endsWith('.txt')).length).toBeGreaterThanOrEqual(5);
    expect(cases.filter((name) => name.endsWith('.html')).length).toBeGreaterThanOrEqual(2);
    for (const name of cases)
      expect(fs.existsSync(path.join(FIXTURES, name.replace(/\.(txt|html)$/, '.expected.json')))).toBe(true);
  });

  describe.each(cases)('%s', (name) => {
    const expected: Expected = JSON.parse(
      fs.readFileSync(path.join(FIXTURES, name.replace(/\.(txt|html)$/, '.expected.json')), 'utf8'),
    );
    const preview = parseFixture(name);

    it('detects the format', () => {
      expect(preview.format).toBe(expected.format);
    });

    it('fills the fields', () => {
      for (const [key, value] of Object.entries(expected.fields)) {
        expect({ key, value: (preview.fields as unknown as Record<string, unknown>)[key] }).toEqual({
          key,
          value,
        });
      }
    });

    it('keeps the body paragraphs and nothing else', () => {
      expect(preview.paragraphs).toHaveLength(expected.paragraphCount);
      expect(preview.paragraphs[0]).toBe(expected.firstParagraph);
      expect(preview.paragraphs[preview.paragraphs.length - 1]).toBe(expected.lastParagraph);
      expect(preview.body).toBe(preview.paragraphs.join('\n\n'));
      // Nothing that was taken out may still be in the body.
      const removed = expected.removedBoilerplate ?? [];
      for (const item of removed) expect(preview.body).not.toContain(item.text);
      for (const caption of expected.captions) expect(preview.body).not.toContain(caption.text);
    });

    it('collects captions', () => {
      expect(preview.captions).toEqual(expected.captions);
    });

    it('turns the comment section into comments', () => {
      expect(preview.commentCountDeclared).toBe(expected.commentCountDeclared);
      expect(preview.comments).toHaveLength(expected.comments.length);
      expected.comments.forEach((want, index) => {
        const got = preview.comments[index];
        expect({ index, authorName: got.authorName, postedAt: got.postedAt, body: got.body }).toEqual({
          index,
          authorName: want.authorName,
          postedAt: want.postedAt,
          body: want.body,
        });
        if (want.postedAtRaw !== undefined) expect(got.postedAtRaw).toBe(want.postedAtRaw);
        expect({ index, parentIndex: got.parentIndex, quotedAuthor: got.quotedAuthor }).toEqual({
          index,
          parentIndex: want.parentIndex,
          quotedAuthor: want.quotedAuthor,
        });
        if (want.quotedText !== undefined) expect(got.quotedText).toBe(want.quotedText);
        expect(got.origin).toBe('import');
        expect(got.status).toBe('pending');
      });
    });

    it('reports the boilerplate it removed', () => {
      if (expected.removedBoilerplate)
        expect(preview.removedBoilerplate).toEqual(expected.removedBoilerplate);
      if (expected.removedBoilerplateKinds)
        expect(preview.removedBoilerplate.map((item) => item.kind)).toEqual(expected.removedBoilerplateKinds);
    });

    it('warns about what needs a look, and only that', () => {
      expect(preview.warnings.map((warning) => warning.code)).toEqual(expected.warningCodes);
      for (const warning of preview.warnings) expect(warning.message.length).toBeGreaterThan(10);
    });

    it('lets no script, handler or markup into any stored value', () => {
      const stored = JSON.stringify({
        fields: preview.fields,
        body: preview.body,
        captions: preview.captions,
        comments: preview.comments,
      });
      expect(stored).not.toMatch(
        /<script|<\/?[a-z]+[\s>]|\bon[a-z]+\s*=|javascript:|alert\(|document\.cookie/i,
      );
    });
  });

  it('gives the same fingerprint when the same file is parsed again', () => {
    for (const name of cases) expect(parseFixture(name).fingerprint).toBe(parseFixture(name).fingerprint);
    const fingerprints = new Set(cases.map((name) => parseFixture(name).fingerprint));
    expect(fingerprints.size).toBe(cases.length);
  });
});
