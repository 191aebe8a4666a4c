import { escapeMarkdown, parseArticle, toDraftData } from './index';

const PAGE = [
  'Pier toll scrapped',
  '',
  'Published: July 9, 2020',
  '',
  'SALTMARSH - The town council scrapped the pier toll on Wednesday, a year after it was introduced to pay for repairs that have now been finished ahead of schedule.',
  '',
  '1999. That was the last time the pier was free, said the harbourmaster, who called the toll *a necessary evil* at <£2 a trip.',
  '',
  'Reader Comments (2)',
  '',
  '• Cass',
  'Jul 9, 2020 - 10:00AM',
  'Good riddance.',
  '',
  '• Dora',
  'Jul 45, 2020 - 11:00AM',
  '@Cass agreed.',
].join('\n');

describe('toDraftData', () => {
  const preview = parseArticle(
    { content: PAGE, filename: 'pier.txt' },
    { now: new Date('2026-01-15T00:00:00Z') },
  );
  const draft = toDraftData(preview, new Date('2026-01-15T08:00:00Z'));

  it('maps the preview to article attributes in the imported stage', () => {
    expect(draft.article).toMatchObject({
      title: 'Pier toll scrapped',
      dateline: 'SALTMARSH',
      originalPublishedAt: '2020-07-09T12:00:00.000Z',
      editorialStage: 'imported',
      importFingerprint: preview.fingerprint,
    });
    expect(draft.publicationName).toBeNull();
  });

  it('writes the body as markdown that renders as the original text', () => {
    const paragraphs = draft.article.body.split('\n\n');
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[1]).toBe(
      '1999\\. That was the last time the pier was free, said the harbourmaster, who called the toll \\*a necessary evil\\* at \\<£2 a trip.',
    );
  });

  it('gives every comment a postedAt, marking the ones that had to be estimated', () => {
    expect(
      draft.comments.map((c) => [
        c.authorName,
        c.postedAt,
        c.postedAtEstimated,
        c.parentIndex,
        c.status,
        c.origin,
      ]),
    ).toEqual([
      ['Cass', '2020-07-09T10:00:00.000Z', false, null, 'pending', 'import'],
      ['Dora', '2020-07-09T12:00:00.000Z', true, 0, 'pending', 'import'],
    ]);
  });

  it('falls back to the import time when the article has no date either', () => {
    const undated = parseArticle(
      { content: PAGE.replace('Published: July 9, 2020', '') },
      { now: new Date('2026-01-15T00:00:00Z') },
    );
    expect(toDraftData(undated, new Date('2026-01-15T08:00:00Z')).comments[1].postedAt).toBe(
      '2026-01-15T08:00:00.000Z',
    );
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['# not a heading', '\\# not a heading'],
    ['- not a list', '\\- not a list'],
    ['12) not a list', '12\\) not a list'],
    [
      'plain words stay plain, with commas; and quotes “like this”',
      'plain words stay plain, with commas; and quotes “like this”',
    ],
    ['[link](javascript:alert(1))', '\\[link\\](javascript:alert(1))'],
  ])('%s', (input, output) => {
    expect(escapeMarkdown(input)).toBe(output);
  });
});
