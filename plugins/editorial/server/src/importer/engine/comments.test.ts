import { linkReplies, parseCommentSection, type ParsedComment } from './comments';

const reference = { now: new Date('2026-01-15T00:00:00Z'), timezone: 0 };

function section(text: string) {
  return parseCommentSection(text.split('\n'), reference);
}

describe('parseCommentSection', () => {
  it('reads bulleted blocks of name, timestamp and text', () => {
    const result = section(
      [
        '  • Ada Quarrie',
        '    May 2, 2019 - 3:04PM',
        '',
        '    First comment.',
        '',
        '',
        '  • Ben Ito',
        '    May 2, 2019 - 4:10PM',
        '    Second.',
      ].join('\n'),
    );
    expect(result.comments).toEqual([
      {
        authorName: 'Ada Quarrie',
        postedAt: '2019-05-02T15:04:00.000Z',
        postedAtRaw: 'May 2, 2019 - 3:04PM',
        body: 'First comment.',
      },
      {
        authorName: 'Ben Ito',
        postedAt: '2019-05-02T16:10:00.000Z',
        postedAtRaw: 'May 2, 2019 - 4:10PM',
        body: 'Second.',
      },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('keeps paragraphs and line breaks inside a comment', () => {
    const result = section(
      [
        '• Cleo',
        'May 2, 2019 - 3:04PM',
        '',
        'One.',
        '',
        '',
        'Two,',
        'still two.',
        '',
        '• Dan',
        'May 3, 2019 - 1:00AM',
        'Three.',
      ].join('\n'),
    );
    expect(result.comments.map((c) => c.body)).toEqual(['One.\n\nTwo,\nstill two.', 'Three.']);
  });

  it.each([
    [
      'reads blocks without bullets: a name line right above a timestamp line',
      [
        'Wilf Barrowby',
        'September 2, 2017 at 6:40 pm',
        'Much better in the square.',
        '',
        'Agnes T',
        'September 3, 2017 at 8:05 am',
        'Agreed.',
      ],
      [
        ['Wilf Barrowby', '2017-09-02T18:40:00.000Z', 'Much better in the square.'],
        ['Agnes T', '2017-09-03T08:05:00.000Z', 'Agreed.'],
      ],
    ],
    [
      'reads author and timestamp on one line',
      [
        'Tomas Greel | May 2, 2019 - 3:04PM',
        'Good news for the valley.',
        '',
        'Ivy said on May 3, 2019 at 9:00 am',
        'Not for the farmers.',
      ],
      [
        ['Tomas Greel', '2019-05-02T15:04:00.000Z', 'Good news for the valley.'],
        ['Ivy', '2019-05-03T09:00:00.000Z', 'Not for the farmers.'],
      ],
    ],
  ])('%s', (_name, lines, expected) => {
    const result = section(lines.join('\n'));
    expect(result.comments.map((c) => [c.authorName, c.postedAt, c.body])).toEqual(expected);
  });

  it('keeps comments with broken or missing timestamps, with a warning each', () => {
    const result = section(
      [
        '• Ada',
        'May 32, 2019 - 3:04PM',
        'Broken date.',
        '',
        '• Ben',
        '',
        'No date at all.',
        '',
        '• Cy',
        'May 3, 2019 - 1:61PM',
        'Bad minute.',
      ].join('\n'),
    );
    expect(result.comments.map((c) => [c.authorName, c.postedAt, c.postedAtRaw, c.body])).toEqual([
      ['Ada', null, 'May 32, 2019 - 3:04PM', 'Broken date.'],
      ['Ben', null, null, 'No date at all.'],
      ['Cy', null, 'May 3, 2019 - 1:61PM', 'Bad minute.'],
    ]);
    expect(result.warnings.map((w) => [w.code, w.commentIndex])).toEqual([
      ['comment-timestamp-invalid', 0],
      ['comment-timestamp-missing', 1],
      ['comment-timestamp-invalid', 2],
    ]);
  });

  it('leaves out comments without text and says so', () => {
    const result = section(
      ['• Ada', 'May 2, 2019 - 3:04PM', '', '• Ben', 'May 2, 2019 - 3:05PM', 'Text.'].join('\n'),
    );
    expect(result.comments.map((c) => c.authorName)).toEqual(['Ben']);
    expect(result.warnings.map((w) => w.code)).toEqual(['comment-body-missing']);
  });

  it('reports lines before the first comment instead of inventing an author', () => {
    const result = section(
      ['Comments are moderated before they appear.', '', '• Ada', 'May 2, 2019 - 3:04PM', 'Hello.'].join(
        '\n',
      ),
    );
    expect(result.strayLines).toEqual(['Comments are moderated before they appear.']);
    expect(result.comments).toHaveLength(1);
  });
});

describe('linkReplies', () => {
  const comment = (authorName: string, body: string): ParsedComment => ({
    authorName,
    body,
    postedAt: null,
    postedAtRaw: null,
  });

  it('links "@Name" to the latest comment by that author, preferring the longest matching name', () => {
    const comments = [
      comment('AN', 'short name'),
      comment('ANNA B', 'long name'),
      comment('AN', 'again'),
      comment('Zed', '@ANNA B you are wrong'),
      comment('Yan', '@AN fair point'),
    ];
    linkReplies(comments);
    expect([comments[3].parentIndex, comments[3].quotedAuthor]).toEqual([1, 'ANNA B']);
    expect([comments[4].parentIndex, comments[4].quotedAuthor]).toEqual([2, 'AN']);
  });

  it('uses the quoted words to pick which comment by the author is meant', () => {
    const comments = [
      comment('Rhea', 'The bridge was always going to cost more.'),
      comment('Rhea', 'Anyway, I like trams.'),
      comment('Sol', 'Rhea wrote:\n> The bridge was always going to cost more.\nThen why vote for it?'),
    ];
    linkReplies(comments);
    expect(comments[2]).toMatchObject({
      parentIndex: 0,
      quotedAuthor: 'Rhea',
      quotedText: 'The bridge was always going to cost more.',
    });
  });

  it('links a comment that opens by quoting an earlier one', () => {
    const comments = [
      comment('Ro', 'The inland route is lovely anyway.'),
      comment('Maud', '"The inland route is lovely anyway." Not in the rain.'),
    ];
    linkReplies(comments);
    expect(comments[1]).toMatchObject({ parentIndex: 0, quotedAuthor: 'Ro' });
  });

  it('does not take reported speech for a reply', () => {
    const comments = [
      comment('Ada', 'Hello.'),
      comment('Ben', 'The minister said: we will build it. I doubt it.'),
      comment('Cy', '"Short" quote'),
    ];
    linkReplies(comments);
    expect(comments[1].parentIndex).toBeUndefined();
    expect(comments[1].quotedAuthor).toBeUndefined();
    expect(comments[2].parentIndex).toBeUndefined();
  });

  it('names an unknown addressee without inventing a parent', () => {
    const comments = [comment('Ada', 'Hello.'), comment('Ben', '@Nobody where are you?')];
    linkReplies(comments);
    expect(comments[1].quotedAuthor).toBe('Nobody');
    expect(comments[1].parentIndex).toBeUndefined();
  });
});

describe('comment action buttons', () => {
  it('are taken out of comment text and reported', () => {
    const result = parseCommentSection(
      [
        '• Ada says:',
        'May 2, 2019 - 3:04PM',
        'Good.',
        'Reply',
        'Recommend (3)',
        '',
        '• Ben',
        'May 2, 2019 - 3:05PM',
        'Reply to all of this: no.',
        'Report abuse',
      ],
      {
        now: new Date('2026-01-15T00:00:00Z'),
        timezone: 0,
      },
    );
    expect(result.comments.map((c) => [c.authorName, c.body])).toEqual([
      ['Ada', 'Good.'],
      ['Ben', 'Reply to all of this: no.'],
    ]);
    expect(result.strayLines).toEqual(['Reply', 'Recommend (3)', 'Report abuse']);
    expect(result.comments[1].quotedAuthor).toBeUndefined();
  });
});
