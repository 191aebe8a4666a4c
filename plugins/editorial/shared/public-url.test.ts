import { publicArticleUrl, publicArticleUrlProblem } from './public-url';

const READER_PAGE = '/reader/index.html#/articles/{slug}';

describe('public article URL', () => {
  it('resolves a path template against the server', () => {
    expect(
      publicArticleUrl(READER_PAGE, { slug: 'harbour-wall', documentId: 'abc' }, 'http://localhost:1337/'),
    ).toBe('http://localhost:1337/reader/index.html#/articles/harbour-wall');
  });

  it('fills a newsroom template with the slug and documentId, encoded', () => {
    expect(
      publicArticleUrl(
        'https://example.com/news/{slug}?id={documentId}',
        { slug: 'a b/c', documentId: 'x1' },
        'http://cms',
      ),
    ).toBe('https://example.com/news/a%20b%2Fc?id=x1');
  });

  it('gives no URL when no template is set (the plugin ships no reader page)', () => {
    const article = { slug: 'harbour-wall', documentId: 'abc' };
    expect(publicArticleUrl(undefined, article, 'http://localhost:1337')).toBeNull();
    expect(publicArticleUrl(null, article, 'http://localhost:1337')).toBeNull();
    expect(publicArticleUrl('', article, 'http://localhost:1337')).toBeNull();
  });

  it('names what is wrong with a template', () => {
    expect(publicArticleUrlProblem(READER_PAGE)).toBeNull();
    expect(publicArticleUrlProblem('https://example.com/news/{slug}')).toBeNull();
    expect(publicArticleUrlProblem('https://example.com/news/')).toBe('must contain {slug} or {documentId}');
    expect(publicArticleUrlProblem('javascript:alert(1)//{slug}')).toBe(
      'must be an http(s) URL or a path starting with /',
    );
    expect(publicArticleUrlProblem('')).toBe('must be a non-empty string');
    expect(publicArticleUrlProblem(42)).toBe('must be a non-empty string');
  });
});
