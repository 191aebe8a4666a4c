import { createHash } from 'node:crypto';
import { identityKeys } from './identity-keys';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

describe('commenter identity keys', () => {
  it('lists the account, the email and the name from the client, strongest first', () => {
    expect(
      identityKeys({ authorUserId: 7, authorEmail: ' Kit@Example.TEST ', authorName: 'Kit', ipHash: 'abc' }),
    ).toEqual(['user:7', `email:${sha('kit@example.test')}`, `name:${sha('kit|abc')}`]);
  });

  it('matches a name case-insensitively but only from the same client', () => {
    const [a] = identityKeys({ authorName: 'Kit ', ipHash: 'abc' });
    expect(identityKeys({ authorName: 'kit', ipHash: 'abc' })).toEqual([a]);
    expect(identityKeys({ authorName: 'Kit', ipHash: 'def' })).not.toEqual([a]);
  });

  it('has no key for a comment without identity (imported, or erased)', () => {
    expect(identityKeys({ authorName: '[erased]', ipHash: null, authorEmail: null })).toEqual([]);
  });
});
