/**
 * OpenAPI 3.0 description of the plugin's content-API routes (the API front-end sites use),
 * built from the route table at start-up, so a route added later appears automatically
 * (with a generic description until one is written here). Served at
 * GET /api/editorial/openapi.json and merged into the documentation plugin's document.
 */

import {
  COMPARISON_OPERATORS,
  LOGICAL_OPERATORS,
  PUBLIC_SCHEMA,
  type PublicModel,
} from '../../../shared/public-schema';

export interface RouteLike {
  method: string;
  path: string;
  handler: string;
  config?: Record<string, unknown>;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});

const queryParam = (
  name: string,
  description: string,
  schema: Record<string, unknown> = { type: 'string' },
  style?: 'deepObject',
) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
  ...(style ? { style, explode: true } : {}),
});

/**
 * The query parameters of a public read of `model`, from the public schema (the same lists the
 * server enforces): what may be filtered, sorted, selected and populated. Anything else is a 400.
 */
function publicQuery(model: PublicModel, opts: { list: boolean }) {
  const schema = PUBLIC_SCHEMA[model];
  const relations = Object.entries(schema.relations);
  const populatable = relations.filter(([, r]) => r.populate).map(([name]) => name);
  const fieldList = {
    type: 'array',
    items: { type: 'string', enum: [...schema.fields, ...schema.selectOnly] },
  };
  const params: unknown[] = [];
  if (opts.list) {
    params.push(
      queryParam(
        'filters',
        `Filters on public fields only: ${schema.fields.join(', ')}; through relations ${relations.map(([n, r]) => `${n} (${r.target})`).join(', ')}, which reach visible rows only (published articles, approved comments, public quotes and sources). Operators: ${COMPARISON_OPERATORS.join(' ')}, ${LOGICAL_OPERATORS.join(' ')}. Any other field is a 400 naming the parameter.`,
        { type: 'object', additionalProperties: true },
        'deepObject',
      ),
      queryParam('sort', `field:asc|desc on ${schema.fields.join(', ')} (no relation paths)`, {
        type: 'array',
        items: { type: 'string' },
      }),
      queryParam(
        'pagination',
        'pagination[page]&pagination[pageSize] (max 100), or pagination[start]&pagination[limit]',
        { type: 'object', additionalProperties: true },
        'deepObject',
      ),
    );
  }
  params.push(queryParam('fields', 'attributes to return', fieldList));
  if (populatable.length) {
    params.push(
      queryParam(
        'populate',
        `Relations to populate: ${populatable.join(', ')} (visible rows only; each may take fields, filters and sort under the same rules)`,
        { type: 'object', additionalProperties: true },
        'deepObject',
      ),
    );
  }
  return params;
}

const REFUSED = { '400': json(ref('Error'), 'A parameter outside the public schema (the message names it)') };

const CONDITIONAL = {
  headers: [
    {
      name: 'If-None-Match',
      in: 'header',
      required: false,
      description: 'ETag of a copy the client holds: 304 when unchanged',
      schema: { type: 'string' },
    },
  ],
  responses: {
    '304': { description: 'Not modified: the ETag still matches (no body)' },
  },
};

interface Doc {
  summary: string;
  description?: string;
  parameters?: unknown[];
  responses?: Record<string, unknown>;
  requestBody?: unknown;
  cached?: boolean;
  tag: string;
}

const DOCS: Record<string, Doc> = {
  'article.find': {
    tag: 'Articles',
    summary: 'List published articles',
    description:
      'Published articles with their public quotes, sources cited, sourcing split and approved-comment count. Besides Strapi filters (section, originalPublishedAt date range with $gte/$lte, publication...), filters[source]=<documentId|slug> keeps articles quoting that source and filters[outlet]=<documentId|slug> those of that outlet. Default sort: originalPublishedAt:desc.',
    parameters: publicQuery('article', { list: true }),
    responses: {
      '200': json({
        type: 'object',
        properties: { data: { type: 'array', items: ref('Article') }, meta: ref('Meta') },
      }),
      ...REFUSED,
    },
    cached: true,
  },
  'article.findOne': {
    tag: 'Articles',
    summary: 'One published article by documentId or slug',
    parameters: publicQuery('article', { list: false }),
    responses: {
      '200': json({ type: 'object', properties: { data: ref('Article'), meta: { type: 'object' } } }),
      ...REFUSED,
      '404': json(ref('Error'), 'No published article with that documentId or slug'),
    },
    cached: true,
  },
  'source.find': {
    tag: 'Sources',
    summary: 'Source directory',
    description:
      'Sources quoted in published articles and outlets of published articles. filters[kind][$eq]=person|outlet|organisation|anonymous; _q=<text> searches name, slug and public aliases (the forms public quotes use). Default sort: name:asc.',
    parameters: [
      queryParam('_q', 'search in name, slug and public aliases (case-insensitive)'),
      ...publicQuery('source', { list: true }),
    ],
    responses: {
      '200': json({
        type: 'object',
        properties: { data: { type: 'array', items: ref('Source') }, meta: ref('Meta') },
      }),
      ...REFUSED,
    },
    cached: true,
  },
  'source.findOne': {
    tag: 'Sources',
    summary: 'A source page by documentId or slug, with its published quotes, newest first',
    parameters: publicQuery('source', { list: false }).filter((p: any) => p.name === 'fields'),
    responses: {
      '200': json({ type: 'object', properties: { data: ref('SourcePage'), meta: { type: 'object' } } }),
      ...REFUSED,
      '404': json(ref('Error'), 'Unknown source, or one not cited in published content'),
    },
    cached: true,
  },
  'comment.find': {
    tag: 'Comments',
    summary: 'Approved comments of published articles (Strapi collection conventions)',
    parameters: publicQuery('comment', { list: true }),
    responses: {
      '200': json({
        type: 'object',
        properties: { data: { type: 'array', items: ref('Comment') }, meta: ref('Meta') },
      }),
      ...REFUSED,
    },
  },
  'comment.findOne': {
    tag: 'Comments',
    summary: 'One approved comment of a published article',
    parameters: publicQuery('comment', { list: false }),
    responses: {
      '200': json({ type: 'object', properties: { data: ref('Comment') } }),
      ...REFUSED,
      '404': json(ref('Error')),
    },
  },
  'public-comments.list': {
    tag: 'Comments',
    summary: "An article's approved comments as threads (replies nested under their parent)",
    parameters: [
      queryParam('sort', 'oldest (default) or newest thread first', {
        type: 'string',
        enum: ['oldest', 'newest'],
      }),
      queryParam('page', 'page of threads', { type: 'integer', minimum: 1 }),
      queryParam('pageSize', 'threads per page (max 100)', { type: 'integer', minimum: 1, maximum: 100 }),
    ],
    responses: {
      '200': json({
        type: 'object',
        properties: {
          data: { type: 'array', items: ref('CommentThread') },
          meta: {
            allOf: [ref('Meta'), { type: 'object', properties: { approvedCount: { type: 'integer' } } }],
          },
        },
      }),
      '400': json(ref('Error'), 'Another query parameter (the message names it)'),
      '404': json(ref('Error'), 'No published article with that documentId or slug'),
    },
  },
  'public-comments.create': {
    tag: 'Comments',
    summary: 'Submit a comment: published at once or held for review, as the moderation rules decide',
    requestBody: { required: true, content: { 'application/json': { schema: ref('CommentInput') } } },
    responses: {
      '201': json(
        {
          type: 'object',
          properties: {
            data: {
              type: 'object',
              properties: {
                documentId: { type: 'string' },
                status: { type: 'string', enum: ['published', 'awaiting-review'] },
              },
            },
          },
        },
        'Accepted: data.status says whether it is visible or awaiting review',
      ),
      '400': json(ref('Error'), 'Invalid input (the message names the field)'),
      '403': json(
        ref('Error'),
        'Comments are closed on this article, or the commenter is banned or suspended (error.details.code commenter-banned)',
      ),
      '404': json(ref('Error')),
      '415': json(ref('Error'), 'The body is not application/json'),
      '429': json(ref('Error'), 'Too many comments: see Retry-After'),
    },
  },
  'public-comments.report': {
    tag: 'Comments',
    summary: 'Report an approved comment',
    requestBody: {
      required: true,
      content: {
        'application/json': {
          schema: {
            type: 'object',
            required: ['reason'],
            properties: { reason: { type: 'string' }, note: { type: 'string', maxLength: 500 } },
          },
        },
      },
    },
    responses: {
      '202': json({
        type: 'object',
        properties: { data: { type: 'object', properties: { reported: { type: 'boolean' } } } },
      }),
      '400': json(ref('Error')),
      '404': json(ref('Error')),
      '415': json(ref('Error'), 'The body is not application/json'),
      '429': json(ref('Error'), 'Too many reports: see Retry-After'),
    },
  },
  'openapi.document': {
    tag: 'Meta',
    summary: 'This OpenAPI document',
    responses: { '200': json({ type: 'object' }) },
  },
};

const SCHEMAS = {
  Meta: {
    type: 'object',
    properties: {
      pagination: {
        type: 'object',
        properties: {
          page: { type: 'integer' },
          pageSize: { type: 'integer' },
          pageCount: { type: 'integer' },
          total: { type: 'integer' },
        },
      },
    },
  },
  Error: {
    type: 'object',
    properties: {
      data: { nullable: true },
      error: {
        type: 'object',
        properties: {
          status: { type: 'integer' },
          name: { type: 'string' },
          message: { type: 'string' },
          details: { type: 'object' },
        },
      },
    },
  },
  SourceRef: {
    type: 'object',
    properties: {
      documentId: { type: 'string' },
      name: { type: 'string' },
      slug: { type: 'string' },
      kind: { type: 'string', enum: ['person', 'outlet', 'organisation', 'anonymous'] },
      affiliation: { type: 'string', nullable: true },
    },
  },
  Quote: {
    type: 'object',
    properties: {
      documentId: { type: 'string' },
      text: { type: 'string' },
      type: { type: 'string', enum: ['direct', 'mixed', 'indirect'] },
      cue: { type: 'string', nullable: true },
      speaker: { type: 'string', nullable: true, description: 'The speaker as written in the article' },
      verified: { type: 'boolean' },
      position: {
        type: 'object',
        description:
          'Where the quote sits: paragraph index (paragraphs are the runs of text between line breaks) and character offsets into the whole body, end exclusive: body.slice(start, end) is the quote text; null offsets when the text is not found in the body',
        properties: {
          paragraph: { type: 'integer', nullable: true },
          start: { type: 'integer', nullable: true },
          end: { type: 'integer', nullable: true },
        },
      },
      source: { allOf: [ref('SourceRef')], nullable: true },
    },
  },
  Article: {
    type: 'object',
    properties: {
      id: { type: 'integer' },
      documentId: { type: 'string' },
      title: { type: 'string' },
      slug: { type: 'string' },
      dek: { type: 'string', nullable: true },
      body: { type: 'string', nullable: true },
      byline: { type: 'string', nullable: true },
      dateline: { type: 'string', nullable: true },
      originalPublishedAt: { type: 'string', format: 'date-time', nullable: true },
      section: { type: 'string', nullable: true },
      creditLine: { type: 'string', nullable: true },
      canonicalUrl: { type: 'string', nullable: true },
      commentsMode: {
        type: 'string',
        enum: ['open', 'premoderated', 'closed'],
        nullable: true,
        description:
          "The article's own mode; null follows its section (pre-moderated sections in the moderation settings), else open",
      },
      publishedAt: { type: 'string', format: 'date-time' },
      quotes: { type: 'array', items: ref('Quote') },
      sourcesCited: {
        type: 'array',
        items: {
          allOf: [ref('SourceRef'), { type: 'object', properties: { quoteCount: { type: 'integer' } } }],
        },
      },
      sourcing: {
        type: 'object',
        properties: {
          quotes: { type: 'integer' },
          named: { type: 'integer' },
          anonymous: { type: 'integer' },
          unattributed: { type: 'integer' },
          anonymousShare: { type: 'number', minimum: 0, maximum: 1 },
        },
      },
      approvedCommentCount: { type: 'integer' },
    },
  },
  Source: {
    allOf: [
      ref('SourceRef'),
      {
        type: 'object',
        properties: {
          id: { type: 'integer' },
          description: { type: 'string', nullable: true },
          aliases: {
            type: 'array',
            items: { type: 'string' },
            description: 'Other forms of the name that published quotes use',
          },
          quoteCount: { type: 'integer' },
        },
      },
    ],
  },
  SourcePage: {
    allOf: [
      ref('Source'),
      {
        type: 'object',
        properties: {
          quotes: {
            type: 'array',
            items: {
              allOf: [
                ref('Quote'),
                {
                  type: 'object',
                  properties: {
                    article: {
                      type: 'object',
                      properties: {
                        documentId: { type: 'string' },
                        title: { type: 'string' },
                        slug: { type: 'string' },
                        section: { type: 'string', nullable: true },
                        originalPublishedAt: { type: 'string', nullable: true },
                      },
                    },
                  },
                },
              ],
            },
          },
        },
      },
    ],
  },
  Comment: {
    type: 'object',
    properties: {
      documentId: { type: 'string' },
      body: { type: 'string', description: 'Plain text: render as text, never as HTML' },
      authorName: { type: 'string' },
      postedAt: { type: 'string', format: 'date-time' },
      articleDocumentId: { type: 'string' },
      origin: { type: 'string', enum: ['reader', 'import', 'staff'] },
      isStaff: { type: 'boolean', description: 'Written by newsroom staff (authorName is the staff member)' },
    },
  },
  CommentThread: {
    type: 'object',
    properties: {
      documentId: { type: 'string' },
      body: { type: 'string', description: 'Plain text: render as text, never as HTML' },
      authorName: { type: 'string' },
      postedAt: { type: 'string', format: 'date-time' },
      parentDocumentId: { type: 'string', nullable: true },
      isStaff: { type: 'boolean', description: 'Written by newsroom staff (authorName is the staff member)' },
      replies: { type: 'array', items: { $ref: '#/components/schemas/CommentThread' } },
    },
  },
  CommentInput: {
    type: 'object',
    required: ['body', 'authorName'],
    properties: {
      body: { type: 'string', minLength: 2, maxLength: 5000 },
      authorName: { type: 'string', maxLength: 80 },
      authorEmail: { type: 'string', format: 'email', description: 'Kept private, never shown' },
      parent: { type: 'string', description: 'documentId of the approved comment answered' },
      notify: {
        type: 'boolean',
        description: 'Mail authorEmail (then required) when the comment is approved or answered',
      },
    },
  },
};

const toOpenApiPath = (p: string) => p.replace(/:([A-Za-z0-9_]+)(\([^)]*\))?/g, '{$1}');

export function buildOpenApi(routes: RouteLike[], opts: { version?: string; prefix?: string } = {}) {
  const prefix = opts.prefix ?? '/api/editorial';
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const p = `${prefix}${toOpenApiPath(route.path)}`;
    const method = route.method.toLowerCase();
    const doc: Doc = DOCS[route.handler] ?? { tag: 'Editorial', summary: route.handler };
    const pathParams = [...p.matchAll(/\{([^}]+)\}/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      description: /^id$|OrSlug$/.test(m[1]) ? 'documentId or slug' : m[1],
      schema: { type: 'string' },
    }));
    const responses: Record<string, unknown> = { ...(doc.responses ?? { '200': json({ type: 'object' }) }) };
    const parameters: unknown[] = [...pathParams, ...(doc.parameters ?? [])];
    if (doc.cached) {
      Object.assign(responses, CONDITIONAL.responses);
      parameters.push(...CONDITIONAL.headers);
      const ok = responses['200'] as any;
      if (ok) {
        responses['200'] = {
          ...ok,
          headers: {
            ETag: { description: 'Strong validator of this representation', schema: { type: 'string' } },
            'Cache-Control': {
              description: 'public, max-age, s-maxage, stale-while-revalidate',
              schema: { type: 'string' },
            },
          },
        };
      }
    }
    paths[p] = paths[p] ?? {};
    paths[p][method] = {
      tags: [doc.tag],
      summary: doc.summary,
      ...(doc.description ? { description: doc.description } : {}),
      operationId: `editorial.${route.handler}`,
      ...(parameters.length ? { parameters } : {}),
      ...(doc.requestBody ? { requestBody: doc.requestBody } : {}),
      responses,
    };
  }
  return {
    openapi: '3.0.3',
    info: {
      title: 'Editorial public API',
      version: opts.version ?? '1.0.0',
      description:
        "Published articles with their quotes and sources, the source directory, and reader comments. Responses follow Strapi's {data, meta} shape and query conventions (filters, sort, pagination, fields, populate).",
    },
    tags: [{ name: 'Articles' }, { name: 'Sources' }, { name: 'Comments' }, { name: 'Meta' }],
    paths,
    components: { schemas: SCHEMAS },
  };
}
