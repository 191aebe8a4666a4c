import { moderateComment, moderateName } from './moderate';
import { defaultModerationSettings } from './settings';

const moderate = (text: string) => moderateComment({ text }, defaultModerationSettings);
// The words a rule matched (`matches` when the model refined the reported spans).
const spansOf = (text: string, rule: string) => {
  const reason = moderate(text).reasons.find((r) => r.rule === rule);
  return (reason?.matches ?? reason?.spans ?? []).map((s) => text.slice(s.start, s.end));
};

describe('threat grammar', () => {
  it.each([
    ['Someone should burn down the councillor house for this.', ['burn down']],
    ['That ferry captain deserves to die.', ['die']],
    ['Every one of them should be shot.', ['shot']],
    ['The whole board should be hanged.', ['hanged']],
    ['I hope they get killed on the way home.', ['killed']],
    ["I'll find you, reporter.", ["I'll find you"]],
    ['We will find you and your editor.', ['We will find you']],
    ['I hope you die in a ditch.', ['die']],
    ["You're dead, mate.", ["You're dead"]],
    ['Hang him from the pier.', ['Hang him']],
    ['Just cut off their hands.', ['cut off']],
    ['Round them up and burn them.', ['burn them']],
    ['If he lied, shoot him.', ['shoot him']],
    ['Go kill yourself.', ['kill yourself']],
    ['Let them rot.', ['rot']],
    ["We're going to smash your windows tonight.", ['smash']],
    ['He should have been summarily executed.', ['executed']],
    ['She deserves the death penalty for that.', ['deserves the death penalty']],
    ["I'd love to pull the trigger on him.", ['pull the trigger']],
    ["Let's go and kill something!", ['kill something']],
  ])('holds %j as a threat, pointing at %j', (text, spans) => {
    expect(moderate(text).decision).toBe('flag');
    expect(spansOf(text, 'threat')).toEqual(spans);
  });

  it.each([
    'The militants threatened to burn down the village, police said.',
    'Two men were shot dead in the harbour district on Tuesday.',
    'The plants will die without rain this summer.',
    'Nobody should be hurt over a planning dispute.',
    'He killed himself in 1998, his biographer wrote.',
    'Killing 17 sailors, the attack shocked the navy.',
    'Lynch said the case was closed.',
    'Lynch herself was a partner at the firm.',
    'Burning fossil fuels warms the climate.',
    'The council will cut off funding to the library.',
    'Firefighters let the stubble burn under control.',
    'We will wipe out the deficit by 2030.',
  ])('does not hold the news sentence %j', (text) => {
    expect(spansOf(text, 'threat')).toEqual([]);
  });
});

describe('identity grammar', () => {
  it.each([
    ['These Hindu terrorists want our jobs.', ['terrorists'], 'Hindu'],
    ['All Zoroastrian RSS terrorists are welcome to reply.', ['terrorists'], 'Zoroastrian'],
    ['Mexicans are animals.', ['animals'], 'Mexicans'],
    ['All immigrants are criminals.', ['criminals'], 'immigrants'],
    ['Muslims are the problem here.', ['problem'], 'Muslims'],
    ['Those Polish vermin again.', ['vermin'], 'Polish'],
    ['Gays are nothing but perverts.', ['perverts'], 'Gays'],
    ['Black and Brown people are savages.', ['savages'], 'Black and Brown people'],
    ['Shoot all the Chechens.', ['Shoot'], 'Chechens'],
    ['We should hate and fear Zoroastrians.', ['hate'], 'Zoroastrians'],
    ['Hinduism is a curse on the world.', ['curse'], 'Hinduism'],
    ['Albanians are violent by nature.', ['violent'], 'Albanians'],
    ['Zoroastrians behave like rats.', ['rats'], 'Zoroastrians'],
  ])('holds %j, pointing at %j and naming the group', (text, spans, group) => {
    const settings = {
      ...defaultModerationSettings,
      identityAttack: { ...defaultModerationSettings.identityAttack, identityTerms: ['zoroastrian*'] },
    };
    const result = moderateComment({ text }, settings);
    expect(result.decision).toBe('flag');
    const reason = result.reasons.find((r) => r.rule === 'identity-attack')!;
    expect((reason.matches ?? reason.spans).map((s) => text.slice(s.start, s.end))).toEqual(spans);
    expect(reason.detail).toContain(group);
  });

  it.each([
    'Radical Islamic terrorists attacked the embassy, officials said.',
    'Immigrants are not criminals, the report found.',
    'Canadians are the largest group of visitors.',
    'Muslim families gathered for the festival.',
    'She refused to use the term "Islamic terrorist" in the speech.',
    'Experts view Russian hackers as a growing threat to elections.',
    'Swedes are not notorious for lateness.',
    'Hindus are celebrating the festival this week.',
  ])('does not hold the news sentence %j', (text) => {
    expect(spansOf(text, 'identity-attack')).toEqual([]);
  });
});

describe('author names', () => {
  it('rejects a banned word in a name, read through its disguise, with a "name:" reason', () => {
    const result = moderateName('Mr c\u200Bunt', defaultModerationSettings);
    expect(result.decision).toBe('reject');
    expect(result.reasons[0]).toMatchObject({ rule: 'banned-words', spans: [] });
    expect(result.reasons[0].detail).toMatch(/^name: /);
  });

  it('flags profanity and strong insults in a name, but not weak words that are also names', () => {
    expect(moderateName('Shithead', defaultModerationSettings).decision).toBe('flag');
    expect(moderateName('Idiot Editor', defaultModerationSettings).decision).toBe('flag');
    expect(moderateName('Crazy Horse Fan', defaultModerationSettings).decision).toBe('approve');
    expect(moderateName('Mira Dickens', defaultModerationSettings).decision).toBe('approve');
  });

  it('holds a comment whose name would be flagged, the name reasons first', () => {
    const result = moderateComment(
      { text: 'The bridge works are late again.', authorName: 'Shithead' },
      defaultModerationSettings,
    );
    expect(result.decision).toBe('flag');
    expect(result.reasons.map((r) => r.detail.slice(0, 6))).toEqual(['name: ']);
  });
});
