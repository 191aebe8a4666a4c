import { DEFAULT_PUBLIC_ARTICLE_URL, publicArticleUrl, publicArticleUrlProblem } from './public-url';

describe('public article URL', () => {
  it('defaults to the bundled reader page, resolved against the server', () => {
    expect(publicArticleUrl(DEFAULT_PUBLIC_ARTICLE_URL, { slug: 'harbour-wall', documentId: 'abc' }, 'http://localhost:1337/')).toBe(
      'http://localhost:1337/reader/index.html#/articles/harbour-wall'
    );
  });

  it('fills a newsroom template with the slug and documentId, encoded', () => {
    expect(publicArticleUrl('https://example.com/news/{slug}?id={documentId}', { slug: 'a b/c', documentId: 'x1' }, 'http://cms')).toBe(
      'https://example.com/news/a%20b%2Fc?id=x1'
    );
  });

  it('names what is wrong with a template', () => {
    expect(publicArticleUrlProblem(DEFAULT_PUBLIC_ARTICLE_URL)).toBeNull();
    expect(publicArticleUrlProblem('https://example.com/news/{slug}')).toBeNull();
    expect(publicArticleUrlProblem('https://example.com/news/')).toBe('must contain {slug} or {documentId}');
    expect(publicArticleUrlProblem('javascript:alert(1)//{slug}')).toBe('must be an http(s) URL or a path starting with /');
    expect(publicArticleUrlProblem('')).toBe('must be a non-empty string');
    expect(publicArticleUrlProblem(42)).toBe('must be a non-empty string');
  });
});
