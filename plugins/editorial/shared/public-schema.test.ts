import {
  PublicQueryError,
  checkFilters,
  checkPopulate,
  checkPublicQuery,
  checkSort,
  filtersFromGraphql,
  filtersToGraphql,
} from './public-schema';

const refused = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof PublicQueryError) return e.message;
    throw e;
  }
  throw new Error('accepted');
};

describe('checkFilters', () => {
  it('accepts public fields with every operator, logical combinators and public relations', () => {
    expect(() =>
      checkFilters('article', {
        $and: [{ title: { $containsi: 'pier' } }, { $not: { section: { $in: ['a', 'b'] } } }],
        $or: {
          0: { comments: { body: { $notContains: 'x' } } },
          1: { publication: { quotes: { state: { $eq: 'verified' } } } },
        },
        originalPublishedAt: { $between: ['2026-01-01', '2026-02-01'] },
        dek: { $not: { $null: 'true' } },
        slug: 'plain-equality',
      }),
    ).not.toThrow();
  });

  it('names the parameter of a private field, however deep', () => {
    expect(
      refused(() => checkFilters('comment', { article: { comments: { status: { $eq: 'pending' } } } })),
    ).toBe('filters[article][comments][status]: not a public field');
    expect(
      refused(() =>
        checkFilters('article', { $or: [{ title: 'a' }, { importFingerprint: { $notNull: true } }] }),
      ),
    ).toBe('filters[$or][1][importFingerprint]: not a public field');
    expect(refused(() => checkFilters('comment', { authorEmail: { $contains: '@' } }))).toBe(
      'filters[authorEmail]: not a public field',
    );
    expect(refused(() => checkFilters('source', { aliases: { $contains: 'Mr.' } }))).toBe(
      'filters[aliases]: not a public field',
    );
    expect(refused(() => checkFilters('article', { assignee: { id: { $notNull: true } } }))).toBe(
      'filters[assignee]: not a public field',
    );
  });

  it('refuses unknown operators, operators on relations and oversized lists', () => {
    expect(refused(() => checkFilters('article', { title: { $where: '1' } }))).toBe(
      'filters[title][$where]: unknown operator',
    );
    expect(refused(() => checkFilters('article', { comments: 'x' }))).toMatch(
      /^filters\[comments\]: expected conditions/,
    );
    expect(
      refused(() =>
        checkFilters('article', { title: { $in: Array.from({ length: 101 }, (_, i) => String(i)) } }),
      ),
    ).toMatch(/at most 100/);
    expect(refused(() => checkFilters('article', { title: { $between: ['a'] } }))).toBe(
      'filters[title][$between]: expected two values',
    );
  });

  it('refuses text operators and unparseable values on date and number fields (a 400, never a database type error)', () => {
    expect(refused(() => checkFilters('article', { updatedAt: { $contains: '2026' } }))).toBe(
      'filters[updatedAt][$contains]: a text operator; the field is a date',
    );
    expect(refused(() => checkFilters('quote', { paragraphIndex: { $startsWith: '1' } }))).toBe(
      'filters[paragraphIndex][$startsWith]: a text operator; the field is a number',
    );
    expect(refused(() => checkFilters('comment', { postedAt: { $lt: 'yesterday' } }))).toMatch(
      /^filters\[postedAt\]\[\$lt\]: expected an ISO 8601 date/,
    );
    expect(refused(() => checkFilters('quote', { start: { $in: ['1', 'x'] } }))).toBe(
      'filters[start][$in][1]: expected a whole number',
    );
    expect(refused(() => checkFilters('article', { publishedAt: 'soon' }))).toMatch(
      /^filters\[publishedAt\]: expected an ISO 8601 date/,
    );
    expect(() =>
      checkFilters('article', {
        publishedAt: { $gte: '2026-05-01T08:00:00.000Z', $notNull: 'true' },
        originalPublishedAt: { $not: { $lt: '2026-01-01' } },
      }),
    ).not.toThrow();
    expect(() =>
      checkFilters('quote', { start: { $between: [0, '40'] }, end: { $null: 'false' } }),
    ).not.toThrow();
  });

  it('bounds nesting', () => {
    let deep: Record<string, unknown> = { title: 'x' };
    for (let i = 0; i < 12; i++) deep = { $not: deep };
    expect(refused(() => checkFilters('article', deep))).toMatch(/nested too deeply/);
  });
});

describe('sort, fields, populate', () => {
  it('sorts on own public fields only', () => {
    expect(checkSort('article', 'title:DESC,slug')).toEqual(['title:desc', 'slug:asc']);
    expect(checkSort('article', ['title:asc'])).toEqual(['title:asc']);
    expect(refused(() => checkSort('article', 'comments.body:asc'))).toBe(
      'sort: comments.body is not a public sortable field',
    );
    expect(refused(() => checkSort('comment', ['postedAt', 'status:asc']))).toBe(
      'sort[1]: status is not a public sortable field',
    );
  });

  it('populates public relations, with their filters checked', () => {
    expect(checkPopulate('article', '*')).toEqual({ publication: {}, comments: {} });
    expect(
      checkPopulate('article', { comments: { fields: ['body'], filters: { body: { $contains: 'x' } } } }),
    ).toEqual({
      comments: { fields: ['documentId', 'body'], filters: { body: { $contains: 'x' } } },
    });
    expect(refused(() => checkPopulate('article', ['assignee']))).toBe(
      'populate[0]: assignee is not a public relation',
    );
    expect(refused(() => checkPopulate('article', { comments: { filters: { status: 'pending' } } }))).toBe(
      'populate[comments][filters][status]: not a public field',
    );
    expect(refused(() => checkPopulate('comment', { parent: { fields: ['ipHash'] } }))).toBe(
      'populate[parent][fields][0]: ipHash is not a public field',
    );
  });

  it('checks a whole query: unknown parameters, drafts and pagination', () => {
    expect(
      checkPublicQuery('source', { fields: 'name,aliases', pagination: { page: '2', pageSize: '5' } }),
    ).toEqual({
      fields: ['documentId', 'name', 'aliases'],
      pagination: { page: 2, pageSize: 5 },
    });
    expect(refused(() => checkPublicQuery('comment', { _q: 'pat@' }))).toBe(
      '_q: not a public query parameter',
    );
    expect(refused(() => checkPublicQuery('article', { status: 'draft' }))).toBe(
      'status: only published content is public',
    );
    expect(refused(() => checkPublicQuery('article', { pagination: { pageSize: '-1' } }))).toMatch(
      /^pagination\[pageSize\]/,
    );
  });
});

describe('GraphQL spelling', () => {
  it('converts operators both ways', () => {
    const gql = { and: [{ title: { containsi: 'x' } }, { not: { comments: { body: { in: ['a'] } } } }] };
    const rest = filtersFromGraphql(gql);
    expect(rest).toEqual({
      $and: [{ title: { $containsi: 'x' } }, { $not: { comments: { body: { $in: ['a'] } } } }],
    });
    expect(filtersToGraphql(rest)).toEqual(gql);
  });
});
