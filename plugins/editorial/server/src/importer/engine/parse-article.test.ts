import {
  ImportError,
  parseArticle,
  parseArticleAsync,
  summariseImport,
  suggestTitle,
  firstSentence,
} from './index';

const NOW = new Date('2026-01-15T00:00:00Z');

const PAGE = [
  'Lighthouse keeper retires after forty years',
  '',
  'Published: May 2, 2019',
  '',
  'GULLSTONE - Ambrose Tiller climbed the two hundred steps of the Gullstone lighthouse for the last time on Friday, ending a career that began when the lamp still burned paraffin.',
  '',
  '“I will miss the quiet,” Mr. Tiller said. “Not the stairs.”',
  '',
  'The lighthouse has been automatic since 1998, but Mr. Tiller stayed on as its keeper to look after the building and to show visitors around.',
  '',
  'Reader Comments (2)',
  '',
  '• Nell',
  'May 2, 2019 - 3:04PM',
  'What a life.',
  '',
  '• Ossie',
  'May 2, 2019 - 5:30PM',
  '@Nell indeed. He showed my class round in 1987.',
].join('\n');

describe('parseArticle', () => {
  it('returns the preview shape the import service stores', () => {
    const preview = parseArticle({ content: PAGE, filename: 'lighthouse.txt' }, { now: NOW });
    expect(preview.fields).toMatchObject({
      title: 'Lighthouse keeper retires after forty years',
      titleNeedsReview: false,
      dateline: 'GULLSTONE',
      originalPublishedAt: '2019-05-02T12:00:00.000Z',
    });
    expect(preview.paragraphs).toHaveLength(3);
    expect(preview.body.split('\n\n')).toEqual(preview.paragraphs);
    expect(
      preview.comments.map((c) => [c.authorName, c.postedAt, c.parentIndex, c.origin, c.status]),
    ).toEqual([
      ['Nell', '2019-05-02T15:04:00.000Z', undefined, 'import', 'pending'],
      ['Ossie', '2019-05-02T17:30:00.000Z', 0, 'import', 'pending'],
    ]);
    expect(preview.commentCountDeclared).toBe(2);
    expect(preview.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(preview.quotes).toEqual([]);
  });

  it('reads bytes the same as the string they encode', () => {
    const fromString = parseArticle({ content: PAGE }, { now: NOW });
    const fromBytes = parseArticle({ content: new TextEncoder().encode(PAGE) }, { now: NOW });
    expect(fromBytes.fields).toEqual(fromString.fields);
    expect(fromBytes.fingerprint).toBe(fromString.fingerprint);
  });

  it('recognises a re-import whatever the line endings, spacing or quote style', () => {
    const original = parseArticle({ content: PAGE }, { now: NOW }).fingerprint;
    const windows = parseArticle({ content: PAGE.replace(/\n/g, '\r\n') }, { now: NOW }).fingerprint;
    const respaced = parseArticle(
      { content: PAGE.replace(/ the /g, '  the ').replace(/[“”]/g, '"') },
      { now: NOW },
    ).fingerprint;
    const edited = parseArticle(
      { content: PAGE.replace('forty years', 'thirty years') },
      { now: NOW },
    ).fingerprint;
    expect(windows).toBe(original);
    expect(respaced).toBe(original);
    expect(edited).not.toBe(original);
  });

  it('passes the body to the quote engine and keeps what it finds', () => {
    const seen: string[] = [];
    const preview = parseArticle(
      { content: PAGE },
      {
        now: NOW,
        extractQuotes: (text) => {
          seen.push(text);
          return [{ text: 'I will miss the quiet', speaker: 'Ambrose Tiller' }];
        },
      },
    );
    expect(seen).toEqual([preview.body]);
    expect(preview.quotes).toEqual([{ text: 'I will miss the quiet', speaker: 'Ambrose Tiller' }]);
  });

  it('turns a failing quote engine into a warning', () => {
    const preview = parseArticle(
      { content: PAGE },
      {
        now: NOW,
        extractQuotes: () => {
          throw new Error('model missing');
        },
      },
    );
    expect(preview.quotes).toEqual([]);
    expect(preview.warnings.find((w) => w.code === 'quotes-failed')?.message).toContain('model missing');
  });

  it('sends imported comments through the moderation rules when given', () => {
    const preview = parseArticle(
      { content: PAGE },
      {
        now: NOW,
        moderate: (comment) =>
          comment.body.includes('@') ? { status: 'flagged', reasons: [{ rule: 'mention' }] } : 'approved',
      },
    );
    expect(preview.comments.map((c) => [c.status, c.moderationReasons])).toEqual([
      ['approved', undefined],
      ['flagged', [{ rule: 'mention' }]],
    ]);
  });

  it('leaves a comment pending, with a warning, when moderation fails or answers nonsense', () => {
    let calls = 0;
    const preview = parseArticle(
      { content: PAGE },
      {
        now: NOW,
        moderate: () => {
          calls++;
          if (calls === 1) throw new Error('rules not loaded');
          return { status: 'maybe' } as never;
        },
      },
    );
    expect(preview.comments.map((c) => c.status)).toEqual(['pending', 'pending']);
    expect(preview.warnings.filter((w) => w.code === 'moderation-failed').map((w) => w.commentIndex)).toEqual(
      [0, 1],
    );
  });

  it('refuses asynchronous hooks in the synchronous call, pointing to parseArticleAsync', () => {
    expect(() =>
      parseArticle({ content: PAGE }, { now: NOW, moderate: (() => Promise.resolve('approved')) as never }),
    ).toThrow(/parseArticleAsync/);
  });

  it('awaits asynchronous hooks in parseArticleAsync', async () => {
    const preview = await parseArticleAsync(
      { content: PAGE },
      {
        now: NOW,
        extractQuotes: async () => [{ text: 'Not the stairs' }],
        moderate: async () => 'rejected' as const,
      },
    );
    expect(preview.quotes).toEqual([{ text: 'Not the stairs' }]);
    expect(preview.comments.map((c) => c.status)).toEqual(['rejected', 'rejected']);
  });

  it('rejects a file with no recognisable body', () => {
    expect(() =>
      parseArticle({
        content: 'Facebook Conversations\n\nAdvertisement\n\nMore in Sport',
        filename: 'widgets.txt',
      }),
    ).toThrow(ImportError);
    try {
      parseArticle({ content: 'Just a short line.', filename: 'short.txt' });
    } catch (error) {
      expect((error as ImportError).code).toBe('no-body');
      expect((error as ImportError).message).toMatch(/^short\.txt: has no recognisable article body/);
    }
    expect(
      parseArticle({ content: 'Just a short line of seven words.' }, { minBodyWords: 5 }).paragraphs,
    ).toHaveLength(1);
  });

  it('strips markup pasted into plain text, scripts included, and reports it', () => {
    const preview = parseArticle(
      {
        content: `${PAGE.split('Reader Comments')[0]}<script>alert("x")</script>\n\nA closing <b onclick="steal()">bold</b> line about the lamp and the tower.\n`,
        contentType: 'text/plain',
      },
      { now: NOW },
    );
    expect(preview.body).not.toMatch(/<|alert|onclick|steal/);
    expect(preview.paragraphs[preview.paragraphs.length - 1]).toBe(
      'A closing bold line about the lamp and the tower.',
    );
    expect(preview.warnings.map((w) => w.code)).toContain('markup-removed');
    expect(preview.removedBoilerplate.filter((r) => r.kind === 'markup').length).toBeGreaterThanOrEqual(3);
  });

  it('flags a suggested headline for review when the page has none', () => {
    const preview = parseArticle({ content: PAGE.split('\n').slice(2).join('\n') }, { now: NOW });
    expect(preview.fields.titleNeedsReview).toBe(true);
    expect(preview.fields.suggestedTitle).toBe(preview.fields.title);
    expect(preview.fields.title.startsWith('Ambrose Tiller climbed the two hundred steps')).toBe(true);
    expect(preview.warnings[0].code).toBe('title-suggested');
  });

  it('reports conflicting publication dates', () => {
    const preview = parseArticle(
      { content: `${PAGE.split('Reader Comments')[0]}Published in The Gullstone Echo, May 9th, 2019.\n` },
      { now: NOW },
    );
    expect(preview.fields.originalPublishedAt).toBe('2019-05-02T12:00:00.000Z');
    expect(preview.fields.publicationName).toBe('The Gullstone Echo');
    expect(preview.warnings.map((w) => w.code)).toContain('date-conflict');
  });

  it('reads a hard-wrapped page as whole paragraphs', () => {
    const wrapped = [
      'Bakery wins regional prize',
      '',
      'The Crumb & Co bakery on Mill Lane has won the regional prize for its',
      'sourdough, beating forty other bakeries from across the county in a well-',
      'attended blind tasting held at the agricultural show on Saturday.',
      '',
      'Owner Petra Lusk said the recipe had not changed since her grandmother',
      'opened the shop.',
    ].join('\n');
    const preview = parseArticle({ content: wrapped }, { now: NOW });
    expect(preview.paragraphs).toEqual([
      'The Crumb & Co bakery on Mill Lane has won the regional prize for its sourdough, beating forty other bakeries from across the county in a well-attended blind tasting held at the agricultural show on Saturday.',
      'Owner Petra Lusk said the recipe had not changed since her grandmother opened the shop.',
    ]);
  });
});

describe('suggestTitle', () => {
  it('uses the whole first sentence when it is short enough', () => {
    expect(suggestTitle('The pier reopened on Monday. Crowds came.')).toBe('The pier reopened on Monday');
  });

  it('cuts a long sentence at a clause, not in the middle of a phrase', () => {
    const title = suggestTitle(
      'Hospital managers in the northern district have agreed to reopen the maternity ward that closed last year, while warning that staff shortages could force it to shut again within months.',
    );
    expect(title).toBe(
      'Hospital managers in the northern district have agreed to reopen the maternity ward that closed last year',
    );
    expect(title.length).toBeLessThanOrEqual(120);
  });

  it('is not fooled by abbreviations when finding the first sentence', () => {
    expect(firstSentence('Mr. Tiller met U.S. officials on Friday. They talked.')).toBe(
      'Mr. Tiller met U.S. officials on Friday.',
    );
  });
});

describe('summariseImport', () => {
  it('puts title, date, counts and warning codes on one line', () => {
    const preview = parseArticle(
      { content: PAGE.replace('(2)', '(3)'), filename: 'lighthouse.txt' },
      { now: NOW },
    );
    const line = summariseImport(preview);
    expect(line).not.toContain('\n');
    expect(line).toContain('lighthouse.txt: "Lighthouse keeper retires after forty years"');
    expect(line).toContain('2019-05-02');
    expect(line).toContain('2/3 comment(s)');
    expect(line).toContain('comment-count-mismatch');
  });
});

describe('headlines in one-paragraph-per-line pages', () => {
  const body = [
    'The water board will raise the levy on farms of more than fifty hectares from next spring, its chairman told a packed meeting in the valley hall on Thursday evening.',
    'Farmers said the rise would push several families to sell land that has been worked by the same households for generations, and asked for the decision to be delayed.',
    'The board said it would publish the full schedule of charges next month and hold a second meeting before any money is collected.',
  ];

  it('takes a short unpunctuated first line above long paragraphs as the headline', () => {
    const preview = parseArticle(
      { content: ['Water levy to rise for large farms', ...body].join('\n') },
      { now: NOW },
    );
    expect(preview.fields.title).toBe('Water levy to rise for large farms');
    expect(preview.fields.titleNeedsReview).toBe(false);
    expect(preview.paragraphs).toEqual(body);
  });

  it('does not take a first sentence for a headline', () => {
    const preview = parseArticle({ content: body.join('\n') }, { now: NOW });
    expect(preview.fields.titleNeedsReview).toBe(true);
    expect(preview.paragraphs).toEqual(body);
  });
});

describe('suggested headlines for fragments', () => {
  it('skips paragraphs with no words and never leaves the title empty', () => {
    const preview = parseArticle(
      {
        content:
          '”\n\n. “It turns out the bridge was never inspected,” the engineer said, and the council agreed to close it for a week.',
      },
      { now: NOW },
    );
    expect(preview.fields.title).toBe(
      'It turns out the bridge was never inspected, the engineer said, and the council agreed to close it for a week',
    );
    const symbols = parseArticle(
      {
        content:
          '— — —\n\n* * *\n\n' +
          '... '.repeat(10) +
          '\n\nA B C D E F G H I J K L M N O P Q R S T U V W X Y Z',
      },
      { now: NOW, minBodyWords: 5 },
    );
    expect(symbols.fields.title.length).toBeGreaterThan(0);
  });
});
