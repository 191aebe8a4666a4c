import { PUBLIC_ACTIONS, publicActionsFor, publicPermissionsProblem } from './permissions';

describe('publicPermissions setting', () => {
  it('grants every public action by default and with true, none with false', () => {
    expect(publicActionsFor(undefined)).toEqual(PUBLIC_ACTIONS);
    expect(publicActionsFor(true)).toEqual(PUBLIC_ACTIONS);
    expect(publicActionsFor(false)).toEqual([]);
  });

  it('takes a list of short or full action ids', () => {
    expect(publicActionsFor(['article.find', 'plugin::editorial.source.find'])).toEqual([
      'plugin::editorial.article.find',
      'plugin::editorial.source.find',
    ]);
  });

  it('names what is wrong with a setting', () => {
    expect(publicPermissionsProblem(true)).toBeNull();
    expect(publicPermissionsProblem(['public-comments.list'])).toBeNull();
    expect(publicPermissionsProblem('yes')).toBe('must be true, false or a list of actions');
    expect(publicPermissionsProblem(['article.find', 'article.delete'])).toMatch(
      /^names unknown actions: article\.delete \(known: /,
    );
  });
});
