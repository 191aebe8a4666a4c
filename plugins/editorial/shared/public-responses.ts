/**
 * What the public (content-API) routes answer, as zod schemas: the read model's types are
 * inferred from them (server/src/public-api/public-api.service.ts), the routes carry them as
 * their `response` (Strapi's route schema), and the plugin's OpenAPI document is derived from
 * them (server/src/public-api/openapi.ts). Only public fields appear here.
 */
import { z } from 'zod';
import { SOURCE_KINDS } from './quotes';

const text = z.string();
const maybe = <S extends z.ZodType>(s: S) => s.nullable();
const count = z.number().int();
const dateTime = z.iso.datetime({ offset: true });

export const paginationSchema = z.object({
  page: count,
  pageSize: count,
  pageCount: count,
  total: count,
});
export const metaSchema = z.object({ pagination: paginationSchema });

export const errorSchema = z.object({
  data: z.null(),
  error: z.object({
    status: count,
    name: text,
    message: text,
    details: z.record(z.string(), z.unknown()),
  }),
});

export const publicSourceRefSchema = z.object({
  documentId: text,
  name: text,
  slug: text,
  kind: z.enum(SOURCE_KINDS),
  affiliation: maybe(text),
});
export type PublicSourceRef = z.infer<typeof publicSourceRefSchema>;

export const publicQuoteSchema = z.object({
  documentId: text,
  text,
  type: z.enum(['direct', 'mixed', 'indirect']),
  cue: maybe(text),
  speaker: maybe(text).meta({ description: 'The speaker as written in the article' }),
  verified: z.boolean(),
  position: z.object({ paragraph: maybe(count), start: maybe(count), end: maybe(count) }).meta({
    description:
      'Where the quote sits: paragraph index (paragraphs are the runs of text between line breaks) and character offsets into the whole body, end exclusive: body.slice(start, end) is the quote text; null offsets when the text is not found in the body',
  }),
  source: maybe(publicSourceRefSchema),
});
export type PublicQuote = z.infer<typeof publicQuoteSchema>;

export const sourcingSchema = z.object({
  quotes: count,
  named: count,
  anonymous: count,
  unattributed: count,
  /** Share of attributed quotes whose source is anonymous, 0..1 (0 when nothing is attributed). */
  anonymousShare: z.number().min(0).max(1),
});
export type Sourcing = z.infer<typeof sourcingSchema>;

/** What the read model adds to each article: its public quotes, sources cited and counts. */
export const articleExtrasSchema = z.object({
  quotes: z.array(publicQuoteSchema),
  sourcesCited: z.array(publicSourceRefSchema.extend({ quoteCount: count })),
  sourcing: sourcingSchema,
  approvedCommentCount: count,
});
export type ArticleExtras = z.infer<typeof articleExtrasSchema>;

export const publicArticleSchema = z
  .object({
    id: count,
    documentId: text,
    title: text,
    slug: text,
    dek: maybe(text),
    body: maybe(text),
    byline: maybe(text),
    dateline: maybe(text),
    originalPublishedAt: maybe(dateTime),
    section: maybe(text),
    creditLine: maybe(text),
    canonicalUrl: maybe(text),
    commentsMode: maybe(z.enum(['open', 'premoderated', 'closed'])).meta({
      description:
        "The article's own mode; null follows its section (pre-moderated sections in the moderation settings), else open",
    }),
    publishedAt: dateTime,
  })
  .extend(articleExtrasSchema.shape);

export const publicSourceSchema = publicSourceRefSchema.extend({
  id: count,
  description: maybe(text),
  aliases: z.array(text).meta({ description: 'Other forms of the name that published quotes use' }),
  quoteCount: count,
});

export const sourcePageSchema = publicSourceSchema.extend({
  quotes: z.array(
    publicQuoteSchema.extend({
      article: z.object({
        documentId: text,
        title: text,
        slug: text,
        section: maybe(text),
        originalPublishedAt: maybe(text),
      }),
    }),
  ),
});

const commentBody = text.meta({ description: 'Plain text: render as text, never as HTML' });
const isStaff = z
  .boolean()
  .meta({ description: 'Written by newsroom staff (authorName is the staff member)' });

export const publicCommentSchema = z.object({
  documentId: text,
  body: commentBody,
  authorName: text,
  postedAt: dateTime,
  articleDocumentId: text,
  origin: z.enum(['reader', 'import', 'staff']),
  isStaff,
});

export const commentThreadSchema = z.object({
  documentId: text,
  body: commentBody,
  authorName: text,
  postedAt: dateTime,
  parentDocumentId: maybe(text),
  isStaff,
  get replies() {
    return z.array(commentThreadSchema);
  },
});

const list = <S extends z.ZodType>(item: S, meta: z.ZodType = metaSchema) =>
  z.object({ data: z.array(item), meta });
const one = <S extends z.ZodType>(item: S) => z.object({ data: item, meta: z.object({}).optional() });

/** The answers of the public routes (the routes' `response`). */
export const publicResponses = {
  articles: list(publicArticleSchema),
  article: one(publicArticleSchema),
  sources: list(publicSourceSchema),
  source: one(sourcePageSchema),
  comments: list(publicCommentSchema),
  comment: one(publicCommentSchema),
  threads: list(commentThreadSchema, metaSchema.extend({ approvedCount: count })),
  submitted: z.object({
    data: z.object({ documentId: text, status: z.enum(['published', 'awaiting-review']) }),
  }),
  reported: z.object({ data: z.object({ reported: z.literal(true) }) }),
  document: z.object({ openapi: text }).loose(),
};

/** Named schemas of the OpenAPI document's components (the others are written inline). */
export const PUBLIC_COMPONENTS = {
  Meta: metaSchema,
  Error: errorSchema,
  SourceRef: publicSourceRefSchema,
  Quote: publicQuoteSchema,
  Article: publicArticleSchema,
  Source: publicSourceSchema,
  SourcePage: sourcePageSchema,
  Comment: publicCommentSchema,
  CommentThread: commentThreadSchema,
} as const;
