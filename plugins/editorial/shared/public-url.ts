/**
 * Where a newsroom's readers see an article: a URL template with `{slug}` and/or `{documentId}`,
 * set in config/plugins.ts (`editorial.config.publicArticleUrl`, env EDITORIAL_PUBLIC_ARTICLE_URL).
 * The default is the bundled reader page (public/reader/, routes `#/articles/<slug>`). The review
 * queue links each comment's article there.
 */
export const DEFAULT_PUBLIC_ARTICLE_URL = '/reader/index.html#/articles/{slug}';

/** Why a template is unusable, or null when it is fine. */
export function publicArticleUrlProblem(template: unknown): string | null {
  if (typeof template !== 'string' || !template.trim()) return 'must be a non-empty string';
  if (!template.includes('{slug}') && !template.includes('{documentId}')) return 'must contain {slug} or {documentId}';
  if (!/^(https?:\/\/[^\s/]+|\/)\S*$/.test(template)) return 'must be an http(s) URL or a path starting with /';
  return null;
}

/**
 * The public URL of an article. Paths (templates starting with /) are resolved against `base`
 * (the Strapi server, which serves public/reader/).
 */
export function publicArticleUrl(template: string, article: { slug: string; documentId: string }, base = ''): string {
  const url = template
    .split('{slug}').join(encodeURIComponent(article.slug))
    .split('{documentId}').join(encodeURIComponent(article.documentId));
  return url.startsWith('/') ? `${base.replace(/\/+$/, '')}${url}` : url;
}
