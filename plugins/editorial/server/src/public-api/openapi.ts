/**
 * OpenAPI 3.0 description of the plugin's content-API routes (the API front-end sites use),
 * derived at start-up from the route table: each route's zod `request` (query parameters, JSON
 * body) and `response` schemas (shared/public-schema.ts, shared/public-responses.ts) become its
 * parameters, request body and success response; named shapes are components. A route added
 * later appears automatically (with a generic summary until one is written here). Served at
 * GET /api/editorial/openapi.json and merged into the documentation plugin's document.
 */
import { z } from 'zod';
import { PUBLIC_COMPONENTS } from '../../../shared/public-responses';

export interface RouteLike {
  method: string;
  path: string;
  handler: string;
  request?: { query?: Record<string, z.ZodType>; body?: Record<string, z.ZodType> };
  response?: z.ZodType;
}

const COMPONENTS = '#/components/schemas/';
const ref = (name: string) => ({ $ref: `${COMPONENTS}${name}` });
const json = (schema: unknown, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});

/** Zod to the JSON Schema dialect of OpenAPI 3.0 (`nullable`), as a client sends or reads it. */
const CONVERSION = {
  target: 'openapi-3.0',
  io: 'input',
  unrepresentable: 'any',
  // z.number().int() bounds itself to the safe integers: true of any JSON integer, noise here.
  override: ({ jsonSchema }: { jsonSchema: Record<string, unknown> }) => {
    if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
    if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
  },
} as const;

/** A query parameter from its zod schema; objects are sent as `name[key]=value` (deepObject). */
function queryParameter(name: string, schema: z.ZodType) {
  const { description, ...json } = z.toJSONSchema(schema, CONVERSION) as Record<string, unknown>;
  return {
    name,
    in: 'query',
    required: !schema.safeParse(undefined).success,
    ...(description ? { description } : {}),
    schema: json,
    ...(json.type === 'object' ? { style: 'deepObject', explode: true } : {}),
  };
}

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

/** What the schemas do not say: the words, the errors, the success status, HTTP caching. */
interface Doc {
  tag: string;
  summary: string;
  description?: string;
  /** The success status when not 200, and what it means. */
  status?: [code: string, description: string];
  /** Error statuses and what they mean (the body is an Error). */
  errors?: Record<string, string>;
  cached?: boolean;
}

const REFUSED = 'A parameter outside the public schema (the message names it)';
const NO_JSON = 'The body is not application/json';

/**
 * A cached read of published content (a listing, or one item when `notFound` says what 404
 * means): an unknown parameter is refused with 400, and the reply carries the HTTP cache headers.
 */
const cachedRead = (
  tag: string,
  summary: string,
  opts: { description?: string; notFound?: string } = {},
): Doc => ({
  tag,
  summary,
  ...(opts.description ? { description: opts.description } : {}),
  errors: { '400': REFUSED, ...(opts.notFound ? { '404': opts.notFound } : {}) },
  cached: true,
});

const DOCS: Record<string, Doc> = {
  'article.find': cachedRead('Articles', 'List published articles', {
    description:
      'Published articles with their public quotes, sources cited, sourcing split and approved-comment count. Besides Strapi filters (section, originalPublishedAt date range with $gte/$lte, publication...), filters[source]=<documentId|slug> keeps articles quoting that source and filters[outlet]=<documentId|slug> those of that outlet. Default sort: originalPublishedAt:desc.',
  }),
  'article.findOne': cachedRead('Articles', 'One published article by documentId or slug', {
    notFound: 'No published article with that documentId or slug',
  }),
  'source.find': cachedRead('Sources', 'Source directory', {
    description:
      'Sources quoted in published articles and outlets of published articles. filters[kind][$eq]=person|outlet|organisation|anonymous; _q=<text> searches name, slug and public aliases (the forms public quotes use). Default sort: name:asc.',
  }),
  'source.findOne': cachedRead(
    'Sources',
    'A source page by documentId or slug, with its published quotes, newest first',
    { notFound: 'Unknown source, or one not cited in published content' },
  ),
  'comment.find': {
    tag: 'Comments',
    summary: 'Approved comments of published articles (Strapi collection conventions)',
    errors: { '400': REFUSED },
  },
  'comment.findOne': {
    tag: 'Comments',
    summary: 'One approved comment of a published article',
    errors: { '400': REFUSED, '404': 'Not found' },
  },
  'public-comments.list': {
    tag: 'Comments',
    summary: "An article's approved comments as threads (replies nested under their parent)",
    errors: {
      '400': 'Another query parameter (the message names it)',
      '404': 'No published article with that documentId or slug',
    },
  },
  'public-comments.create': {
    tag: 'Comments',
    summary: 'Submit a comment: published at once or held for review, as the moderation rules decide',
    status: ['201', 'Accepted: data.status says whether it is visible or awaiting review'],
    errors: {
      '400': 'Invalid input (the message names the field)',
      '403':
        'Comments are closed on this article, or the commenter is banned or suspended (error.details.code commenter-banned)',
      '404': 'Not found',
      '415': NO_JSON,
      '429': 'Too many comments: see Retry-After',
    },
  },
  'public-comments.report': {
    tag: 'Comments',
    summary: 'Report an approved comment',
    status: ['202', 'Reported'],
    errors: {
      '400': 'Invalid input (the message names the field)',
      '404': 'Not found',
      '415': NO_JSON,
      '429': 'Too many reports: see Retry-After',
    },
  },
  'openapi.document': { tag: 'Meta', summary: 'This OpenAPI document' },
};

const CACHE_HEADERS = {
  ETag: { description: 'Strong validator of this representation', schema: { type: 'string' } },
  'Cache-Control': {
    description: 'public, max-age, s-maxage, stale-while-revalidate',
    schema: { type: 'string' },
  },
};

const toOpenApiPath = (p: string) => p.replace(/:([A-Za-z0-9_]+)(\([^)]*\))?/g, '{$1}');
/** `public-comments.create` -> `PublicCommentsCreate` (component names of route schemas). */
const pascal = (handler: string) =>
  handler.replace(/(^|[.-])([a-z])/g, (_m, _sep, c: string) => c.toUpperCase());

export function buildOpenApi(routes: RouteLike[], opts: { version?: string; prefix?: string } = {}) {
  const prefix = opts.prefix ?? '/api/editorial';
  // Named shapes first; each route's body and response schema is a component too, by reference.
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(PUBLIC_COMPONENTS)) registry.add(schema, { id });
  const component = (schema: z.ZodType, id: string) => {
    if (!registry.has(schema)) registry.add(schema, { id });
    return ref(registry.get(schema)!.id);
  };

  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const p = `${prefix}${toOpenApiPath(route.path)}`;
    const doc: Doc = DOCS[route.handler] ?? { tag: 'Editorial', summary: route.handler };
    const pathParams = [...p.matchAll(/\{([^}]+)\}/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      description: /^id$|OrSlug$/.test(m[1]) ? 'documentId or slug' : m[1],
      schema: { type: 'string' },
    }));
    const query = Object.entries(route.request?.query ?? {}).map(([name, s]) => queryParameter(name, s));
    const body = route.request?.body?.['application/json'];
    const [status, said] = doc.status ?? ['200', 'OK'];
    const ok = json(
      route.response ? component(route.response, `${pascal(route.handler)}Response`) : { type: 'object' },
      said,
    );
    const responses: Record<string, unknown> = {
      [status]: doc.cached ? { ...ok, headers: CACHE_HEADERS } : ok,
      ...Object.fromEntries(
        Object.entries(doc.errors ?? {}).map(([code, d]) => [code, json(ref('Error'), d)]),
      ),
      ...(doc.cached ? CONDITIONAL.responses : {}),
    };
    const parameters = [...pathParams, ...query, ...(doc.cached ? CONDITIONAL.headers : [])];
    paths[p] = paths[p] ?? {};
    paths[p][route.method.toLowerCase()] = {
      tags: [doc.tag],
      summary: doc.summary,
      ...(doc.description ? { description: doc.description } : {}),
      operationId: `editorial.${route.handler}`,
      ...(parameters.length ? { parameters } : {}),
      ...(body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: component(body, `${pascal(route.handler)}Body`) } },
            },
          }
        : {}),
      responses,
    };
  }

  const { schemas } = z.toJSONSchema(registry, { ...CONVERSION, uri: (id) => `${COMPONENTS}${id}` });
  for (const schema of Object.values(schemas)) delete (schema as { $id?: string }).$id;
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
    components: { schemas },
  };
}
