import { z } from 'zod';
import { publicQueryParams as params } from '../../../shared/public-schema';
import { publicResponses as answers } from '../../../shared/public-responses';
import { publicRead, type ContentApiRoute } from '../core/routes';

const search = z
  .string()
  .max(200)
  .optional()
  .meta({ description: 'search in name, slug and public aliases (case-insensitive)' });

/** Articles and sources (content API); the OpenAPI document is derived from these zod schemas. */
export default [
  publicRead('/articles', 'article.find', params('article', { list: true }), answers.articles),
  publicRead('/articles/:id', 'article.findOne', params('article', { list: false }), answers.article),
  publicRead('/sources', 'source.find', { _q: search, ...params('source', { list: true }) }, answers.sources),
  publicRead(
    '/sources/:id',
    'source.findOne',
    params('source', { list: false, populate: false }),
    answers.source,
  ),
  publicRead('/openapi.json', 'openapi.document', {}, answers.document, { auth: false, policies: [] }),
] satisfies ContentApiRoute[];
