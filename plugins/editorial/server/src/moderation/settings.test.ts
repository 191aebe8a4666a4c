import { defaultModerationSettings, validateModerationSettings } from './settings';

const clone = () => JSON.parse(JSON.stringify(defaultModerationSettings));

describe('validateModerationSettings', () => {
  it('accepts the defaults, which are plain JSON', () => {
    expect(validateModerationSettings(clone())).toEqual([]);
  });

  it('names the field of each error', () => {
    const s = clone();
    s.links.maxLinks = -1;
    s.shouting.maxUppercaseRatio = 2;
    s.insult.action = 'delete';
    s.bannedWords.words = ['ok', '', 'a*b'];
    s.order = s.order.slice(1).concat(['nonsense']);
    const fields = validateModerationSettings(s).map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'links.maxLinks',
        'shouting.maxUppercaseRatio',
        'insult.action',
        'bannedWords.words[1]',
        'bannedWords.words[2]',
        'order[9]',
        'order',
      ]),
    );
  });

  it('rejects missing sections and non-objects', () => {
    const s = clone();
    delete s.duplicate;
    expect(validateModerationSettings(s)).toContainEqual({ field: 'duplicate', message: 'must be an object' });
    expect(validateModerationSettings(null)).toHaveLength(1);
  });

  it('rejects unknown and repeated rules among the relaxed rules', () => {
    const s = clone();
    s.trusted.relaxedRules = ['links', 'links', 'magic'];
    const fields = validateModerationSettings(s).map((e) => e.field);
    expect(fields).toEqual(['trusted.relaxedRules[1]', 'trusted.relaxedRules[2]']);
  });
});
