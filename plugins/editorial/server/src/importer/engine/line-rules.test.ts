import * as rules from './line-rules';

describe('classifyBoilerplate', () => {
  it.each([
    ['Facebook Conversations', 'share-widget'],
    ['Share this article', 'share-widget'],
    ['Facebook | Twitter | Email | Print', 'share-widget'],
    ['Follow us on Twitter for the latest', 'share-widget'],
    ['More in Lowlands', 'section-teaser'],
    ['More from Regions', 'section-teaser'],
    ['Related articles', 'related-links'],
    ['Read more: Council budget explained', 'related-links'],
    ['We’d like your view on this story. Send a letter to the editor or email', 'letter-prompt'],
    ['We want to hear what you think of our coverage', 'letter-prompt'],
    ['Have your say: send your views to our letters page.', 'letter-prompt'],
    ['Comments are closed.', 'comment-widget'],
    ['Advertisement', 'advertisement'],
    ['Sign up for our morning newsletter', 'newsletter-prompt'],
    ['© 2019 The Harbour Ledger. All rights reserved.', 'copyright'],
  ])('calls "%s" %s', (line, kind) => {
    expect(rules.classifyBoilerplate(line)).toBe(kind);
  });

  it.each([
    'The councillor wrote a letter to the editor of the local paper in 2009 complaining about the state of the roads, and the paper printed it on its front page the following week, which started the campaign.',
    'More than two hundred people attended the meeting on Tuesday evening.',
    'Share prices fell sharply after the announcement.',
    'Email records show the mayor knew about the deal.',
  ])('leaves body text alone: %s', (line) => {
    expect(rules.classifyBoilerplate(line)).toBeNull();
  });

  it('takes the section from a teaser that names one', () => {
    expect(rules.sectionFromTeaser('More in Lowlands')).toBe('Lowlands');
    expect(rules.sectionFromTeaser('More from our partners')).toBeNull();
  });
});

// Each reader takes one line: what it reads from the lines it knows, null for ordinary sentences that look alike.
describe.each<[string, (line: string) => unknown, [line: string, expected: unknown][]]>([
  [
    'readArchiveNote (the partner name, empty when the page printed none)',
    rules.readArchiveNote,
    [
      [
        'This article is from the archive of our partner The Meridian Wire.',
        {
          partnerName: 'The Meridian Wire',
          creditLine: 'This article is from the archive of our partner The Meridian Wire.',
        },
      ],
      [
        'This article is from the archive of our partner .',
        { partnerName: '', creditLine: 'This article is from the archive of our partner .' },
      ],
      [
        'This story originally appeared in The Coastal Herald on May 2, 2019.',
        {
          partnerName: 'The Coastal Herald',
          creditLine: 'This story originally appeared in The Coastal Herald on May 2, 2019.',
        },
      ],
      ['The archive of the partner firm was seized by police.', null],
    ],
  ],
  [
    'readPublishedLine (the publication split from the date)',
    rules.readPublishedLine,
    [
      [
        'Published in The Lowland Courier, March 3rd, 2019.',
        { kind: 'published', publicationName: 'The Lowland Courier', rest: 'March 3rd, 2019.' },
      ],
      [
        'Published in The Weald Gazette on 2 September 2017',
        { kind: 'published', publicationName: 'The Weald Gazette', rest: '2 September 2017' },
      ],
      ['Published: October 6, 2011', { kind: 'published', publicationName: null, rest: 'October 6, 2011' }],
      [
        'Last updated 14:05, 3 March 2019',
        { kind: 'updated', publicationName: null, rest: '14:05, 3 March 2019' },
      ],
      ['The council published its accounts.', null],
    ],
  ],
  [
    'readByline (names after "By", not sentences that start with it)',
    rules.readByline,
    [
      ['By Hester Quill', 'Hester Quill'],
      ['By Hester Quill and Amos Dray | March 3, 2019', 'Hester Quill and Amos Dray'],
      ['By the end of the year, the line will be finished.', null],
      ['By Tuesday the water had gone down.', null],
    ],
  ],
  [
    'readCaption (caption text apart from the photo credit)',
    rules.readCaption,
    [
      [
        'Volunteers read to children at the branch. PHOTO: FILE',
        { text: 'Volunteers read to children at the branch.', credit: 'FILE' },
      ],
      ['The ferry at dawn (Photo: Tamsin Oduya)', { text: 'The ferry at dawn', credit: 'Tamsin Oduya' }],
      ['Caption: Crowds outside the hall', { text: 'Crowds outside the hall', credit: null }],
      ['He showed me the photo: it was taken in 1974, he said, long before the war.', null],
    ],
  ],
  [
    'readCommentHeading (the declared count in its usual forms)',
    rules.readCommentHeading,
    [
      ['Reader Comments (23)', { declaredCount: 23 }],
      ['2 Comments', { declaredCount: 2 }],
      ['Comments: 4', { declaredCount: 4 }],
      ['Reader comments', { declaredCount: null }],
      ['Comments from the minister were not available.', null],
    ],
  ],
])('%s', (_reader, read, cases) => {
  it.each(cases)('reads %j as %j', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });
});

describe('readDateline', () => {
  it.each([
    ['NEW YORK - Officials said', 'NEW YORK', 'Officials said'],
    ['WASHINGTON: American officials met', 'WASHINGTON', 'American officials met'],
    ['ASHBURY, Wessex — Night buses will', 'ASHBURY, Wessex', 'Night buses will'],
    ['LONDON (Wire Service) - Shares rose', 'LONDON (Wire Service)', 'Shares rose'],
  ])('reads the dateline of "%s"', (paragraph, dateline, rest) => {
    expect(rules.readDateline(paragraph)).toEqual({ dateline, rest });
  });

  it.each([
    'UN inspectors quietly visited the plant.',
    'Okonjo - the minister - said no.',
    'The NEW YORK office - closed now - said nothing.',
  ])('finds none in "%s"', (paragraph) => {
    expect(rules.readDateline(paragraph)).toBeNull();
  });
});
