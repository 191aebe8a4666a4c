import {
  classifyBoilerplate,
  readArchiveNote,
  readByline,
  readCaption,
  readCommentHeading,
  readDateline,
  readPublishedLine,
  sectionFromTeaser,
} from './line-rules';

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
    expect(classifyBoilerplate(line)).toBe(kind);
  });

  it.each([
    'The councillor wrote a letter to the editor of the local paper in 2009 complaining about the state of the roads, and the paper printed it on its front page the following week, which started the campaign.',
    'More than two hundred people attended the meeting on Tuesday evening.',
    'Share prices fell sharply after the announcement.',
    'Email records show the mayor knew about the deal.',
  ])('leaves body text alone: %s', (line) => {
    expect(classifyBoilerplate(line)).toBeNull();
  });

  it('takes the section from a teaser that names one', () => {
    expect(sectionFromTeaser('More in Lowlands')).toBe('Lowlands');
    expect(sectionFromTeaser('More from our partners')).toBeNull();
  });
});

describe('readArchiveNote', () => {
  it('reads the partner name, or an empty one when the page printed none', () => {
    expect(readArchiveNote('This article is from the archive of our partner The Meridian Wire.')).toEqual({
      partnerName: 'The Meridian Wire',
      creditLine: 'This article is from the archive of our partner The Meridian Wire.',
    });
    expect(readArchiveNote('This article is from the archive of our partner .')?.partnerName).toBe('');
    expect(readArchiveNote('This story originally appeared in The Coastal Herald on May 2, 2019.')?.partnerName).toBe('The Coastal Herald');
    expect(readArchiveNote('The archive of the partner firm was seized by police.')).toBeNull();
  });
});

describe('readPublishedLine', () => {
  it('splits the publication from the date', () => {
    expect(readPublishedLine('Published in The Lowland Courier, March 3rd, 2019.')).toEqual({
      kind: 'published',
      publicationName: 'The Lowland Courier',
      rest: 'March 3rd, 2019.',
    });
    expect(readPublishedLine('Published in The Weald Gazette on 2 September 2017')?.publicationName).toBe('The Weald Gazette');
    expect(readPublishedLine('Published: October 6, 2011')).toEqual({ kind: 'published', publicationName: null, rest: 'October 6, 2011' });
    expect(readPublishedLine('Last updated 14:05, 3 March 2019')?.kind).toBe('updated');
    expect(readPublishedLine('The council published its accounts.')).toBeNull();
  });
});

describe('readByline', () => {
  it('reads names after "By" but not sentences that start with it', () => {
    expect(readByline('By Hester Quill')).toBe('Hester Quill');
    expect(readByline('By Hester Quill and Amos Dray | March 3, 2019')).toBe('Hester Quill and Amos Dray');
    expect(readByline('By the end of the year, the line will be finished.')).toBeNull();
    expect(readByline('By Tuesday the water had gone down.')).toBeNull();
  });
});

describe('readCaption', () => {
  it('separates caption text from the photo credit', () => {
    expect(readCaption('Volunteers read to children at the branch. PHOTO: FILE')).toEqual({
      text: 'Volunteers read to children at the branch.',
      credit: 'FILE',
    });
    expect(readCaption('The ferry at dawn (Photo: Tamsin Oduya)')).toEqual({ text: 'The ferry at dawn', credit: 'Tamsin Oduya' });
    expect(readCaption('Caption: Crowds outside the hall')).toEqual({ text: 'Crowds outside the hall', credit: null });
    expect(readCaption('He showed me the photo: it was taken in 1974, he said, long before the war.')).toBeNull();
  });
});

describe('readCommentHeading', () => {
  it('reads the declared count in its usual forms', () => {
    expect(readCommentHeading('Reader Comments (23)')).toEqual({ declaredCount: 23 });
    expect(readCommentHeading('2 Comments')).toEqual({ declaredCount: 2 });
    expect(readCommentHeading('Comments: 4')).toEqual({ declaredCount: 4 });
    expect(readCommentHeading('Reader comments')).toEqual({ declaredCount: null });
    expect(readCommentHeading('Comments from the minister were not available.')).toBeNull();
  });
});

describe('readDateline', () => {
  it.each([
    ['NEW YORK - Officials said', 'NEW YORK', 'Officials said'],
    ['WASHINGTON: American officials met', 'WASHINGTON', 'American officials met'],
    ['ASHBURY, Wessex — Night buses will', 'ASHBURY, Wessex', 'Night buses will'],
    ['LONDON (Wire Service) - Shares rose', 'LONDON (Wire Service)', 'Shares rose'],
  ])('reads the dateline of "%s"', (paragraph, dateline, rest) => {
    expect(readDateline(paragraph)).toEqual({ dateline, rest });
  });

  it.each(['UN inspectors quietly visited the plant.', 'Okonjo - the minister - said no.', 'The NEW YORK office - closed now - said nothing.'])(
    'finds none in "%s"',
    (paragraph) => {
      expect(readDateline(paragraph)).toBeNull();
    },
  );
});
