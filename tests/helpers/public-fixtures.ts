import type { Core } from '@strapi/strapi';

/** Builds published/draft articles, sources, quotes and comments for public-API tests and benchmarks. */
export function fixtures(strapi: Core.Strapi) {
  const docs = (uid: string) => strapi.documents(uid as any);
  let n = 0;
  const uniq = () => `${Date.now().toString(36)}${(n++).toString(36)}`;

  return {
    async source(data: {
      name: string;
      kind?: string;
      slug?: string;
      aliases?: string[];
      affiliation?: string;
    }) {
      return (await docs('plugin::editorial.source').create({
        data: {
          kind: 'person',
          slug: data.slug ?? `${data.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${uniq()}`,
          ...data,
        },
      })) as any;
    },

    /** An article, published unless `draft` is set; quotes rows get the matching articleStatus. */
    async article(data: Record<string, any> & { title: string }, opts: { draft?: boolean } = {}) {
      const created: any = await docs('plugin::editorial.article').create({
        data: {
          slug: `${data.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${uniq()}`,
          commentsMode: 'open',
          ...data,
        },
      });
      if (!opts.draft) await docs('plugin::editorial.article').publish({ documentId: created.documentId });
      return created;
    },

    /** A quote of `text` found in paragraph `paragraph` of the body, offsets computed from the body. */
    async quote(
      article: { documentId: string; body?: string },
      data: {
        text: string;
        paragraph: number;
        source?: any;
        type?: string;
        state?: string;
        articleStatus?: 'draft' | 'published';
        speakerText?: string;
      },
    ) {
      const paragraphs = String(article.body ?? '').split(/\n\s*\n/);
      const start = paragraphs[data.paragraph]?.indexOf(data.text) ?? -1;
      return (await docs('plugin::editorial.quote').create({
        data: {
          text: data.text,
          type: data.type ?? 'direct',
          speakerText: data.speakerText ?? data.source?.name ?? null,
          paragraphIndex: data.paragraph,
          start: start >= 0 ? start : null,
          end: start >= 0 ? start + data.text.length : null,
          articleDocumentId: article.documentId,
          articleStatus: data.articleStatus ?? 'published',
          state: data.state ?? 'extracted',
          source: data.source?.documentId ?? null,
          article: article.documentId,
        },
      })) as any;
    },

    async comment(
      article: { documentId: string },
      data: {
        body: string;
        status?: string;
        authorName?: string;
        parent?: string;
        authorEmail?: string;
        ipHash?: string;
      },
    ) {
      return (await docs('plugin::editorial.comment').create({
        data: {
          authorName: 'Reader',
          status: 'approved',
          postedAt: new Date().toISOString(),
          articleDocumentId: article.documentId,
          article: article.documentId,
          origin: 'reader',
          ...data,
        },
      })) as any;
    },
  };
}
