import { moderationSettingsSchema } from '../../../../shared/moderation-settings';
import { defaultModerationSettings, resolveArticleMode, withDefaultSettings } from './settings';

const clone = () => JSON.parse(JSON.stringify(defaultModerationSettings));

/** Each problem the shared schema finds, with its field named as the 400 names it (`list[i]`). */
const validateModerationSettings = (value: unknown) =>
  (moderationSettingsSchema.safeParse(value).error?.issues ?? []).map((issue) => ({
    field: issue.path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
      .join('')
      .slice(1),
    message: issue.message,
  }));

describe('the moderation settings schema', () => {
  it('accepts the defaults, which are plain JSON, and keeps them as they are', () => {
    expect(validateModerationSettings(clone())).toEqual([]);
    expect(moderationSettingsSchema.parse(clone())).toEqual(defaultModerationSettings);
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
    expect(validateModerationSettings(s)).toContainEqual({
      field: 'duplicate',
      message: 'must be an object',
    });
    expect(validateModerationSettings(null)).toEqual([{ field: '', message: 'settings must be an object' }]);
  });

  it('rejects unknown and repeated rules among the relaxed rules', () => {
    const s = clone();
    s.trusted.relaxedRules = ['links', 'links', 'magic'];
    const fields = validateModerationSettings(s).map((e) => e.field);
    expect(fields).toEqual(['trusted.relaxedRules[2]', 'trusted.relaxedRules[1]']);
  });

  it('checks the model group: flags, and thresholds between 0 and 1', () => {
    const bad = {
      ...clone(),
      model: {
        enabled: 'yes',
        holds: 1,
        action: 'flag',
        threshold: 1.5,
        spanThreshold: 0.4,
        ruleSpanThreshold: -1,
      },
    };
    expect(validateModerationSettings(bad).map((e) => e.field)).toEqual([
      'model.enabled',
      'model.holds',
      'model.threshold',
      'model.ruleSpanThreshold',
    ]);
  });

  it('fills a missing notification or ban group with its defaults, and names an unknown setting in it', () => {
    const { notifications: _n, bans: _b, ...rules } = clone();
    expect(moderationSettingsSchema.parse(rules)).toEqual(defaultModerationSettings);
    const stray = { ...clone(), notifications: { readers: { enabled: false }, pager: true } };
    expect(validateModerationSettings(stray)).toEqual([
      { field: 'notifications', message: expect.stringContaining('pager') },
    ]);
  });
});

describe('pre-moderated sections', () => {
  it('validates the list: names, length, no repeats whatever the case', () => {
    const s = clone();
    s.articleMode.premoderatedSections = ['Politics', ' ', 'x'.repeat(121), 'politics '];
    expect(validateModerationSettings(s)).toEqual([
      { field: 'articleMode.premoderatedSections[1]', message: 'must be a non-empty section name' },
      { field: 'articleMode.premoderatedSections[2]', message: 'must be at most 120 characters' },
      { field: 'articleMode.premoderatedSections[3]', message: 'section politics is listed twice' },
    ]);
    s.articleMode.premoderatedSections = 'Politics';
    expect(validateModerationSettings(s)).toEqual([
      { field: 'articleMode.premoderatedSections', message: 'must be a list of section names' },
    ]);
  });

  it("applies the article's own mode first, then its section's, else open", () => {
    const settings = {
      articleMode: { closedAction: 'reject' as const, premoderatedSections: ['Politics', 'Court reports'] },
    };
    expect(resolveArticleMode({ commentsMode: null, section: 'politics' }, settings)).toEqual({
      mode: 'premoderated',
      from: 'section',
      section: 'Politics',
    });
    expect(resolveArticleMode({ section: ' COURT REPORTS ' }, settings)).toMatchObject({
      mode: 'premoderated',
      section: 'Court reports',
    });
    expect(resolveArticleMode({ commentsMode: 'open', section: 'politics' }, settings)).toEqual({
      mode: 'open',
      from: 'article',
    });
    expect(resolveArticleMode({ commentsMode: 'closed', section: 'politics' }, settings)).toEqual({
      mode: 'closed',
      from: 'article',
    });
    expect(resolveArticleMode({ commentsMode: 'premoderated', section: 'sport' }, settings)).toEqual({
      mode: 'premoderated',
      from: 'article',
    });
    expect(resolveArticleMode({ commentsMode: null, section: 'sport' }, settings)).toEqual({
      mode: 'open',
      from: 'default',
    });
    expect(resolveArticleMode({ commentsMode: null, section: null }, settings)).toEqual({
      mode: 'open',
      from: 'default',
    });
  });
});

describe('withDefaultSettings', () => {
  it('fills settings saved before a setting existed, group by group, keeping what was saved', () => {
    const stored = clone();
    delete stored.articleMode.premoderatedSections;
    stored.links.maxLinks = 4;
    delete stored.shouting;
    const merged = withDefaultSettings(stored);
    expect(merged.articleMode).toEqual({ closedAction: 'reject', premoderatedSections: [] });
    expect(merged.links.maxLinks).toBe(4);
    expect(merged.shouting).toEqual(defaultModerationSettings.shouting);
    expect(validateModerationSettings(merged)).toEqual([]);
    expect(withDefaultSettings(null)).toEqual(defaultModerationSettings);
    // A malformed group is kept, so that validation names it.
    expect(validateModerationSettings(withDefaultSettings({ ...clone(), links: 'many' }))).toEqual([
      { field: 'links', message: 'must be an object' },
    ]);
  });
});
