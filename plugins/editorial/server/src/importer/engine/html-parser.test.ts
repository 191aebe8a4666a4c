import { ImportError, looksLikeHtml, parseArticle } from './index';

const NOW = new Date('2026-01-15T00:00:00Z');
const PARAGRAPHS = [
  'The old market hall will become a food court next year after the town council sold it to a local cooperative for a nominal sum, ending a decade of arguments about its future.',
  'The cooperative plans twelve stalls, a shared kitchen and a stage for music on Friday evenings, and says it will keep the cast-iron roof that gives the hall its name.',
  '“We wanted it to stay a place where people meet,” said Orla Penhallow, who chairs the cooperative. “Not another car park.”',
];

describe('looksLikeHtml', () => {
  it('recognises documents and fragments, not prose mentioning tags', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html><body></body></html>')).toBe(true);
    expect(looksLikeHtml('<div><p>One</p><p>Two</p></div>')).toBe(true);
    expect(looksLikeHtml('A guide to the <p> element and why it matters.')).toBe(false);
  });
});

describe('HTML import', () => {
  it('parses a fragment pasted from a page', () => {
    const html = `<h1>Market hall becomes food court</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`;
    const preview = parseArticle({ content: html }, { now: NOW });
    expect(preview.format).toBe('html');
    expect(preview.fields.title).toBe('Market hall becomes food court');
    expect(preview.paragraphs).toEqual(PARAGRAPHS);
  });

  it('uses JSON-LD metadata and drops the site name from the page title', () => {
    const html = `<html><head><title>Market hall becomes food court | Penwith Post</title>
      <meta property="og:site_name" content="Penwith Post">
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},{"@type":"NewsArticle","datePublished":"2022-05-06T07:00:00Z","author":[{"@type":"Person","name":"Jory Tremayne"}],"articleSection":"Towns"}]}</script>
      </head><body><article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const preview = parseArticle({ content: html, filename: 'market.html' }, { now: NOW });
    expect(preview.fields).toMatchObject({
      title: 'Market hall becomes food court',
      byline: 'Jory Tremayne',
      originalPublishedAt: '2022-05-06T07:00:00.000Z',
      section: 'Towns',
      publicationName: 'Penwith Post',
    });
  });

  it('keeps every script, handler and javascript: link out of all fields', () => {
    const html = `<html><head><title>Market <script>alert(1)</script>hall</title>
      <meta property="og:title" content="Market hall &lt;img src=x onerror=alert(2)&gt; becomes food court">
      <meta name="description" content="<script>alert(3)</script>">
      </head><body onload="alert(4)"><article>
      <h1 onclick="alert(5)">Market hall becomes food court</h1>
      ${PARAGRAPHS.map((p) => `<p onmouseover="alert(6)">${p}<a href="javascript:alert(7)">link</a></p>`).join('')}
      <svg><script>alert(8)</script></svg><iframe src="javascript:alert(9)"></iframe><img src=x onerror="alert(10)">
      </article></body></html>`;
    const preview = parseArticle({ content: html }, { now: NOW });
    const stored = JSON.stringify({
      fields: preview.fields,
      body: preview.body,
      captions: preview.captions,
      comments: preview.comments,
    });
    expect(stored).not.toMatch(/alert|<script|onerror|onclick|onload|onmouseover|javascript:/i);
    expect(preview.fields.title).toBe('Market hall becomes food court');
    expect(preview.warnings.find((w) => w.code === 'unsafe-markup-removed')?.message).toMatch(/script/);
  });

  it('treats a contentType of text/html as HTML whatever the file is called', () => {
    const html = `<p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p>`;
    expect(
      parseArticle(
        { content: html, filename: 'paste', contentType: 'text/html; charset=utf-8' },
        { now: NOW },
      ).format,
    ).toBe('html');
    expect(
      parseArticle({ content: PARAGRAPHS.join('\n\n'), filename: 'page.html' }, { now: NOW }).format,
    ).toBe('html');
    const documentAsText = parseArticle(
      {
        content: `<!DOCTYPE html><html><head><title>Market hall</title></head><body><p>${PARAGRAPHS[0]}</p></body></html>`,
        filename: 'saved.txt',
        contentType: 'text/plain',
      },
      { now: NOW },
    );
    expect(documentAsText.format).toBe('html');
    expect(documentAsText.body).toBe(PARAGRAPHS[0]);
  });

  it('refuses a page that is only scripts and navigation', () => {
    const html =
      '<html><body><nav><a href="/">Home</a><a href="/news">News</a></nav><script>var a = "a long script with many many words in it to look like text";</script><footer>© Penwith Post</footer></body></html>';
    let error: unknown;
    try {
      parseArticle({ content: html, filename: 'empty-page.html' }, { now: NOW });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe('no-body');
  });

  it('keeps a comment section in generic .comment markup, with author, time and text', () => {
    const html = `<html><body><article><h1>Market hall becomes food court</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>
      <div class="comments"><h2>2 Comments</h2>
        <div class="comment"><span class="author">Kit</span><span class="date">May 6, 2022 - 9:15AM</span><div class="comment-text"><p>Finally!</p></div></div>
        <div class="comment"><span class="author">Lowen</span><span class="date">May 6, 2022 - 10:02AM</span><div class="comment-text"><p>@Kit agreed.</p><p>Second paragraph.</p></div></div>
      </div></body></html>`;
    const preview = parseArticle({ content: html }, { now: NOW });
    expect(preview.comments.map((c) => [c.authorName, c.postedAt, c.body, c.parentIndex])).toEqual([
      ['Kit', '2022-05-06T09:15:00.000Z', 'Finally!', undefined],
      ['Lowen', '2022-05-06T10:02:00.000Z', '@Kit agreed.\n\nSecond paragraph.', 0],
    ]);
    expect(preview.commentCountDeclared).toBe(2);
    expect(preview.body).not.toContain('Finally!');
  });
});

describe('HTML pages whose comments are plain paragraphs', () => {
  it('reads them with the text rules under the comment heading', () => {
    const p = (text: string) => `<p>${text}</p>`;
    const html = `<html><body><div class="page"><h1>Market hall becomes food court</h1>${PARAGRAPHS.map(p).join('')}
      <p>Facebook Conversations</p><h3>Reader Comments (2)</h3>
      <ul><li>${p('• Kit')}${p('May 6, 2022 - 9:15AM')}${p('Finally!')}</li><li>${p('• Lowen')}${p('May 6, 2022 - 10:02AM')}${p('@Kit agreed.')}</li></ul>
      <p>More in Towns</p></div></body></html>`;
    const preview = parseArticle({ content: html }, { now: NOW });
    expect(preview.paragraphs).toEqual(PARAGRAPHS);
    expect(preview.comments.map((c) => [c.authorName, c.postedAt, c.body, c.parentIndex])).toEqual([
      ['Kit', '2022-05-06T09:15:00.000Z', 'Finally!', undefined],
      ['Lowen', '2022-05-06T10:02:00.000Z', '@Kit agreed.', 0],
    ]);
    expect(preview.commentCountDeclared).toBe(2);
    expect(preview.fields.section).toBe('Towns');
    expect(preview.removedBoilerplate.map((r) => r.kind)).toEqual(['share-widget', 'section-teaser']);
  });
});
