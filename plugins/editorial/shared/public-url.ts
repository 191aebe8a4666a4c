/**
 * Where a newsroom's readers see an article: a URL template with `{slug}` and/or `{documentId}`,
 * set in the host app's config/plugins.ts (`editorial.config.publicArticleUrl`). No default: the
 * plugin ships no reader page, so without the setting the review queue shows no public link.
 * (This repo's app points it at its own example reader page, public/reader/.)
 */

/** Why a template is unusable, or null when it is fine. */
export function publicArticleUrlProblem(template: unknown): string | null {
  if (typeof template !== 'string' || !template.trim()) return 'must be a non-empty string';
  if (!template.includes('{slug}') && !template.includes('{documentId}'))
    return 'must contain {slug} or {documentId}';
  if (!/^(https?:\/\/[^\s/]+|\/)\S*$/.test(template))
    return 'must be an http(s) URL or a path starting with /';
  return null;
}

/**
 * The public URL of an article, or null when no template is set. Paths (templates starting
 * with /) are resolved against `base` (the Strapi server, which serves the app's public/).
 */
export function publicArticleUrl(
  template: string | null | undefined,
  article: { slug: string; documentId: string },
  base = '',
): string | null {
  if (!template) return null;
  const url = template
    .split('{slug}')
    .join(encodeURIComponent(article.slug))
    .split('{documentId}')
    .join(encodeURIComponent(article.documentId));
  return url.startsWith('/') ? `${base.replace(/\/+$/, '')}${url}` : url;
}
