import {
  commentApprovedMail,
  excerpt,
  htmlOf,
  replyApprovedMail,
  reportThresholdMail,
} from './notification-messages';

describe('notification mails', () => {
  it('cuts long comments on a word, folding whitespace', () => {
    expect(excerpt('one  two\n\nthree')).toBe('one two three');
    const long = `${'word '.repeat(100)}end`;
    const cut = excerpt(long, 50);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(51);
    expect(cut.slice(0, -1)).toMatch(/^(word ?)+$/);
    expect(cut.slice(0, -1).endsWith(' ')).toBe(false);
  });

  it('escapes markup in the HTML part', () => {
    expect(htmlOf('a <script>alert("x")</script> & \'b\'')).toBe(
      '<div style="white-space:pre-wrap;font-family:sans-serif">a &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;b&#39;</div>',
    );
  });

  it('says why moderators are alerted, with the report reasons', () => {
    const mail = reportThresholdMail({
      authorName: 'Wren',
      body: 'Some text',
      articleTitle: 'Canal dredging',
      reportCount: 4,
      threshold: 4,
      reasons: [
        { reason: 'spam', count: 3 },
        { reason: 'other', count: 1 },
      ],
      hidden: true,
      queueUrl: 'https://cms.example/admin/plugins/editorial/moderation',
    });
    expect(mail.subject).toBe('Comment reported 4 times on "Canal dredging"');
    expect(mail.text).toContain('Report reasons: spam (3), other (1).');
    expect(mail.text).toContain('It is hidden from readers until a moderator decides.');
    expect(
      reportThresholdMail({
        ...({} as any),
        authorName: 'W',
        body: 'b',
        articleTitle: null,
        reportCount: 1,
        threshold: 1,
        reasons: [],
        hidden: false,
        queueUrl: 'u',
      }).text,
    ).toContain('Report reasons: none given.');
  });

  it('names staff in reply mails and leaves out missing links', () => {
    const base = {
      parentAuthorName: 'Ash',
      parentBody: 'Q?',
      replyAuthorName: 'Desk Editor',
      replyBody: 'A.',
      articleTitle: null,
      articleUrl: null,
    };
    expect(replyApprovedMail({ ...base, isStaff: true }).subject).toBe(
      'Desk Editor (newsroom staff) answered your comment',
    );
    expect(replyApprovedMail({ ...base, isStaff: false }).subject).toBe('Desk Editor answered your comment');
    expect(
      commentApprovedMail({ authorName: 'Ash', body: 'Q?', articleTitle: 'T', articleUrl: null }).text,
    ).not.toContain('Read the discussion');
    expect(
      commentApprovedMail({
        authorName: 'Ash',
        body: 'Q?',
        articleTitle: 'T',
        articleUrl: 'https://x.example/t',
      }).text,
    ).toContain('Read the discussion: https://x.example/t');
  });
});
