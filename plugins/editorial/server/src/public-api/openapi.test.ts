import articles from './articles.routes';
import comments from './comments.routes';
import publicComments from '../moderation/public-comments.routes';
import { buildOpenApi } from './openapi';
import { PUBLIC_SCHEMA } from '../../../shared/public-schema';

const doc: any = buildOpenApi([...articles, ...comments, ...publicComments]);
const op = (method: string, path: string) => doc.paths[`/api/editorial${path}`][method];
const param = (o: any, name: string) => o.parameters.find((p: any) => p.name === name);

describe("the OpenAPI document derived from the routes' zod schemas", () => {
  it('describes every route, with the query parameters of the public schema', () => {
    expect(Object.keys(doc.paths)).toHaveLength(9);
    const list = op('get', '/articles');
    expect(param(list, 'filters')).toMatchObject({ in: 'query', style: 'deepObject', required: false });
    expect(param(list, 'fields').schema.items.enum).toEqual(PUBLIC_SCHEMA.article.fields);
    // A source page takes only fields; a single article no list parameters.
    expect(op('get', '/sources/{id}').parameters.map((p: any) => p.name)).toEqual([
      'id',
      'fields',
      'If-None-Match',
    ]);
    expect(param(op('get', '/articles/{id}'), 'sort')).toBeUndefined();
    expect(param(op('get', '/articles/{idOrSlug}/comments'), 'pageSize').schema).toMatchObject({
      type: 'integer',
      maximum: 100,
    });
  });

  it('names the shapes as components and refers to them', () => {
    const { schemas } = doc.components;
    const ok = op('get', '/articles').responses['200'];
    expect(ok.content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/ArticleFindResponse',
    });
    expect(schemas.ArticleFindResponse.properties.data.items).toEqual({
      $ref: '#/components/schemas/Article',
    });
    expect(schemas.Quote.properties.source).toMatchObject({ nullable: true });
    expect(Object.values(schemas).some((s: any) => '$id' in s)).toBe(false);
    expect(op('post', '/comments/{documentId}/report').responses['202']).toBeDefined();
  });

  it('documents the comment body from the schema the controller parses, without the bot trap', () => {
    const body = op('post', '/articles/{idOrSlug}/comments').requestBody.content['application/json'].schema;
    const input = doc.components.schemas[body.$ref.split('/').pop()];
    expect(input.required).toEqual(['authorName', 'body']);
    expect(input.properties.body).toMatchObject({ minLength: 2, maxLength: 5000 });
    expect(input.properties.website).toBeUndefined();
  });
});
