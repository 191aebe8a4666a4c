import { compileModerationSettings, moderateComment } from './moderate';
import { defaultModerationSettings } from './settings';
import type { ModerationContext, ModerationResult, ModerationSettings } from './types';

const moderate = (
  text: string,
  context?: ModerationContext,
  settings: ModerationSettings = defaultModerationSettings,
) => moderateComment({ text }, settings, context);

// The words a rule matched: its `matches` when the model refined the reported spans, else its spans.
const spanTexts = (text: string, result: ModerationResult, rule: string): string[] => {
  const reason = result.reasons.find((r) => r.rule === rule);
  return (reason?.matches ?? reason?.spans ?? []).map((s) => text.slice(s.start, s.end));
};

const withSettings = (patch: Partial<ModerationSettings>): ModerationSettings => ({
  ...defaultModerationSettings,
  ...patch,
});

describe('moderateComment: clean comments', () => {
  it.each([
    'The council in Marrowby voted to repave the high street next spring.',
    'Scunthorpe United drew with their rivals at Glanford Park.',
    'The assassin in the novel takes a class in classical music.',
    'Penistone and Cockburnspath both have new libraries.',
    'Traffic on the ring road was heavy after the trafficking trial ended.',
    'It was a crazy week for the markets, said the analyst.',
    'Police shot him after a chase, a spokesperson said.',
  ])('approves %j with no reasons', (text) => {
    expect(moderate(text)).toEqual({ decision: 'approve', reasons: [] });
  });
});

describe('banned and suspect words', () => {
  it('rejects a slur and points at it, even disguised', () => {
    const text = 'Go home you n1gg3r';
    const result = moderate(text);
    expect(result.decision).toBe('reject');
    expect(spanTexts(text, result, 'banned-words')).toEqual(['n1gg3r']);
  });

  it('flags profanity with leetspeak, repeated letters, masks and spacing', () => {
    for (const [text, word] of [
      ['that is sh1t', 'sh1t'],
      ['what the fuuuuck', 'fuuuuck'],
      ['what the f**k is this', 'f**k'],
      ['oh f u c k off', 'f u c k'],
    ]) {
      const result = moderate(text);
      expect(result.decision).toBe('flag');
      expect(spanTexts(text, result, 'suspect-words')).toEqual([word]);
    }
  });

  it('rejects a masked slur only when enough of it shows, and flags heavy masks as profanity', () => {
    expect(moderate('you f*ggot').decision).toBe('reject');
    const heavy = moderate('f*** this');
    expect(heavy.decision).toBe('flag');
    expect(heavy.reasons.map((r) => r.rule)).toEqual(['suspect-words']);
  });

  it('keeps spans in the original string when accents and emoji come before the word', () => {
    const text = 'Café 😀😀 — quelle merde, what bullshit';
    const result = moderate(text);
    expect(spanTexts(text, result, 'suspect-words')).toEqual(['bullshit']);
  });

  it('ignores library words the settings mark as ordinary news vocabulary', () => {
    const text = 'The trial heard evidence about the rape of a teenager.';
    expect(moderate(text).decision).toBe('approve');
    const strict = withSettings({
      suspectWords: { ...defaultModerationSettings.suspectWords, ignoredLibraryWords: [] },
    });
    expect(moderate(text, {}, strict).decision).toBe('flag');
  });

  it('uses the editable lists: a newsroom word is flagged once added', () => {
    const text = 'What a blatherskite.';
    expect(moderate(text).decision).toBe('approve');
    const custom = withSettings({
      suspectWords: { ...defaultModerationSettings.suspectWords, words: ['blatherskite'] },
    });
    const result = moderate(text, {}, custom);
    expect(result.decision).toBe('flag');
    expect(spanTexts(text, result, 'suspect-words')).toEqual(['blatherskite']);
  });
});

describe('insults', () => {
  it('flags strong insults anywhere and points at the words', () => {
    const text = 'Only a moron would believe this, you idiot.';
    const result = moderate(text);
    expect(result.decision).toBe('flag');
    expect(spanTexts(text, result, 'insult')).toEqual(['moron', 'idiot']);
  });

  it('holds weak words only when aimed at someone', () => {
    expect(moderate('The weather has been crazy all month.').decision).toBe('approve');
    const text = 'You are such a crazy person.';
    const result = moderate(text);
    expect(result.decision).toBe('flag');
    expect(spanTexts(text, result, 'insult')).toEqual(['crazy']);
  });

  it('reads stretched and leet insults', () => {
    const text = 'stuuuupid and 1d10t';
    expect(spanTexts(text, moderate(text), 'insult')).toEqual(['stuuuupid', '1d10t']);
  });
});

describe('identity attacks and threats', () => {
  it('flags a group named next to a dehumanising word, pointing at that word', () => {
    const text = 'Those Venusians are vermin.';
    const custom = withSettings({
      identityAttack: { ...defaultModerationSettings.identityAttack, identityTerms: ['venusian*'] },
    });
    const result = moderate(text, {}, custom);
    expect(result.decision).toBe('flag');
    expect(spanTexts(text, result, 'identity-attack')).toEqual(['vermin']);
    expect(result.reasons.find((r) => r.rule === 'identity-attack')?.detail).toContain('Venusians');
  });

  it('does not treat a distant mention as an attack', () => {
    const text = 'Immigrants opened the bakery; years later, far across town, a rat was seen near the dump.';
    const narrow = withSettings({
      identityAttack: { ...defaultModerationSettings.identityAttack, maxDistance: 2 },
    });
    expect(moderate(text, {}, narrow).reasons.some((r) => r.rule === 'identity-attack')).toBe(false);
  });

  it('flags threats with intent or a second-person target, not reporting', () => {
    const threat = 'Someone should shoot him.';
    const result = moderate(threat);
    expect(result.decision).toBe('flag');
    expect(spanTexts(threat, result, 'threat')).toEqual(['shoot him']);
    expect(spanTexts('I hope you die', moderate('I hope you die'), 'threat')).toEqual(['die']);
    expect(moderate('The plants will die without rain, he said.').decision).toBe('approve');
    expect(moderate('The soldiers were told to hold fire, and nobody shot him.').decision).toBe('approve');
  });
});

describe('form rules', () => {
  // Each rule: a comment it holds with the spans it points at, and a near miss it lets through.
  it.each([
    {
      rule: 'links',
      held: 'See https://a.example.com and https://b.example.com and www.c-example.org',
      spans: ['https://a.example.com', 'https://b.example.com', 'www.c-example.org'],
      passed: 'See https://a.example.com and https://b.example.com',
    },
    {
      rule: 'shouting',
      held: 'Note: THE MAYOR NEVER ANSWERS OUR LETTERS ABOUT THE BRIDGE!',
      spans: ['THE MAYOR NEVER ANSWERS OUR LETTERS ABOUT THE BRIDGE'],
      passed: 'NASA and the BBC reported it; the ESA agreed.',
    },
  ])(
    'holds $rule, pointing at each span, and lets its near miss through',
    ({ rule, held, spans, passed }) => {
      const result = moderate(held);
      expect(result.decision).toBe('pending');
      expect(spanTexts(held, result, rule)).toEqual(spans);
      expect(moderate(passed).decision).toBe('approve');
    },
  );
});

describe('duplicates', () => {
  const now = Date.parse('2026-03-01T12:00:00Z');
  const text = 'Buy cheap watches at the Harbourside market this weekend, best prices in town';

  it('rejects an exact repeat by the same client inside the window', () => {
    const result = moderate(text, {
      now,
      recentComments: [{ text: `${text}!!`, postedAt: now - 60_000, sameClient: true }],
    });
    expect(result.decision).toBe('reject');
    expect(result.reasons[0].rule).toBe('duplicate');
  });

  it('flags a near repeat by another client on another article', () => {
    const near = text.replace('this weekend', 'this Saturday');
    const result = moderateComment({ text: near, articleId: 'a1' }, defaultModerationSettings, {
      now,
      recentComments: [{ text, postedAt: now - 3_600_000, sameClient: false, articleId: 'a2' }],
    });
    expect(result.decision).toBe('flag');
    expect(result.reasons[0].detail).toContain('another article');
  });

  it('ignores repeats outside the window and short stock replies from others', () => {
    const old = moderate(text, {
      now,
      recentComments: [{ text, postedAt: now - 3 * 86_400_000, sameClient: true }],
    });
    expect(old.decision).toBe('approve');
    const short = moderate('Great piece, thanks!', {
      now,
      recentComments: [{ text: 'Great piece, thanks!', postedAt: now, sameClient: false }],
    });
    expect(short.decision).toBe('approve');
  });
});

describe('reports, modes and trusted commenters', () => {
  const calm = 'I disagree with the councillor about the bus lanes.';

  it('auto-flags at the report threshold', () => {
    expect(moderate(calm, { reportCount: 2 }).decision).toBe('approve');
    const result = moderate(calm, { reportCount: 3 });
    expect(result.decision).toBe('flag');
    expect(result.reasons[0]).toMatchObject({ rule: 'reports', spans: [] });
  });

  it('rejects on closed articles and holds on pre-moderated ones', () => {
    expect(moderate(calm, { articleMode: 'closed' })).toMatchObject({
      decision: 'reject',
      reasons: [{ rule: 'article-mode' }],
    });
    expect(moderate(calm, { articleMode: 'pre-moderated' }).decision).toBe('pending');
    expect(moderate(calm, { articleMode: 'premoderated' }).decision).toBe('pending');
    expect(moderate(calm, { articleMode: 'open' }).decision).toBe('approve');
    expect(moderate(calm, { articleMode: 'premoderated', premoderatedSection: 'Politics' })).toEqual({
      decision: 'pending',
      reasons: [{ rule: 'article-mode', detail: 'the section Politics is pre-moderated', spans: [] }],
    });
  });

  it('lets trusted commenters pass relaxed rules and pre-moderation, but not slurs', () => {
    const shouted = 'I REALLY DISAGREE WITH THE COUNCILLOR ABOUT THE BUS LANES';
    const trusted: ModerationContext = { authorHistory: { approved: 12, rejected: 0 } };
    const once: ModerationContext = { authorHistory: { approved: 12, rejected: 1 } };
    expect(moderate(shouted, once).decision).toBe('pending');
    const relaxed = moderate(shouted, trusted);
    expect(relaxed.decision).toBe('approve');
    expect(relaxed.reasons.map((r) => r.rule)).toEqual(['trusted-commenter']);
    expect(moderate(calm, { ...trusted, articleMode: 'pre-moderated' }).decision).toBe('approve');
    expect(moderate('you kike', trusted).decision).toBe('reject');
  });
});

describe('pipeline order', () => {
  const text = 'you n1gg3r, THIS IS WHAT I THINK OF YOUR STUPID NEWSPAPER';

  it('stops at the first rejecting rule when stopOnReject is set', () => {
    const result = moderate(text);
    expect(result.decision).toBe('reject');
    expect(result.reasons.map((r) => r.rule)).toEqual(['banned-words']);
  });

  it('runs every rule, in the configured order, when it is not', () => {
    const order = [...defaultModerationSettings.order].reverse();
    const result = moderate(text, {}, withSettings({ order, stopOnReject: false }));
    expect(result.decision).toBe('reject');
    const rules = result.reasons.map((r) => r.rule);
    expect(rules).toEqual(['shouting', 'insult', 'banned-words']);
  });

  it('skips disabled rules', () => {
    const off = withSettings({ insult: { ...defaultModerationSettings.insult, enabled: false } });
    expect(moderate('you idiot', {}, off).decision).toBe('approve');
  });

  it('accepts compiled settings and gives the same result', () => {
    const compiled = compileModerationSettings(defaultModerationSettings);
    expect(moderateComment({ text }, compiled)).toEqual(moderate(text));
  });
});
