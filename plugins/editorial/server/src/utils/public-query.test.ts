import { restrictPopulate, enforceFilters, type PopulateRules } from './public-query';

const rules: PopulateRules = {
  comments: { filters: { status: 'approved' }, fields: ['body'] },
  quotes: { filters: { state: { $ne: 'rejected' } }, populate: { source: { fields: ['name'] }, article: false } },
  secret: false,
};

describe('restrictPopulate', () => {
  it('expands * to every allowed relation with its enforced filters', () => {
    const p = restrictPopulate('*', rules)!;
    expect(Object.keys(p).sort()).toEqual(['comments', 'quotes']);
    expect(p.comments).toEqual({ filters: { status: 'approved' }, fields: ['body'] });
  });

  it('replaces client-supplied nested filters and populates with the rule', () => {
    const p = restrictPopulate({ comments: { filters: { status: 'pending' }, populate: '*' } }, rules)!;
    expect(p.comments).toEqual({ filters: { status: 'approved' }, fields: ['body'] });
  });

  it('accepts comma lists and arrays, drops unknown and forbidden keys', () => {
    expect(Object.keys(restrictPopulate('quotes,secret,nope', rules)!)).toEqual(['quotes']);
    expect(Object.keys(restrictPopulate(['comments', 'secret'], rules)!)).toEqual(['comments']);
    expect(restrictPopulate(['secret'], rules)).toBeUndefined();
  });

  it('keeps only allowed nested relations', () => {
    const p = restrictPopulate(['quotes.article'], rules)! as any;
    expect(p.quotes.populate).toEqual({ source: { fields: ['name'] } });
  });
});

describe('enforceFilters', () => {
  it('ands the client filter with the enforced one', () => {
    expect(enforceFilters({ status: 'pending' }, { status: 'approved' })).toEqual({
      $and: [{ status: 'pending' }, { status: 'approved' }],
    });
    expect(enforceFilters(undefined, { status: 'approved' })).toEqual({ status: 'approved' });
  });
});
