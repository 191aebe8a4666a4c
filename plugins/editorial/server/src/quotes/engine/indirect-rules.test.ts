/**
 * Indirect-report rules of issue 15 (q2 round), on invented sentences: each row is a sentence,
 * the reported content expected (after its “that”, which the content keeps), its speaker phrase and the rule that fires.
 */
import { extractQuotes } from './index';

function report(text: string, part: string) {
  const q = extractQuotes(text).find((x) => x.text.includes(part));
  if (!q)
    throw new Error(`no quote contains “${part}”: ${JSON.stringify(extractQuotes(text).map((x) => x.text))}`);
  return q;
}

function only(text: string) {
  const quotes = extractQuotes(text);
  expect(quotes).toHaveLength(1);
  return quotes[0];
}

describe('speech and belief nouns with a that-clause', () => {
  it.each([
    [
      'Jo Roe repeated her assurances that the ferry would sail in May.',
      'the ferry would sail in May',
      'her',
    ],
    [
      'Ola Brun dismissed the harbour’s worries, citing his suspicion that the pier was never unsafe.',
      'the pier was never unsafe',
      'his',
    ],
    [
      'The captain brushed aside Lund’s complaints that the timetable had been cut twice.',
      'the timetable had been cut twice',
      'Lund',
    ],
    ['Holm rejected Jo Roe’s long-standing claim that the pier is safe.', 'the pier is safe', 'Jo Roe'],
    ['Ola Brun repeated his central argument that the levy was unfair.', 'the levy was unfair', 'his'],
  ])('%s', (text, content, speaker) => {
    const q = report(text, content);
    expect(q.text).toBe(`that ${content}`);
    expect(q.speaker?.text).toBe(speaker);
    expect(q.evidence.rule).toBe('speech-noun');
  });
});

describe('stance adjectives after a copula', () => {
  it.each([
    ['Jo Roe is confident that the ferry will sail in May.', 'the ferry will sail in May', 'Jo Roe'],
    [
      'The harbour master remains convinced that the pier can be saved.',
      'the pier can be saved',
      'The harbour master',
    ],
    ['Ola Brun was not so sure that the timetable would hold.', 'the timetable would hold', 'Ola Brun'],
    ['The captains are hopeful that the strike will end soon.', 'the strike will end soon', 'The captains'],
  ])('%s', (text, content, speaker) => {
    const q = report(text, content);
    expect(q.text).toBe(`that ${content}`);
    expect(q.speaker?.text).toBe(speaker);
    expect(q.type).toBe('indirect');
  });

  it('reports nothing for an expletive subject', () => {
    expect(extractQuotes('It is certain that the levy will stay.')).toEqual([]);
  });

  it('reports nothing for an adjective that is no stance', () => {
    expect(extractQuotes('The pier is so long that the ferry cannot turn.')).toEqual([]);
  });
});

describe('made clear that', () => {
  it('reports the clause for the subject of made', () => {
    const q = report('Jo Roe made clear that the levy would not rise again.', 'the levy would not rise');
    expect(q.text).toBe('that the levy would not rise again');
    expect(q.speaker?.text).toBe('Jo Roe');
    expect(q.evidence.rule).toBe('speech-noun');
  });
});

describe('a stance verb’s bare object ends before an appositive, `, and` or a dash', () => {
  it.each([
    ['The mayor endorsed Ola Brun, a former harbour master from Lund.', 'Ola Brun', 'The mayor'],
    ['The union backed the new levy, the first rise in a decade.', 'the new levy', 'The union'],
    ['The union backed the new levy, and the council agreed.', 'the new levy', 'The union'],
    ['The union backed the new levy — a first — and the council agreed.', 'the new levy', 'The union'],
  ])('%s', (text, content, speaker) => {
    const q = report(text, content);
    expect(q.text).toBe(content);
    expect(q.speaker?.text).toBe(speaker);
    expect(q.evidence.rule).toBe('stance-cue');
  });

  it('keeps the appositive of a quoted object (a mixed clause)', () => {
    const q = report('The mayor endorsed “the quiet one,” a former harbour master.', 'quiet one');
    expect(q.text).toBe('“the quiet one,” a former harbour master');
    expect(q.type).toBe('mixed');
  });
});

describe('passive views: the whole clause, subject included, held by no one named', () => {
  it.each([
    [
      'The harbour master is expected to resign on Monday.',
      'The harbour master is expected to resign on Monday',
    ],
    ['The harbour master is not expected to attend.', 'The harbour master is not expected to attend'],
    ['The mayor is widely seen as a moderate.', 'The mayor is widely seen as a moderate'],
  ])('%s', (text, content) => {
    const q = report(text, content);
    expect(q.text).toBe(content);
    expect(q.speaker).toBeNull();
    expect(q.evidence.rule).toBe('passive');
  });

  it('credits the agent after "by" and keeps it out of the content', () => {
    const q = report('The ferry is considered unsafe by the harbour board.', 'unsafe');
    expect(q.text).toBe('The ferry is considered unsafe');
    expect(q.speaker?.text).toBe('the harbour board');
  });

  it.each([
    // an inner cue reports the subject's own stance
    ['The mayor is expected to endorse Jo Roe.', 'to endorse Jo Roe', 'The mayor'],
    // ’s is "has" as often as "is": an active cue
    ['He’s said that the pier is safe.', 'that the pier is safe', 'He'],
  ])('%s stays an active report', (text, content, speaker) => {
    const q = report(text, content);
    expect(q.text).toBe(content);
    expect(q.speaker?.text).toBe(speaker);
  });

  it('reports nothing for a passive of perception with only its place', () => {
    expect(extractQuotes('The mayor was seen at a rally in Lund.')).toEqual([]);
  });
});

describe('a trailing according-to source with a relative clause', () => {
  it.each([
    [
      'The harbour board is looking into whether the pier was ever safe, according to three officials who spoke on condition of anonymity.',
      'The harbour board is looking into whether the pier was ever safe',
      'three officials',
    ],
    [
      'The ferry will stop in May, according to a captain who asked not to be named.',
      'The ferry will stop in May',
      'a captain',
    ],
  ])('%s', (text, content, speaker) => {
    const q = report(text, content);
    expect(q.text).toBe(content);
    expect(q.speaker?.text).toBe(speaker);
    expect(q.evidence.rule).toBe('indirect-trailing');
  });
});

describe('the terms of an anonymous source are frame, not content', () => {
  it('reports nothing for speaking on condition of anonymity alone', () => {
    expect(extractQuotes('The two officials spoke on the condition of anonymity.')).toEqual([]);
  });

  it.each([
    [
      'A harbour official discussed the closure on condition of anonymity because he was not authorized to speak.',
      'the closure',
    ],
    [
      'A harbour official said the pier would close, speaking on condition that he not be named.',
      'the pier would close',
    ],
  ])('%s', (text, content) => {
    expect(report(text, content).text).toBe(content);
  });

  it('keeps a condition that is the content', () => {
    expect(report('Roe said the condition of the pier was poor.', 'pier').text).toBe(
      'the condition of the pier was poor',
    );
  });
});

describe('“That’s according to X”', () => {
  it.each([
    ['That’s according to early results of a harbour poll.', 'That', 'early results of a harbour poll'],
    ['This is according to the Lund Courier.', 'This', 'the Lund Courier'],
  ])('%s', (text, content, speaker) => {
    const q = only(text);
    expect(q.text).toBe(content);
    expect(q.speaker?.text).toBe(speaker);
    expect(q.evidence.rule).toBe('according-to-indirect');
  });
});

describe('“appear” in its physical sense is no judgement', () => {
  it.each([
    ['The mayor will appear before the harbour committee on Monday.'],
    ['His name appeared on the ballot in Lund.'],
  ])('%s', (text) => {
    expect(extractQuotes(text)).toEqual([]);
  });

  it('still reports a judgement of appearance', () => {
    const q = only('The mayor appeared tired after the long debate.');
    expect(q.evidence.rule).toBe('appearance');
    expect(q.speaker).toBeNull();
  });
});

describe('a speech event in the subject’s relative clause leaves the subject to the next cue', () => {
  it.each([
    [
      'Current and former officials who spoke with the Lund Courier said the harbour board had become a shell of itself.',
      'the harbour board had become a shell of itself',
      'former officials',
    ],
    [
      'Two captains who talked to reporters on Monday said the ferry was late.',
      'the ferry was late',
      'Two captains',
    ],
  ])('%s', (text, content, speaker) => {
    const q = only(text);
    expect(q.text).toBe(content);
    expect(q.speaker?.text).toBe(speaker);
  });
});

describe('an infinitive’s object ends before an appositive', () => {
  it.each([
    ['Jo Roe plans to endorse Ola Brun, a former harbour master.', 'to endorse Ola Brun', 'Jo Roe'],
    [
      'The mayor hopes to win the seat, the last one in Lund, and then retire.',
      'to win the seat',
      'The mayor',
    ],
  ])('%s', (text, content, speaker) => {
    const q = only(text);
    expect(q.text).toBe(content);
    expect(q.speaker?.text).toBe(speaker);
  });
});

describe('a subject with an appositive, then the cue and its own clause', () => {
  it.each([
    [
      'Another pollster, Jo Roe of Lund University, said his survey of voters showed support holding steady.',
      'his survey of voters showed support holding steady',
      'Jo Roe',
    ],
    [
      'Roe, who has sailed the route since the age of 25, says she counts herself an independent.',
      'she counts herself an independent',
      'Roe',
    ],
  ])('%s', (text, content, source) => {
    const q = only(text);
    expect(q.text).toBe(content);
    expect(q.evidence.rule).toBe('indirect-cue');
    expect(q.source?.name).toBe(source);
  });

  it.each([
    ['“The pier is closed,” said the harbour chief known as Bob.', 'the harbour chief known'],
    ['“The pier is closed,” said the ruling.', 'the ruling'],
  ])('an inverted speaker may hold a participle or a noun like a verb: %s', (text, speaker) => {
    const q = only(text);
    expect(q.text).toBe('“The pier is closed,”');
    expect(q.speaker?.text).toBe(speaker);
  });
});

describe('a name with "of" after it', () => {
  it.each([
    ['Jo Roe of Lund University said the pier was fine.', 'Jo Roe', 'person'],
    ['Bank of America said the pier was fine.', 'Bank of America', 'organisation'],
    ['Secretary of State Jo Roe said the pier was fine.', 'Jo Roe', 'person'],
  ])('%s', (text, name, kind) => {
    const q = only(text);
    expect(q.source?.name).toBe(name);
    expect(q.source?.kind).toBe(kind);
  });
});

describe('a parenthetical attribution after an opening frame', () => {
  it.each([
    ['In his town, Jo Roe said, the pier is unsafe.', 'In his town', 'the pier is unsafe', 'Jo Roe'],
    [
      'At one point, she said, she was thinking of moving to Lund.',
      'At one point',
      'she was thinking of moving to Lund',
      'she',
    ],
  ])('%s', (text, a, b, speaker) => {
    const q = only(text);
    expect(q.segments.map((s) => s.text)).toEqual([a, b]);
    expect(q.speaker?.text).toBe(speaker);
    expect(q.evidence.rule).toBe('indirect-parenthetical');
  });
});

describe('a clause before "but added" and its quote', () => {
  it.each([
    'Jo Roe said the pier was unsafe but added, “We will see.”',
    'Jo Roe said the pier was unsafe, but added, “We will see.”',
  ])('%s', (text) => {
    const quotes = extractQuotes(text);
    expect(quotes.map((q) => [q.text, q.speaker?.text])).toEqual([
      ['the pier was unsafe', 'Jo Roe'],
      ['“We will see.”', 'Jo Roe'],
    ]);
    expect(quotes[0].evidence.rule).toBe('indirect-chain');
  });
});

describe('a refusal to speak', () => {
  it.each([
    ['Jo Roe declined to comment.', 'to comment', 'Jo Roe', 'Jo Roe'],
    [
      'The harbour office refused to comment on the fares, saying the board would decide.',
      'to comment on the fares',
      'The harbour office',
      'The harbour office',
    ],
    ['Ola Brun, who declined to be named, said the pier was unsafe.', 'to be named', 'who', 'Ola Brun'],
  ])('%s', (text, content, speaker, source) => {
    const q = report(text, content);
    expect(q.text).toBe(content);
    expect(q.speaker?.text).toBe(speaker);
    expect(q.source?.name).toBe(source);
    expect(q.confidence).toBeLessThan(0.5);
  });

  it('leaves the main clause after a relative refusal to the noun phrase before it', () => {
    const q = report('Ola Brun, who declined to be named, said the pier was unsafe.', 'the pier');
    expect(q.text).toBe('the pier was unsafe');
    expect(q.speaker?.text).toBe('Ola Brun');
  });
});

describe('a finding verb after a subject headed by an evidence noun', () => {
  it.each([
    ['Polls there show Roe is trailing Holm.', 'Roe is trailing Holm', 'Polls there'],
    [
      'Footage from the match shows that two captains left early.',
      'that two captains left early',
      'Footage from the match',
    ],
    ['The results show that the ferry lost money.', 'that the ferry lost money', 'The results'],
  ])('%s', (text, content, speaker) => {
    const q = only(text);
    expect(q.text).toBe(content);
    expect(q.speaker?.text).toBe(speaker);
    expect(q.source?.kind).toBe('anonymous');
  });
});

describe('a relative clause between commas after the subject', () => {
  it('leaves the main cue to the noun phrase past the terms of speaking', () => {
    const q = only(
      'The official, who spoke on the condition of anonymity to discuss the talks, said that the pier would close.',
    );
    expect(q.text).toBe('that the pier would close');
    expect(q.speaker?.text).toBe('The official');
  });

  it('ends the relative report at its comma when the head’s cue follows', () => {
    const quotes = extractQuotes('Jo Roe, who had argued against the levy, said the fares were too high.');
    expect(quotes.map((q) => [q.text, q.speaker?.text, q.source?.name])).toEqual([
      ['the levy', 'who', 'Jo Roe'],
      ['the fares were too high', 'Jo Roe', 'Jo Roe'],
    ]);
  });
});

describe('a subject with a prepositional phrase before an interruption', () => {
  it('takes the whole noun phrase before the dash', () => {
    const q = only('Captains at the harbour — including two from Lund — said the pier is unsafe.');
    expect(q.text).toBe('the pier is unsafe');
    expect(q.speaker?.text).toBe('Captains at the harbour');
  });
});

describe('a clause framed by a third person’s view', () => {
  it.each([
    [
      'In Jo Roe’s view, the pier is unsafe and should close.',
      ['the pier is unsafe and should close'],
      'Jo Roe',
    ],
    [
      'The only other option, in Ola Brun’s opinion, would be a second ferry.',
      ['The only other option', 'would be a second ferry'],
      'Ola Brun',
    ],
  ])('%s', (text, segments, speaker) => {
    const q = only(text);
    expect(q.segments.map((s) => s.text)).toEqual(segments);
    expect(q.speaker?.text).toBe(speaker);
    expect(q.evidence.rule).toBe('opinion-frame');
    expect(q.confidence).toBeLessThan(0.5);
  });

  it('leaves a first person’s view to the quote or report around it', () => {
    expect(extractQuotes('It was, in my view, a mistake.')).toEqual([]);
  });
});

describe('a report inside an opening prepositional or participle clause', () => {
  it.each([
    ['In his speech Jo Roe said the pier was safe, the council closed it anyway.', 'the pier was safe'],
    ['Despite Ola Brun arguing that the pier was safe, the council closed it.', 'that the pier was safe'],
  ])('%s', (text, content) => {
    const q = report(text, 'pier');
    expect(q.text).toBe(content);
  });
});

describe('2 December afternoon round: doubtful reports by syntax', () => {
  it.each([
    'The fishermen would back the pier plan.',
    'After the vote, some captains might not support the new ferry.',
    'In the end, both captains would welcome the new ferry.',
  ])('reports nothing for a hypothetical stance of a description: %s', (text) => {
    expect(extractQuotes(text)).toEqual([]);
  });

  it.each([
    ['The fishermen backed the pier plan.', 'the pier plan', 'The fishermen'],
    [
      'Jo Roe said the fishermen would back the pier plan.',
      'the fishermen would back the pier plan',
      'Jo Roe',
    ],
    [
      'Some captains might support the new ferry, Jo Roe said.',
      'Some captains might support the new ferry',
      'Jo Roe',
    ],
  ])('keeps a stated stance, or a hypothetical one inside a report: %s', (text, content, speaker) => {
    const q = only(text);
    expect(q.text).toBe(content);
    expect(q.speaker?.text).toBe(speaker);
  });

  it.each([
    ['Jo Roe would back the pier plan.', 'the pier plan', 'stance-cue'],
    ['Jo Roe was criticized for closing the pier.', 'closing the pier', 'stance-cue'],
    ['Jo Roe said the pier was safe?', 'the pier was safe', 'indirect-cue'],
  ])('sends a hypothetical, passive or questioned report to review: %s', (text, content, rule) => {
    const q = only(text);
    expect(q.text).toBe(content);
    expect(q.speaker?.text).toBe('Jo Roe');
    expect(q.evidence.rule).toBe(rule);
    expect(q.confidence).toBeLessThan(0.5);
  });

  it.each([
    ['Jo Roe opposes the pier plan.', 'the pier plan'],
    ['Jo Roe said the pier was safe.', 'the pier was safe'],
  ])('leaves a plain stated report public: %s', (text, content) => {
    const q = only(text);
    expect(q.text).toBe(content);
    expect(q.speaker?.text).toBe('Jo Roe');
    expect(q.confidence).toBeGreaterThanOrEqual(0.5);
  });
});

describe('2 December afternoon round: a weaker report gives way over the same words', () => {
  it('drops an appearance frame around a cue that reports the clause', () => {
    const q = only('Jo Roe seemed to imply that the pier was unsafe.');
    expect(q.text).toBe('that the pier was unsafe');
    expect(q.speaker?.text).toBe('Jo Roe');
    expect(q.evidence.rule).toBe('indirect-cue');
  });

  it('drops a cue nested in a speech noun’s clause', () => {
    const q = only('Ola Brun repeated his claim that Jo Roe backs the pier plan.');
    expect(q.text).toBe('that Jo Roe backs the pier plan');
    expect(q.evidence.rule).toBe('speech-noun');
    expect(q.source?.name).toBe('Ola Brun');
  });

  it('keeps an appearance frame no other report covers, and a report beside a speech noun', () => {
    const q = only('Jo Roe seemed tired after the vote.');
    expect(q.evidence.rule).toBe('appearance');
    expect(q.text).toBe('Jo Roe seemed tired after the vote');
    const quotes = extractQuotes(
      'Ola Brun repeated his claim that the pier was unsafe, and Jo Roe said the ferry was late.',
    );
    expect(quotes.map((x) => x.text)).toEqual(['that the pier was unsafe', 'the ferry was late']);
    expect(quotes[1].speaker?.text).toBe('Jo Roe');
  });

  it('drops a speech noun nested in a reported clause', () => {
    const q = only('Jo Roe said Ola Brun’s claim that the pier was unsafe was wrong.');
    expect(q.text).toBe('Ola Brun’s claim that the pier was unsafe was wrong');
    expect(q.speaker?.text).toBe('Jo Roe');
    expect(q.evidence.rule).toBe('indirect-cue');
  });
});

describe('2 December afternoon round: a cue whose object reports nothing', () => {
  it.each([
    'Jo Roe won the Lund primary, adding to her lead over Ola Brun.',
    'Jo Roe responded to the harbour board on Friday.',
    'Jo Roe found herself in trouble at the pier.',
    'Jo Roe made a politically charged visit to the pier.',
    'Jo Roe endorsed and campaigned for Ola Brun.',
  ])(
    'reports nothing for a goal, a reflexive object, a cue inside a noun phrase or with no object: %s',
    (text) => {
      expect(extractQuotes(text)).toEqual([]);
    },
  );

  it.each([
    ['Jo Roe agreed to close the pier.', 'to close the pier', 'Jo Roe'],
    ['Jo Roe found that the pier was unsafe.', 'that the pier was unsafe', 'Jo Roe'],
    ['The board charged that the pier was unsafe.', 'that the pier was unsafe', 'The board'],
    ['Jo Roe considers herself a friend of the pier.', 'herself a friend of the pier', 'Jo Roe'],
    ['Jo Roe endorsed Ola Brun and campaigned for him.', 'Ola Brun and campaigned for him', 'Jo Roe'],
  ])('keeps an infinitive, a clause or a stance on oneself: %s', (text, content, speaker) => {
    const q = only(text);
    expect(q.text).toBe(content);
    expect(q.speaker?.text).toBe(speaker);
  });
});

describe('2 December afternoon round: a trailing cue with an object of its own', () => {
  it('reports nothing when the trailing verb goes on with its own object', () => {
    expect(extractQuotes('The ferry was late again, Jo Roe wrote with her best friend.')).toEqual([]);
  });

  it.each([
    'The ferry was late again, Jo Roe wrote on Friday.',
    'The ferry was late again, Jo Roe said quietly.',
    'The ferry was late again, said Jo Roe.',
  ])('keeps a trailing report closed by a frame, an adverb or an inverted speaker: %s', (text) => {
    const q = only(text);
    expect(q.text).toBe('The ferry was late again');
    expect(q.speaker?.text).toBe('Jo Roe');
    expect(q.evidence.rule).toBe('indirect-trailing');
  });
});

describe('2 December afternoon round: a question asked gives way to a report over its words', () => {
  it('drops the question inside another report’s content', () => {
    const q = only('Jo Roe said, when asked about the pier, that the ferry was late.');
    expect(q.text).toBe('when asked about the pier, that the ferry was late');
    expect(q.speaker?.text).toBe('Jo Roe');
    expect(q.evidence.rule).toBe('indirect-cue');
  });

  it('keeps a question that no other report covers', () => {
    const quotes = extractQuotes('When asked about the pier, Jo Roe said the ferry was late.');
    expect(quotes.map((x) => [x.text, x.evidence.rule])).toEqual([
      ['the pier', 'asked'],
      ['the ferry was late', 'indirect-cue'],
    ]);
  });
});

describe('2 December afternoon round: conditional and negated stances go to review', () => {
  it.each([
    ['If Jo Roe believes the pier is unsafe, she will stay away.', 'the pier is unsafe'],
    ['Jo Roe has not endorsed Ola Brun.', 'Ola Brun'],
  ])('%s', (text, content) => {
    const q = report(text, content);
    expect(q.text).toBe(content);
    expect(q.speaker?.text).toBe('Jo Roe');
    expect(q.confidence).toBeLessThan(0.5);
  });

  it('leaves the plain stance public', () => {
    const q = only('Jo Roe endorsed Ola Brun.');
    expect(q.text).toBe('Ola Brun');
    expect(q.confidence).toBeGreaterThanOrEqual(0.5);
  });
});

describe('2 December afternoon round: headlines', () => {
  it.each([
    [
      'Harbour camp: Roe’s plan threatens the pier.\n\nThe body follows here.',
      'Roe’s plan threatens the pier',
      'Harbour',
    ],
    [
      'EXCLUSIVE – Jo Roe: Don’t Trust The Pier Plans.\n\nThe body follows here.',
      'Don’t Trust The Pier Plans',
      'Jo Roe',
    ],
    [
      'Roe to Lund Council: the pier will reopen in May.\n\nThe body follows here.',
      'the pier will reopen in May',
      'Roe',
    ],
  ])('a title’s label with lower-case words or a kicker: %s', (text, content, speaker) => {
    const q = report(text, content);
    expect(q.text).toBe(content);
    expect(q.type).toBe('indirect');
    expect(q.speaker?.text).toBe(speaker);
    expect(q.evidence.rule).toBe('label');
  });

  it('takes no clause for a label', () => {
    const q = report(
      'Jo Roe Endorses Ola Brun: Pier Must Reopen Soon.\n\nThe body follows here.',
      'Ola Brun',
    );
    expect(q.speaker?.text).toBe('Jo Roe');
    expect(q.evidence.rule).toBe('stance-cue');
  });

  it('takes no kicker for a source', () => {
    const quotes = extractQuotes('Bombshell: The Pier Will Close In May.\n\nThe body follows here.');
    expect(quotes.filter((q) => q.evidence.rule === 'label')).toEqual([]);
  });

  it('keeps a lower-case label out of the body', () => {
    const quotes = extractQuotes(
      'The pier reopens.\n\nHarbour camp: the pier will reopen in May and the ferry too.',
    );
    expect(quotes.filter((q) => q.evidence.rule === 'label')).toEqual([]);
  });
  it('takes a headline verb of criticism on the title line only', () => {
    const q = only('Harbour Board Rebuffs Jo Roe Over Ferry Timetable.\n\nThe body follows here.');
    expect(q.text).toBe('Jo Roe Over Ferry Timetable');
    expect(q.speaker?.text).toBe('Harbour Board');
    expect(
      extractQuotes('The pier opens.\n\nThe harbour board rebuffs ferry captains every spring.'),
    ).toEqual([]);
  });

  it('reads a title’s future “X to endorse Y” as the opening noun phrase’s stance', () => {
    const q = only('LHU-PAC to endorse Jo Roe.\n\nThe body follows here.');
    expect(q.text).toBe('Jo Roe');
    expect(q.speaker?.text).toBe('LHU-PAC');
    expect(extractQuotes('The pier opens.\n\nLHU-PAC to endorse Jo Roe.')).toEqual([]);
  });

  it('splits a title’s second verb phrase after a comma or semicolon', () => {
    const quotes = extractQuotes(
      'Jo Roe Slams Lund Council, Praises Harbour Ferry Crews.\n\nThe body follows here.',
    );
    expect(quotes.map((q) => [q.text, q.speaker?.text, q.evidence.cue])).toEqual([
      ['Lund Council', 'Jo Roe', 'Slams'],
      ['Harbour Ferry Crews', 'Jo Roe', 'Praises'],
    ]);
    const semi = extractQuotes(
      'Jo Roe Says Pier Is Safe; Calls Ferry Plan ‘Reckless.’\n\nThe body follows here.',
    );
    expect(semi.map((q) => q.speaker?.text)).toEqual(['Jo Roe', 'Jo Roe']);
    expect(semi[0].text).toBe('Pier Is Safe');
  });

  it('keeps a list of objects after a comma in one report', () => {
    const q = only('Jo Roe Slams Lund Council, Harbour Board.\n\nThe body follows here.');
    expect(q.text).toBe('Lund Council, Harbour Board');
  });
  it('reads a title that keeps its prepositions in lower case as title case', () => {
    const q = only(
      'Jo Roe Calls for Inquiry into Ferry Losses after Stormy Winter.\n\nThe body follows here.',
    );
    expect(q.text).toBe('Inquiry into Ferry Losses after Stormy Winter');
    expect(q.speaker?.text).toBe('Jo Roe');
    expect(q.evidence.cue).toBe('Calls');
  });

  it.each([
    [
      'Pier Repairs Are ‘Money Well Spent,’ Jo Roe Tells Lund Council.\n\nThe body follows here.',
      'Pier Repairs Are ‘Money Well Spent',
      'Tells',
    ],
    ['The repairs were ‘money well spent,’ Jo Roe said.', 'The repairs were ‘money well spent', 'said'],
  ])('takes a trailing attribution after a comma inside a closing single mark: %s', (text, content, cue) => {
    const q = only(text);
    expect(q.text).toBe(content);
    expect(q.speaker?.text).toBe('Jo Roe');
    expect(q.evidence.rule).toBe('indirect-trailing');
    expect(q.evidence.cue).toBe(cue);
  });

  it('takes no trailing attribution after a closing single mark with a clause after the cue', () => {
    const q = only('The repairs were ‘money well spent,’ Jo Roe said the pier would reopen.');
    expect(q.text).toBe('the pier would reopen');
  });
  it.each([
    [
      'Harbour captains promise they will keep the ferry running.',
      'they will keep the ferry running',
      'Harbour captains',
    ],
    ['Lund ferry crews fear that the pier will close.', 'that the pier will close', 'Lund ferry crews'],
  ])('takes a plural noun before a noun-or-verb cue with a clause after it: %s', (text, content, speaker) => {
    const q = only(text);
    expect(q.text).toBe(content);
    expect(q.speaker?.text).toBe(speaker);
  });

  it('takes no plural noun before a noun-or-verb cue with a bare object', () => {
    expect(extractQuotes('Ferry crews promise a better service.')).toEqual([]);
    expect(extractQuotes('Lund captains fear the storms.')).toEqual([]);
  });
  it('leaves a title’s capitalised adverb or auxiliary out of the speaker', () => {
    const q = only('Jo Roe Just Revealed Who She Would Pick For Harbour Master.\n\nThe body follows here.');
    expect(q.speaker?.text).toBe('Jo Roe');
    expect(q.text).toBe('Who She Would Pick For Harbour Master');
    expect(only('Ola May Says Harbour Ferry Will Reopen Soon.\n\nThe body follows here.').speaker?.text).toBe(
      'Ola May',
    );
  });
  it('takes no trailing source that opens with a title’s second verb', () => {
    const quotes = extractQuotes(
      'Jo Roe Says Lund Pier Is Safe, Calls Ferry Board Remarks ‘Reckless.’\n\nThe body follows here.',
    );
    expect(quotes.map((q) => [q.text, q.speaker?.text, q.evidence.cue])).toEqual([
      ['Lund Pier Is Safe', 'Jo Roe', 'Says'],
      ['Ferry Board Remarks ‘Reckless', 'Jo Roe', 'Calls'],
    ]);
  });
  it('reads a name before “email(s)” as a compound noun, a pronoun before it as the sender', () => {
    expect(extractQuotes('More Jo Roe emails released on eve of ferry vote.')).toEqual([]);
    const q = only('She emails reporters that the pier is safe.');
    expect(q.text).toBe('that the pier is safe');
    expect(q.speaker?.text).toBe('She');
  });
  it('takes a headline’s plural noun subject before a noun-or-verb cue, on the title line only', () => {
    const q = only('Lund skywriters blast Jo Roe.\n\nThe body follows here.');
    expect(q.text).toBe('Jo Roe');
    expect(q.speaker?.text).toBe('Lund skywriters');
    expect(extractQuotes('The pier.\n\nLund skywriters blast Jo Roe.')).toEqual([]);
  });
  it('takes a headline’s “swipes at” with its particle', () => {
    const q = only('Jo Roe swipes at Ola Poe over pier.\n\nThe body follows here.');
    expect(q.text).toBe('Ola Poe over pier');
    expect(q.speaker?.text).toBe('Jo Roe');
    expect(q.evidence.cue).toBe('swipes');
  });
  it('reads no long opening paragraph as a title', () => {
    const lead =
      'Jo Roe trashes the ferry plan in a long opening paragraph that runs on well past any headline, ' +
      'with the harbour board, the ferry captains and the old pier in it too.\n\nThe body follows here.';
    expect(lead.indexOf('\n')).toBeGreaterThan(150);
    expect(extractQuotes(lead)).toEqual([]);
  });
});

describe('2 December afternoon round: known cues missed for their structure', () => {
  it.each([
    [
      'In May, port officials — including harbour master Al Poe and his deputy — have long argued that the quay is unsafe.',
      'that the quay is unsafe',
      'port officials',
    ],
    [
      'Even so, some ferry captains - including a few of the board’s own members - warn that the levy could sink the pier.',
      'that the levy could sink the pier',
      'some ferry captains',
    ],
    [
      'In an interview at her hotel, Jo Roe (a captain and co-host of a radio show) told the Lund Courier that the pier was sold.',
      'that the pier was sold',
      'Jo Roe',
    ],
  ])('a subject before a dash or parenthesis pair ending at the cue: %s', (text, content, speaker) => {
    const q = only(text);
    expect(q.text).toBe(content);
    expect(q.type).toBe('indirect');
    expect(q.speaker?.text).toBe(speaker);
  });

  it('takes no subject past a dash pair that holds a cue of its own, nor before a verb not of saying', () => {
    const quotes = extractQuotes(
      'The council — Jo Roe told the Courier on Monday — insisted that the pier was safe.',
    );
    expect(quotes.map((q) => q.speaker?.text)).not.toContain('The council');
    expect(extractQuotes('The pier — the oldest in Lund — closed in May after storms.')).toEqual([]);
  });

  it('credits the source of an opening "As reported by X," frame', () => {
    const q = only('As reported by the Lund Courier, the mayor was made aware of the risk to the pier.');
    expect(q.text).toBe('the mayor was made aware of the risk to the pier');
    expect(q.speaker?.text).toBe('the Lund Courier');
    expect(q.evidence.rule).toBe('according-to-indirect');
  });

  it('takes no source from an "as" frame of a verb that reports nothing', () => {
    expect(extractQuotes('As expected by the board, the mayor was made aware of the risk.')).toEqual([]);
  });

  it.each([
    ['Noting that the pier was old, Jo Roe said the council should act.', 'that the pier was old', 'Jo Roe'],
    [
      'After suggesting on Monday that he regretted the insults, Ola Brun rarely spoke at the meeting.',
      'that he regretted the insults',
      'Ola Brun',
    ],
  ])('reports an opening participle clause for the main clause’s subject: %s', (text, content, speaker) => {
    const q = report(text, content);
    expect(q.text).toBe(content);
    expect(q.speaker?.text).toBe(speaker);
    expect(q.evidence.rule).toBe('opening-participle');
  });

  it('leaves an opening participle of audience or perception alone', () => {
    for (const text of [
      'Addressing the crowd at the pier, Jo Roe said the ferry would run.',
      'Looking ahead to the summer, Jo Roe said the ferry would run.',
    ])
      expect(extractQuotes(text).map((q) => q.text)).toEqual(['the ferry would run']);
  });
});

describe('2 December afternoon round: a cue with its own object after a comma is no trailing attribution', () => {
  it.each([
    ['Asked on the radio who leads the party, he said Holm.', 'Holm', 'he'],
    [
      'Jo Roe, a captain who served on the pier, denounced the mayor’s remarks.',
      'the mayor’s remarks',
      'Jo Roe',
    ],
    [
      'In a study of ferry users in Lund, the Harbour Trust, a local group, found strong support for the levy.',
      'strong support for the levy',
      'the Harbour Trust',
    ],
  ])('%s', (text, content, speaker) => {
    const q = report(text, content);
    expect(q.text).toBe(content);
    expect(q.speaker?.text).toBe(speaker);
    expect(q.evidence.rule).not.toBe('indirect-trailing');
  });

  it.each([
    ['The pier will close in May, the harbour master said on Tuesday.', 'the harbour master'],
    ['The pier will close in May, Jo Roe told reporters.', 'Jo Roe'],
    ['The pier will close in May, Jo Roe said in a statement.', 'Jo Roe'],
  ])('keeps a trailing attribution with a time, listener or occasion tail: %s', (text, speaker) => {
    const q = only(text);
    expect(q.text).toBe('The pier will close in May');
    expect(q.speaker?.text).toBe(speaker);
    expect(q.evidence.rule).toBe('indirect-trailing');
  });
});

describe('2 December afternoon round: subjects and listeners of known cues', () => {
  it('takes an object pronoun alone as the listener of a trailing cue', () => {
    const q = only('The ferry was free and would soon be coming home, the mayor told her.');
    expect(q.text).toBe('The ferry was free and would soon be coming home');
    expect(q.speaker?.text).toBe('the mayor');
  });

  it('keeps an adjunct fronted in the reported clause before its subject pronoun', () => {
    const q = only('One ferry captain, Jo Roe, says despite being from Lund, she plans to back Holm.');
    expect(q.text).toBe('despite being from Lund, she plans to back Holm');
    expect(q.speaker?.text).toBe('Jo Roe');
  });

  it('reports nothing for an adjunct alone after the cue', () => {
    expect(extractQuotes('Jo Roe spoke despite the storm at the pier.')).toEqual([]);
  });

  it('joins two plain nouns with "and" in a trailing subject', () => {
    const q = only('The pier is unsafe, teachers and union officials told the Courier.');
    expect(q.text).toBe('The pier is unsafe');
    expect(q.speaker?.text).toBe('teachers and union officials');
  });

  it('finds the subject of a coordinated cue past an opening participle clause', () => {
    const q = report(
      'Walking to the pier, Jo Roe reminisced about her days as a captain, and said their views were changed by the war.',
      'views',
    );
    expect(q.text).toBe('their views were changed by the war');
    expect(q.speaker?.text).toBe('Jo Roe');
  });
});

describe('2 December afternoon round: a subject past a quoted title or an opening time phrase', () => {
  it.each([
    [
      'Jo Roe, host of the Courier’s “Harbour Talk,” suggested the levy could sink the pier.',
      'the levy could sink the pier',
    ],
    [
      "Jo Roe, a strategist for a pro-Roe ''super PAC,'' argued that the levy would fail.",
      'that the levy would fail',
    ],
  ])('an appositive closed by a quoted title holding its comma: %s', (text, content) => {
    const q = only(text);
    expect(q.text).toBe(content);
    expect(q.type).toBe('indirect');
    expect(q.speaker?.text).toBe('Jo Roe');
  });

  it('takes no subject through a quoted title without a comma', () => {
    const quotes = extractQuotes('Fans of “Harbour Talk” argued that the levy would fail.');
    expect(quotes.map((q) => q.speaker?.text)).not.toContain('Jo Roe');
    expect(quotes.map((q) => q.speaker?.text)).not.toContain('Harbour Talk');
  });

  it('finds a coordinated cue’s subject past an opening time phrase', () => {
    const q = report(
      'Last year, he played down the remarks as "part of the campaign" and reportedly argued that attacking the mayor would help him.',
      'attacking',
    );
    expect(q.text).toBe('that attacking the mayor would help him');
    expect(q.speaker?.text).toBe('he');
  });
});

describe('2 December afternoon round: trailing cues before a quote and past forms before "that"', () => {
  it('reports the clause before "X said, adding, “…”" for the quote’s speaker', () => {
    const quotes = extractQuotes(
      'The pier will close next week, Jo Roe, the harbour master, said Monday, adding, "They need to sit down and talk."',
    );
    expect(quotes.map((q) => [q.type, q.text, q.speaker?.text])).toEqual([
      ['indirect', 'The pier will close next week', 'Jo Roe'],
      ['direct', '"They need to sit down and talk."', 'Jo Roe'],
    ]);
  });

  it.each([
    ['The board eventually learned that the pier had been closed.', 'The board'],
    ['The divers found that the pier had been closed.', 'The divers'],
  ])('a past noun-or-verb form before "that" is the verb: %s', (text, speaker) => {
    const q = only(text);
    expect(q.text).toBe('that the pier had been closed');
    expect(q.speaker?.text).toBe(speaker);
  });

  it('keeps a noun ending in -ly as the subject and a noun after a determiner as no cue', () => {
    expect(only('The family said that the pier had been closed.').speaker?.text).toBe('The family');
    expect(extractQuotes('The reported deal closed the pier.')).toEqual([]);
  });
});

describe('2 December afternoon round: "at least" opens a count, not an adjunct', () => {
  it('reports a clause opening with "at least" after the cue', () => {
    const q = only('Jo Roe said at least six ferries sank in the storm.');
    expect(q.text).toBe('at least six ferries sank in the storm');
    expect(q.speaker?.text).toBe('Jo Roe');
  });

  it('still takes "at" + place after a speech event as no content', () => {
    expect(extractQuotes('Jo Roe spoke at the pier on Monday.')).toEqual([]);
  });
});

describe('2 December afternoon round: a second verb of the same subject after a list', () => {
  it('starts a new report at ", suggested that" for the same speaker', () => {
    const quotes = extractQuotes(
      'He pledged to close the pier and cast doubt on the levy, suggested that the council would fold.',
    );
    expect(quotes.map((q) => [q.text, q.speaker?.text, q.evidence.cue])).toEqual([
      ['to close the pier and cast doubt on the levy', 'He', 'pledged'],
      ['that the council would fold', 'He', 'suggested'],
    ]);
  });

  it('leaves an inverted trailing cue after a comma alone', () => {
    const q = only('The pier is unsafe, said Jo Roe.');
    expect(q.text).toBe('The pier is unsafe');
    expect(q.speaker?.text).toBe('Jo Roe');
  });
});

describe('2 December afternoon round: a report inside a relative clause', () => {
  it.each([
    [
      'The council backed a levy that the mayor said would ruin the pier.',
      'would ruin the pier',
      'the mayor',
    ],
    ['He focused on what he said were the failures of the board.', 'were the failures of the board', 'he'],
  ])('%s', (text, content, speaker) => {
    const q = extractQuotes(text).find((x) => x.evidence.rule === 'relative-report');
    expect(q?.text).toBe(content);
    expect(q?.speaker?.text).toBe(speaker);
    if (!q) return;
    expect(q.confidence).toBeLessThan(0.5);
  });

  it('takes no relative report after a complementiser "that" or before an object', () => {
    for (const text of [
      'Jo Roe said that the mayor believes the pier was a mistake.',
      'It is the plan that she said she liked.',
    ])
      expect(extractQuotes(text).map((q) => q.evidence.rule)).not.toContain('relative-report');
  });
});

describe('2 December afternoon round: a reported clause before a colon and a quote with its own attribution', () => {
  it('reports the clause before the colon and keeps the quote', () => {
    const quotes = extractQuotes(
      'Jo Roe argued that the pier was unsafe: “It could fall any day,” she said.',
    );
    expect(quotes.map((q) => [q.type, q.text, q.speaker?.text])).toEqual([
      ['direct', '“It could fall any day,”', 'Jo Roe'],
      ['indirect', 'that the pier was unsafe', 'Jo Roe'],
    ]);
  });

  it('leaves a colon introduction with no attribution after the quote to the quote alone', () => {
    const quotes = extractQuotes('Jo Roe put it this way: “It could fall any day.”');
    expect(quotes.map((q) => q.type)).toEqual(['direct']);
  });
});

describe('2 December afternoon round: "X was first reported by Y."', () => {
  it('reports the subject for the agent, past a closing time phrase', () => {
    const q = only('News of the harbour board’s move was first reported by the Lund Courier on Monday.');
    expect(q.text).toBe('News of the harbour board’s move');
    expect(q.speaker?.text).toBe('the Lund Courier');
    expect(q.type).toBe('indirect');
  });

  it('takes no report from a passive of a verb not of reporting', () => {
    expect(extractQuotes('The pier was closed by the harbour board.')).toEqual([]);
  });
});

describe('2 December afternoon round: a connective adverb opening the sentence is no part of the subject', () => {
  it('takes "the council" from "Now the council says …"', () => {
    const q = only('Now the council says that its divers can make a stronger case.');
    expect(q.text).toBe('that its divers can make a stronger case');
    expect(q.speaker?.text).toBe('the council');
  });

  it('keeps a one-word subject after the adverb', () => {
    const q = only('Then Roe said that the divers can make a stronger case.');
    expect(q.speaker?.text).toBe('Roe');
  });
});

describe('2 December afternoon round 2: false positives', () => {
  it.each(['The full timetable can be found here.', 'Ola Brun responded first.', 'Jo Roe was accused of.'])(
    'reports no content that is only an adverb or a stranded preposition: %s',
    (text) => {
      expect(extractQuotes(text)).toEqual([]);
    },
  );

  it('keeps a reporting verb with a clause', () => {
    const q = only('Ola Brun responded that the pier was unsafe.');
    expect(q.text).toBe('that the pier was unsafe');
    expect(q.speaker?.text).toBe('Ola Brun');
    expect(q.evidence.rule).toBe('indirect-cue');
  });

  it.each([
    'The leader we know, the one who built the pier, is gone.',
    'Under the Roe plan, the ferry will sail in May.',
  ])('reports no stance cue closed by a comma: %s', (text) => {
    expect(extractQuotes(text)).toEqual([]);
  });

  it('keeps a stance cue whose clause follows an aside', () => {
    const q = only('Jo Roe knew, then, that the pier was unsafe.');
    expect(q.text).toContain('that the pier was unsafe');
    expect(q.speaker?.text).toBe('Jo Roe');
    expect(q.evidence.rule).toBe('stance-cue');
  });

  it.each([
    ['Jo Roe announced her resignation.', 'her resignation', 'indirect-cue'],
    ['The Lund plan to rebuild the pier was dropped.', 'to rebuild the pier', 'stance-cue'],
  ])('sends a two-word content or a stance noun after a determiner to review: %s', (text, part, rule) => {
    const q = report(text, part);
    expect(q.evidence.rule).toBe(rule);
    expect(q.confidence).toBeLessThan(0.5);
  });

  it.each([
    ['Jo Roe announced that the ferry would sail in May.', 'that the ferry would sail in May'],
    ['Jo Roe voiced her support for the pier.', 'her support for the pier'],
  ])('leaves a longer reported content public: %s', (text, content) => {
    const q = only(text);
    expect(q.text).toBe(content);
    expect(q.speaker?.text).toBe('Jo Roe');
    expect(q.confidence).toBeGreaterThanOrEqual(0.5);
  });
});

describe('2 December afternoon round 2: poll frames and subhead labels', () => {
  it('reports no poll frame whose poll phrase runs on past the poll noun', () => {
    expect(extractQuotes('Jo Roe has a narrow lead in the polls over Ola Brun.')).toEqual([]);
  });

  it('keeps a poll frame closed by its poll noun', () => {
    const q = only('Jo Roe has a narrow lead in the latest harbour polls.');
    expect(q.text).toBe('Jo Roe has a narrow lead');
    expect(q.speaker?.text).toBe('the latest harbour polls');
    expect(q.evidence.rule).toBe('poll-frame');
  });

  it('reports no short subhead below the headline as a label', () => {
    expect(
      extractQuotes('What each rival needs\n\nRoe: Win in a walk.\n\nJo Roe has led the race for months.'),
    ).toEqual([]);
  });

  it('keeps a label whose words are a statement', () => {
    const q = only(
      'What each rival needs\n\nRoe: The ferry will sail in May, whatever the board decides.\n\nJo Roe has led the race for months.',
    );
    expect(q.text).toBe('The ferry will sail in May, whatever the board decides');
    expect(q.speaker?.text).toBe('Roe');
    expect(q.evidence.rule).toBe('label');
  });
});

describe('2 December afternoon round 2: a stance whose speaker phrase is no subject goes to review', () => {
  it('sends a stance whose speaker phrase holds an auxiliary to review', () => {
    const q = report('Jo Roe may have her own board to blame for the delay.', 'the delay');
    expect(q.evidence.rule).toBe('stance-cue');
    expect(q.confidence).toBeLessThan(0.5);
  });

  it('leaves a stance with a plain subject public', () => {
    const q = only('Ola Brun criticized the pier.');
    expect(q.text).toBe('the pier');
    expect(q.speaker?.text).toBe('Ola Brun');
    expect(q.confidence).toBeGreaterThanOrEqual(0.5);
  });
});

describe('2 December afternoon round 2: a trailing cue whose inverted speaker is its object', () => {
  it.each([
    'Jo Roe, a harbour pilot who has refused to back the toll, said the ferry deserved better.',
    'Ola Brun, the former harbour master, wrote a host of new songs for the festival.',
  ])('reports no name and apposition as the words of what follows the cue: %s', (text) => {
    expect(extractQuotes(text).filter((q) => q.evidence.rule === 'indirect-trailing')).toEqual([]);
  });

  it.each([
    ['The ferry will be late again, said several observers.', 'several observers'],
    ['The ferry will be late again, said a spokesman for the harbour.', 'a spokesman for the harbour'],
  ])('keeps an inverted speaker with a person-like head: %s', (text, speaker) => {
    const q = only(text);
    expect(q.text).toBe('The ferry will be late again');
    expect(q.speaker?.text).toBe(speaker);
    expect(q.evidence.rule).toBe('indirect-trailing');
  });
});

describe('2 December afternoon round 2: a trailing noun cue after a possessive', () => {
  it('reads no trailing report for a possessive noun closing the sentence', () => {
    const quotes = extractQuotes('Jo Roe, the mother of a harbour pilot, rejected Ola Brun’s claim.');
    // the verb before it may report its object, but "claim" is no cue closing the sentence
    expect(quotes.some((q) => q.evidence.rule === 'indirect-trailing' || q.evidence.cue === 'claim')).toBe(
      false,
    );
  });

  it('keeps a possessive speaker before a trailing verb', () => {
    const q = only('The ferry will be late again, Ola Brun’s aide said.');
    expect(q.text).toBe('The ferry will be late again');
    expect(q.speaker?.text).toBe('Ola Brun’s aide');
    expect(q.evidence.rule).toBe('indirect-trailing');
  });
});

describe('2 December afternoon round 2: a cue, a comma and a participle', () => {
  it.each(['Jo Roe answered, pointing at the pier.', 'The crowd was singing, chanting and waving flags.'])(
    'reports no participle after the comma as what was said: %s',
    (text) => {
      expect(extractQuotes(text)).toEqual([]);
    },
  );

  it('keeps a clause after an aside that opens with a participle', () => {
    const q = only('Jo Roe said, citing the harbour figures, that the pier was safe.');
    expect(q.text).toBe('that the pier was safe');
    expect(q.speaker?.text).toBe('Jo Roe');
    expect(q.evidence.rule).toBe('indirect-cue');
  });
});

describe('2 December afternoon round: verb classes', () => {
  it.each([
    // disagreement and refutation (reporting cues)
    ['Jo Roe disagreed that the pier was unsafe.', 'that the pier was unsafe', 'Jo Roe', 'indirect-cue'],
    [
      'Ola Brun rebutted the claim that the ferry was late.',
      'that the ferry was late',
      'Ola Brun',
      'indirect-cue',
    ],
    // confession
    ['Jo Roe confessed that she had never sailed.', 'that she had never sailed', 'Jo Roe', 'indirect-cue'],
    // conjecture and foresight
    [
      'Jo Roe foresees a long winter for the ferry crews.',
      'a long winter for the ferry crews',
      'Jo Roe',
      'stance-cue',
    ],
    [
      'Lund officials anticipate that the pier will reopen in May.',
      'that the pier will reopen in May',
      'Lund officials',
      'stance-cue',
    ],
    // advocacy
    [
      'Ola Brun advocates a harbour levy to pay for the pier.',
      'a harbour levy to pay for the pier',
      'Ola Brun',
      'stance-cue',
    ],
    ['Jo Roe upheld the ban on night fishing.', 'the ban on night fishing', 'Jo Roe', 'stance-cue'],
    // lecturing and preaching
    ['Jo Roe preached patience to the ferry crews.', 'patience to the ferry crews', 'Jo Roe', 'stance-cue'],
    // repudiation
    [
      'Ola Brun disavowed the remarks about the ferry crews.',
      'the remarks about the ferry crews',
      'Ola Brun',
      'stance-cue',
    ],
    ['Jo Roe repudiated the harbour plan.', 'the harbour plan', 'Jo Roe', 'stance-cue'],
    // restating
    ['Ola Brun restated that the pier would close.', 'that the pier would close', 'Ola Brun', 'indirect-cue'],
    // deploring
    ['Jo Roe deplores the delays at the pier.', 'the delays at the pier', 'Jo Roe', 'stance-cue'],
    // desire
    ['Ola Brun craves a quieter harbour.', 'a quieter harbour', 'Ola Brun', 'stance-cue'],
  ])('%s', (text, content, speaker, rule) => {
    const q = only(text);
    expect(q.type).toBe('indirect');
    expect(q.text).toBe(content);
    expect(q.speaker?.text).toBe(speaker);
    expect(q.evidence.rule).toBe(rule);
  });

  it.each([
    'The differences between the two piers are small.',
    'A lecture on the pier was held in Lund.',
    'Jo Roe gave a lecture on the pier.',
    'The desire for a new pier is strong.',
    'The pier was built without consent from the council.',
    'A recap of the meeting was posted in Lund.',
  ])('takes no report from a noun of the class: %s', (text) => {
    expect(extractQuotes(text)).toEqual([]);
  });

  it.each([
    ['Jo Roe belittled the plan as a “pier to nowhere.”', 'the plan as a “pier to nowhere.”', 'Jo Roe'],
    ['Ola Brun savaged the council for its “lazy” budget.', 'the council for its “lazy” budget', 'Ola Brun'],
  ])('takes quoted words after a judgement verb: %s', (text, content, speaker) => {
    const q = only(text);
    expect(q.type).toBe('mixed');
    expect(q.text).toBe(content);
    expect(q.speaker?.text).toBe(speaker);
  });

  it('takes no unquoted report after a judgement verb', () => {
    expect(extractQuotes('Jo Roe belittled the harbour plan.')).toEqual([]);
    expect(extractQuotes('The smear was denied by the council.')).toEqual([]);
  });

  it('still leaves the praise and blame verbs to quoted words only', () => {
    expect(extractQuotes('Jo Roe credited the divers with saving the pier.')).toEqual([]);
  });
});

describe('2 December afternoon round 2: reports the engine knew but missed', () => {
  it('ends a trailing listener at a group or audience noun after plain modifiers', () => {
    const q = only('The plan includes a new ferry for the island, Jo Roe told a council panel on Wednesday.');
    expect(q.type).toBe('indirect');
    expect(q.text).toBe('The plan includes a new ferry for the island');
    expect(q.speaker?.text).toBe('Jo Roe');
  });

  it('takes no listener from a plain object after a trailing "told"', () => {
    const quotes = extractQuotes('The pier was old, Jo Roe told a long story.');
    expect(quotes.map((q) => q.speaker?.text)).not.toContain('Jo Roe');
  });

  it('reads no cue in a noun after a possessive and an adverb-like modifier', () => {
    const quotes = extractQuotes(
      'Asked about his earlier remarks, Jo Roe said that the pier had always been safe.',
    );
    expect(quotes.map((q) => q.evidence.cue)).not.toContain('remarks');
    const q = report(
      'Asked about his earlier remarks, Jo Roe said that the pier had always been safe.',
      'pier',
    );
    expect(q.text).toBe('that the pier had always been safe');
    expect(q.speaker?.text).toBe('Jo Roe');
  });

  it('reads a reporting participle after a dash for the clause subject', () => {
    const q = only('Jo Roe changed sides on the spot — saying he was now rooting for the ferry.');
    expect(q.text).toBe('he was now rooting for the ferry');
    expect(q.speaker?.text).toBe('Jo Roe');
    expect(q.evidence.cue).toBe('saying');
  });

  it('reads no participle after a dash that is not of reporting', () => {
    expect(extractQuotes('Jo Roe changed sides on the spot — rooting for the ferry instead.')).toEqual([]);
  });
});

describe('2 December afternoon round 2: a noun-or-verb cue as an infinitive with a that-clause', () => {
  it('reads "to point out that" and "to note that" as the cue', () => {
    const a = only('Jo Roe was quick to point out that not all ferry users agreed.');
    expect(a.text).toBe('that not all ferry users agreed');
    expect(a.speaker?.text).toBe('Jo Roe');
    const b = only('Jo Roe is correct to note that the pier was built in a hurry.');
    expect(b.text).toBe('that the pier was built in a hurry');
    expect(b.speaker?.text).toBe('Jo Roe');
  });

  it('reads no cue in the noun after "to" without a that-clause', () => {
    expect(extractQuotes('Jo Roe walked to the point of the pier.')).toEqual([]);
  });
});

describe('2 December afternoon round 2: a time phrase between a stance cue and its that-clause', () => {
  it('skips "at the time" and a time phrase between commas', () => {
    const a = only('The divers did not know at the time that the pier would close.');
    expect(a.text).toBe('that the pier would close');
    expect(a.speaker?.text).toBe('The divers');
    const b = only('The rivals had decided, after so many months, that there was no point in fighting.');
    expect(b.text).toBe('that there was no point in fighting');
    expect(b.speaker?.text).toBe('The rivals');
  });

  it('keeps a prepositional object with no time word as the content', () => {
    const q = only('The rivals decided on a plan that would close the pier.');
    expect(q.text).toBe('on a plan that would close the pier');
  });
});

describe('2 December afternoon round 2: a relative clause after a trailing source', () => {
  it('reads an inverted source with a relative clause as a trailing attribution', () => {
    const q = only('The pier is old, said officials who spoke on condition of anonymity.');
    expect(q.type).toBe('indirect');
    expect(q.text).toBe('The pier is old');
    expect(q.speaker?.text).toBe('officials');
    expect(q.evidence.rule).toBe('indirect-trailing');
  });

  it('takes a relative clause after the source’s comma as no part of the content', () => {
    const q = only('The pier is old, said Jo Roe, who runs the ferry.');
    expect(q.text).toBe('The pier is old');
    expect(q.speaker?.text).toBe('Jo Roe');
  });

  it('keeps a parenthetical attribution with a clause after it', () => {
    const q = only('The pier, said Jo Roe, was built in a hurry.');
    expect(q.evidence.rule).toBe('indirect-parenthetical');
  });
});

describe('2 December afternoon round 2: a noun-or-verb form in a trailing attribution’s frame', () => {
  it('reads "response" after a determiner as a noun of the frame', () => {
    const q = only('The pier is old, Jo Roe wrote in an email response to questions.');
    expect(q.type).toBe('indirect');
    expect(q.text).toBe('The pier is old');
    expect(q.speaker?.text).toBe('Jo Roe');
    expect(q.evidence.rule).toBe('indirect-trailing');
  });

  it('still takes no trailing attribution when a verb of its own follows', () => {
    const quotes = extractQuotes('The pier is old, Jo Roe wrote before officials claimed it.');
    expect(quotes.map((q) => q.evidence.rule)).not.toContain('indirect-trailing');
  });
});

describe('2 December afternoon round 2: a report in a relative clause ends at the clause’s closing comma', () => {
  it('ends before the head’s own finite verb', () => {
    const q = only('Jo Roe, who said last week that the pier was unsafe, issued a statement on Tuesday.');
    expect(q.text).toBe('that the pier was unsafe');
    expect(q.source?.name).toBe('Jo Roe');
  });

  it('keeps a comma inside the reported clause when no finite verb follows it', () => {
    const q = only('Jo Roe, who said last week that the pier, a relic, was unsafe, left.');
    expect(q.text).toContain('a relic');
  });
});

describe('2 December afternoon round 2: a verb after an opening name’s appositive is no inverted trailing cue', () => {
  it('reads "Name, appositive, wrote X" as the name’s report of its object', () => {
    const q = only('Jo Roe, a law professor in Lund, wrote an assessment of the pier cases.');
    expect(q.text).toBe('an assessment of the pier cases');
    expect(q.speaker?.text).toBe('Jo Roe');
    expect(q.evidence.rule).not.toBe('indirect-trailing');
  });

  it('keeps an inverted trailing source after a clause', () => {
    const q = only('The pier, a relic, is old, said Jo Roe.');
    expect(q.text).toBe('The pier, a relic, is old');
    expect(q.speaker?.text).toBe('Jo Roe');
  });
});

describe('2 December afternoon round 2: a stance cue right before a dash', () => {
  it('takes nothing after the dash as the content of a cue whose object comes before it', () => {
    const quotes = extractQuotes(
      'Her turn against the ferry plan — a deal she once supported — makes sense within her strategy.',
    );
    expect(quotes.map((q) => q.text)).not.toContain('makes sense within her strategy');
  });

  it('keeps the object of the same cue without a dash', () => {
    const q = only('Jo Roe once supported the ferry plan.');
    expect(q.text).toBe('the ferry plan');
    expect(q.speaker?.text).toBe('Jo Roe');
  });
});

describe('2 December afternoon round 3: false positives', () => {
  it('reports nothing for a cue verb and the particle "up", another verb', () => {
    expect(extractQuotes('Hundreds of fishermen showed up at the pier on Sunday.')).toHaveLength(0);
    expect(extractQuotes('The repair costs add up to more than the council had planned.')).toHaveLength(0);
    expect(extractQuotes('Jo Roe backed up her pledge with money.')).toHaveLength(0);
  });

  it('keeps "sum up" and the cue without the particle', () => {
    const summed = only('Jo Roe summed up the mood of the harbour.');
    expect(summed.text).toBe('the mood of the harbour');
    expect(summed.speaker?.text).toBe('Jo Roe');
    const backed = only('Jo Roe backed the pier plan.');
    expect(backed.text).toBe('the pier plan');
    expect(backed.speaker?.text).toBe('Jo Roe');
  });
});

describe('2 December afternoon round 3: an invitation is no stated position', () => {
  it('reports nothing for an invitation without quote marks', () => {
    expect(extractQuotes('Jo Roe invited Tom Brun to the pier on Sunday.')).toHaveLength(0);
  });

  it('keeps an urging, a stated position', () => {
    const q = only('Jo Roe urged Tom Brun to visit the pier.');
    expect(q.text).toBe('to visit the pier');
    expect(q.speaker?.text).toBe('Jo Roe');
    expect(q.type).toBe('indirect');
  });

  it('keeps a quoted fragment after a cue and its particle', () => {
    const q = only('Jo Roe played up the delay as “a small hiccup”.');
    expect(q.type).toBe('mixed');
    expect(q.text).toContain('a small hiccup');
    expect(q.speaker?.text).toBe('Jo Roe');
  });
});

describe('2 December afternoon round 3: a stance cue followed by "on" states no position', () => {
  it('reports nothing for a verb and its topic or place after "on"', () => {
    expect(
      extractQuotes('Jo Roe traveled abroad and lectured on fishing rights at the Lund Parliament.'),
    ).toHaveLength(0);
  });

  it('keeps the same cue with its object', () => {
    const q = only('Jo Roe attacked the harbour board.');
    expect(q.text).toBe('the harbour board');
    expect(q.speaker?.text).toBe('Jo Roe');
  });
});

describe('2 December afternoon round 3: a cue verb and the particle "off"', () => {
  it('reports nothing for a retreat or a cancellation', () => {
    expect(extractQuotes('The harbour board backed off, replacing the levy with a subsidy.')).toHaveLength(0);
    expect(extractQuotes('The Lund Ferry Company called off a merger with the pier trust.')).toHaveLength(0);
  });

  it('keeps the same cue without the particle', () => {
    const q = only('The harbour board backed the levy.');
    expect(q.text).toBe('the levy');
    expect(q.speaker?.text).toBe('The harbour board');
  });
});

describe('2 December afternoon round: stance reports missed', () => {
  it('reads a present stance verb after a manner adverb as the subject’s stance', () => {
    const q = only('Farmers overwhelmingly support the new levy.');
    expect(q.text).toBe('the new levy');
    expect(q.type).toBe('indirect');
    expect(q.speaker?.text).toBe('Farmers');
  });

  it('takes a named subject before "strongly backs"', () => {
    const q = only('Jo Roe strongly backs the ferry plan.');
    expect(q.text).toBe('the ferry plan');
    expect(q.speaker?.text).toBe('Jo Roe');
  });

  it('reads no verb after a -ly adjective or a noun phrase', () => {
    expect(extractQuotes('It was likely support for the pier.')).toHaveLength(0);
    expect(extractQuotes('The nearly finished plan drew support.')).toHaveLength(0);
    expect(extractQuotes('The family support was clear.')).toHaveLength(0);
  });

  it('ends a relative clause’s object at the comma where the main verb resumes', () => {
    const quotes = extractQuotes(
      'Older captains, who strongly support Jo Roe, have also seen their fees rise.',
    );
    const q = quotes.find((x) => x.evidence.cue === 'support');
    expect(q?.text).toBe('Jo Roe');
    expect(quotes.map((x) => x.text)).not.toContain('Jo Roe, have also seen their fees rise');
  });

  it('keeps an object past a parenthesis that opens with a comma', () => {
    const q = only('Jo Roe backed Ann Lund and, in May, has backed Tom Poe.');
    expect(q.text).toContain('Ann Lund and');
  });
});

describe('2 December afternoon round: stance reports missed, relative that', () => {
  it('gives the stance of a relative "that" clause to the noun before it', () => {
    const q = only('The union, a group that endorsed Jo Roe in May, launched a campaign.');
    expect(q.evidence.cue).toBe('endorsed');
    expect(q.text).toContain('Jo Roe in May');
    expect(q.speaker?.text).toBe('a group');
  });

  it('reads no stance after a complementiser "that" or in a bare form', () => {
    const quotes = extractQuotes('Roe said that plans for the pier were dropped.');
    expect(quotes.map((q) => q.evidence.cue)).toEqual(['said']);
    expect(extractQuotes('Lund planks that support the levy were read out.')).toHaveLength(0);
  });
});

describe('2 December afternoon round: stance reports missed, relative clause between commas', () => {
  it('ends the object of a stance verb in a "who" clause at the clause’s closing comma', () => {
    const quotes = extractQuotes('Jo Roe, who has long backed the levy in Lund, lost on Monday.');
    const q = quotes.find((x) => x.evidence.cue === 'backed');
    expect(q?.text).toBe('the levy in Lund');
    expect(q?.source?.name).toBe('Jo Roe');
  });

  it('keeps an object past its commas without a relative clause', () => {
    const q = only('Jo Roe backed levies, piers and ferries in Lund.');
    expect(q.text).toBe('levies, piers and ferries in Lund');
  });
});

describe('2 December afternoon round: speech nouns', () => {
  it('reads "the warning by Name that …" as the owner’s report', () => {
    const q = report('The warning by Jo Roe that the pier was unsafe went unheeded.', 'the pier was unsafe');
    expect(q.text.startsWith('that the pier was unsafe')).toBe(true);
    expect(q.speaker?.text).toBe('Jo Roe');
    expect(q.evidence.rule).toBe('speech-noun');
  });

  it('reads "a statement from the council that …" as the council’s report', () => {
    const q = report(
      'A statement from the Lund council that the pier would close came late.',
      'the pier would close',
    );
    expect(q.text.startsWith('that the pier would close')).toBe(true);
    expect(q.speaker?.text).toBe('the Lund council');
  });

  it('reads a speech noun as the object of a verb of uttering as the subject’s report', () => {
    const q = report('Jo Roe issued a warning that the pier was unsafe.', 'the pier was unsafe');
    expect(q.text).toBe('that the pier was unsafe');
    expect(q.speaker?.text).toBe('Jo Roe');
    expect(q.evidence.rule).toBe('speech-noun');
  });

  it('reads "expressed hope that …" as the subject’s stance', () => {
    const q = report('The mayor expressed hope that the pier would reopen in May.', 'the pier would reopen');
    expect(q.text).toBe('that the pier would reopen in May');
    expect(q.speaker?.text).toBe('The mayor');
  });

  it('takes no owner from a time phrase after "from"', () => {
    const quotes = extractQuotes('The claim from last week that the pier was unsafe is wrong.');
    expect(quotes.filter((q) => q.evidence.rule === 'speech-noun')).toHaveLength(0);
  });

  it('takes no report from a noun that states nothing ("a letter from Jo Roe that …")', () => {
    const quotes = extractQuotes('A letter from Jo Roe that arrived on Monday was lost.');
    expect(quotes).toHaveLength(0);
  });

  it('takes no report from a verb of uttering whose object is no speech noun', () => {
    const quotes = extractQuotes('Jo Roe issued a permit that the pier board later revoked.');
    expect(quotes).toHaveLength(0);
  });
});

describe('2 December afternoon round: speech nouns with a described owner', () => {
  it('reads "the council’s claim that …" as the council’s report', () => {
    const q = report(
      'The council’s claim that the pier was unsafe angered residents.',
      'the pier was unsafe',
    );
    expect(q.text.startsWith('that the pier was unsafe')).toBe(true);
    expect(q.speaker?.text).toBe('The council');
    expect(q.evidence.rule).toBe('speech-noun');
  });

  it('keeps a name before the described owner', () => {
    const q = report('The Lund council’s warning that the pier was unsafe came late.', 'the pier was unsafe');
    expect(q.speaker?.text).toBe('The Lund council');
  });

  it('takes no report after a described owner of a noun that states nothing', () => {
    expect(extractQuotes('The pier’s long history that the council kept hidden was grim.')).toHaveLength(0);
  });
});

describe('2 December afternoon round: speech nouns of admission and judgement', () => {
  it('reads "Name’s confession that …" as the owner’s report', () => {
    const q = report(
      'Jo Roe’s confession that she had misled the board came late.',
      'she had misled the board',
    );
    expect(q.text.startsWith('that she had misled the board')).toBe(true);
    expect(q.speaker?.text).toBe('Jo Roe');
    expect(q.evidence.rule).toBe('speech-noun');
  });

  it('takes no report from an ownerless "the opinion that …"', () => {
    const quotes = extractQuotes('The opinion that the pier was unsafe spread in Lund.');
    expect(quotes.filter((q) => q.evidence.rule === 'speech-noun')).toHaveLength(0);
  });
});

describe('2 December afternoon round: a modifier before a speech noun after a verb of uttering', () => {
  it('reads "issued a stark warning that …" as the subject’s report', () => {
    const q = report('Jo Roe issued a stark warning that the pier was unsafe.', 'the pier was unsafe');
    expect(q.text).toBe('that the pier was unsafe');
    expect(q.speaker?.text).toBe('Jo Roe');
    expect(q.evidence.rule).toBe('speech-noun');
  });

  it('takes no report when two modifiers stand between the verb and the noun', () => {
    const quotes = extractQuotes('Jo Roe issued a stark final warning that the pier was unsafe.');
    expect(quotes.filter((q) => q.evidence.rule === 'speech-noun')).toHaveLength(0);
  });
});

describe('3 December round: a report in a clause before a quote’s attribution', () => {
  it('reads the first clause of "Roe said …, but Poe said, “…”" as Roe’s report', () => {
    const text = 'Jo Roe said the pier would close, but Ann Poe said, “It will stay open.”';
    const q = report(text, 'the pier would close');
    expect(q.text).toBe('the pier would close');
    expect(q.speaker?.text).toBe('Jo Roe');
    const quoted = extractQuotes(text).find((x) => x.type === 'direct');
    expect(quoted?.speaker?.text).toBe('Ann Poe');
  });

  it('reads the clause before a relative clause holding a quote', () => {
    const q = report(
      'Jo Roe said inspectors walked the pier with the crews, whom she described as “careful,” all day.',
      'inspectors walked the pier',
    );
    expect(q.text).toBe('inspectors walked the pier with the crews');
    expect(q.speaker?.text).toBe('Jo Roe');
  });

  it('takes nothing new when the clause before the quote reports nothing', () => {
    const quotes = extractQuotes('The pier was closed all week, and Ann Poe said, “It will stay shut.”');
    expect(quotes).toHaveLength(1);
    expect(quotes[0].speaker?.text).toBe('Ann Poe');
  });
});

describe('3 December round: a sentence whose only trailing cue takes an object', () => {
  it('reads the leading cue when a later verb after a relative clause is no attribution', () => {
    const q = report('Jo Roe said her crew, which is small, wrote a dozen new safety rules.', 'her crew');
    expect(q.speaker?.text).toBe('Jo Roe');
    expect(q.evidence.cue).toBe('said');
  });

  it('keeps a report whose attribution is followed only by the terms of anonymity', () => {
    const q = report(
      'The harbour board was unable to find a single buyer, he said, on condition of anonymity.',
      'unable to find a single buyer',
    );
    expect(q.text).toBe('The harbour board was unable to find a single buyer');
    expect(q.text).not.toContain('anonymity');
  });
});

describe('3 December round: reports around a quote in other clauses', () => {
  it('reads an opening subordinate clause before a quote’s attribution', () => {
    const text = 'After Jo Roe said the pier would close, Ann Poe said, “It will stay open.”';
    const q = report(text, 'the pier would close');
    expect(q.text).toBe('the pier would close');
    expect(q.speaker?.text).toBe('Jo Roe');
  });

  it('reads a trailing attribution before a participle that introduces a quote', () => {
    const q = report(
      'The board intends to sell the pier this month, Jo Roe said, adding that she would hold a vote on the “ferry gap.”',
      'intends to sell the pier',
    );
    expect(q.text).toBe('The board intends to sell the pier this month');
    expect(q.speaker?.text).toBe('Jo Roe');
  });

  it('finds the subject before a dash interruption that holds a quote', () => {
    const q = report(
      'A spokesman for the harbour - a man known as “the fixer” - noted that the pier offers eight berths.',
      'the pier offers eight berths',
    );
    expect(q.text).toBe('that the pier offers eight berths');
    expect(q.speaker?.text).toBe('A spokesman for the harbour');
  });

  it('does not credit a quote to the speaker of an opening adverbial clause', () => {
    const text =
      'When Jo Roe suggested that Lund would sue the board, Ann Poe fired back: “If they sue us, they lose.”';
    const quoted = extractQuotes(text).find((x) => x.type === 'direct');
    expect(quoted?.speaker?.text).toBe('Ann Poe');
    const q = report(text, 'Lund would sue the board');
    expect(q.speaker?.text).toBe('Jo Roe');
    expect(q.evidence.cue).toBe('suggested');
  });

  it('still credits a quote introduced inside the opening clause to its speaker', () => {
    const quoted = extractQuotes('When Jo Roe said, “We will sue,” Ann Poe laughed.').find(
      (x) => x.type === 'direct',
    );
    expect(quoted?.speaker?.text).toBe('Jo Roe');
  });
});

describe('3 December round: the main clause after an opening clause with a quote', () => {
  it('reads the main clause’s own that-clause as a second report', () => {
    const text =
      'While Jo Roe admitted that it would be “very hard” to win, her aides argued that she could still win.';
    const q = report(text, 'she could still win');
    expect(q.text).toBe('that she could still win');
    expect(q.speaker?.text).toBe('her aides');
    const mixed = extractQuotes(text).find((x) => x.type === 'mixed');
    expect(mixed?.speaker?.text).toBe('Jo Roe');
  });

  it('still takes a plain attribution after the clause as its own', () => {
    const quotes = extractQuotes('The board called the pier “a wreck,” Jo Roe said.');
    expect(quotes).toHaveLength(1);
  });
});

describe('3 December helper 1: a trailing “according to” after a comma inside the content', () => {
  it('reads the content when its own appositive comes before the attribution', () => {
    const q = report(
      'Thieves also reached the laptop of the club’s treasurer, Ann Poe, according to the harbour report.',
      'Thieves also reached',
    );
    expect(q.text).toBe('Thieves also reached the laptop of the club’s treasurer, Ann Poe');
    expect(q.speaker?.text).toBe('the harbour report');
    expect(q.evidence.cue).toBe('according to');
  });

  it('reads two joined clauses before the attribution', () => {
    const q = report(
      'The club built new piers in 30 towns, and it has trained 500 sailors in Lund, according to the club’s tally.',
      'built new piers',
    );
    expect(q.text).toBe('The club built new piers in 30 towns, and it has trained 500 sailors in Lund');
  });

  it('still reads a verb after an opening appositive as the sentence’s own', () => {
    const q = only('Jo Roe, a law professor in Lund, wrote an assessment of the pier.');
    expect(q.evidence.cue).toBe('wrote');
    expect(q.speaker?.text).toBe('Jo Roe');
  });
});

describe('3 December helper 1: a long frame after a trailing attribution', () => {
  it('reads a trailing attribution followed by a subordinate clause', () => {
    const q = only('The pier will close in May, Jo Roe said as she left the town hall in Lund on Friday.');
    expect(q.text).toBe('The pier will close in May');
    expect(q.speaker?.text).toBe('Jo Roe');
    expect(q.evidence.rule).toBe('indirect-trailing');
  });

  it('reads a listener and a subordinate clause after the cue', () => {
    const q = report(
      'This is not about the pier, Jo Roe told her closest aides as she worked on her last speech.',
      'not about the pier',
    );
    expect(q.text).toBe('This is not about the pier');
    expect(q.evidence.cue).toBe('told');
  });

  it('does not read a passive verb before a subordinate clause as an attribution', () => {
    const quotes = extractQuotes(
      'Here, far from the war, the sailors are not admitted until they are vetted for at least a year.',
    );
    expect(quotes.filter((x) => x.evidence.rule === 'indirect-trailing')).toHaveLength(0);
  });
});

describe('3 December helper 1: a participle of speaking between the subject and its cue', () => {
  it('reads the cue after a participle that names only the occasion', () => {
    const q = only('Jo Roe, speaking at a rally in Lund on Friday, said the pier would close.');
    expect(q.text).toBe('the pier would close');
    expect(q.speaker?.text).toBe('Jo Roe');
    expect(q.evidence.cue).toBe('said');
  });

  it('reads the cue after the terms of anonymity and their reason', () => {
    const q = only(
      'One former aide, speaking on condition of anonymity because of a contract, said the pier would close.',
    );
    expect(q.text).toBe('the pier would close');
    expect(q.speaker?.text).toBe('One former aide');
  });

  it('still reads a participle with a topic as the report', () => {
    const q = report('Jo Roe, speaking about the pier, said it would close.', 'the pier');
    expect(q.evidence.cue).toBe('speaking');
  });
});

describe('3 December helper 1: a frame between a light verb’s adjective and its clause', () => {
  it.each([
    ['Jo Roe made clear on Friday that the pier would close.', 'clear'],
    ['Jo Roe made it clear to the council on Friday that the pier would close.', 'clear'],
    ['Jo Roe made the case Friday night that the pier would close.', 'case'],
  ])('%s', (text, cue) => {
    const q = only(text);
    expect(q.text).toBe('that the pier would close');
    expect(q.speaker?.text).toBe('Jo Roe');
    expect(q.evidence.cue).toBe(cue);
  });

  it('does not read a relative that after a plain adjective', () => {
    expect(extractQuotes('The water was clear in the bay that the ferry crossed.')).toHaveLength(0);
  });
});

describe('3 December helper 1: a long frame between a cue and its that-clause', () => {
  it('reads the that-clause after a long frame that ends with a comma', () => {
    const q = only(
      'Jo Roe said Friday during a visit to the old ferry terminal at the harbour in Lund, Sweden, that the pier would close.',
    );
    expect(q.text).toBe('that the pier would close');
    expect(q.speaker?.text).toBe('Jo Roe');
  });

  it('does not take a far relative that without the comma', () => {
    const quotes = extractQuotes(
      'Jo Roe said Friday during a visit to the old ferry terminal at the harbour in Lund the boats that sail are old.',
    );
    expect(quotes.filter((x) => x.text.startsWith('that'))).toHaveLength(0);
  });
});

describe('3 December helper 1: a semicolon after a trailing attribution', () => {
  it('reads the clause before the attribution, not the clause after the semicolon', () => {
    const q = only(
      'The pier had some cracks in its deck, Jo Roe said; her crew found them during the long survey of the harbour.',
    );
    expect(q.text).toBe('The pier had some cracks in its deck');
    expect(q.evidence.rule).toBe('indirect-trailing');
  });

  it('still reads a cue that opens the sentence before a semicolon', () => {
    const q = report('Jo Roe said the pier had cracks; her crew found them in May.', 'the pier had cracks');
    expect(q.speaker?.text).toBe('Jo Roe');
  });
});

describe('3 December helper 1: a spaced hyphen after a trailing attribution', () => {
  it('reads the content before an attribution that a spaced hyphen closes', () => {
    const q = only(
      'Roe is lagging behind Poe by more than nine points, according to the polling average in Lund - despite winning the vote there in May.',
    );
    expect(q.text).toBe('Roe is lagging behind Poe by more than nine points');
    expect(q.evidence.cue).toBe('according to');
  });
});

describe('3 December helper 1: a participle and its agent in an “according to” source', () => {
  it('keeps the participle and agent in the source phrase', () => {
    const q = only(
      'Roe’s appeal was greatest among younger sailors, according to exit polls reported by Lund Radio and other stations.',
    );
    expect(q.text).toBe('Roe’s appeal was greatest among younger sailors');
    expect(q.speaker?.text).toBe('exit polls reported by Lund Radio');
  });

  it('still stops an inverted speaker before a reporting verb', () => {
    const q = only('The pier will close, said Jo Roe.');
    expect(q.speaker?.text).toBe('Jo Roe');
  });
});

describe('3 December helper 1: a trailing attribution far from the end, before a long frame', () => {
  it('reads the opening clause when a frame follows the cue', () => {
    const q = report(
      'A clear win is vital, Jo Roe said after meeting on Friday with the harbour board in Lund, because the board appears set to block the pier.',
      'A clear win',
    );
    expect(q.text).toBe('A clear win is vital');
    expect(q.speaker?.text).toBe('Jo Roe');
    expect(q.evidence.rule).toBe('indirect-trailing');
  });

  it('does not read an inverted cue with an object far from the end as a trailing attribution', () => {
    const quotes = extractQuotes(
      "The club's longtime leader in the town of Lund, Jo Roe, voiced support for the ferry plan on Wednesday, saying her rival would sink the pier.",
    );
    expect(quotes.filter((x) => x.evidence.rule === 'indirect-trailing')).toHaveLength(0);
  });
});

describe('3 December helper 1: a coordinated verb ends a bare object', () => {
  it('does not jump over a coordinated verb to a later that-clause', () => {
    const q = report(
      'The club denies any wrongdoing and points out that Roe signed the same deal.',
      'wrongdoing',
    );
    expect(q.text).toBe('any wrongdoing');
    expect(q.evidence.cue).toBe('denies');
  });

  it('reads the coordinated cue’s own clause', () => {
    const quotes = extractQuotes('Jo Roe denied the claim and added that the pier is safe.');
    expect(quotes.map((x) => x.text)).toEqual(['the claim', 'that the pier is safe']);
  });

  it('keeps a plural noun joined by and inside the content', () => {
    const q = report(
      'Jo Roe criticized the board, saying boat owners and fundraisers have donated to a fund, and that the pier is unsafe.',
      'boat owners',
    );
    expect(q.text).toBe('boat owners and fundraisers have donated to a fund, and that the pier is unsafe');
  });
});

describe('3 December helper 1: a relative clause on a parenthetical “according to” source', () => {
  it('reads both parts around an attribution whose source has a relative clause', () => {
    const q = only('The pier, according to members who spoke with reporters afterward, was never safe.');
    expect(q.segments.map((s) => s.text)).toEqual(['The pier', 'was never safe']);
    expect(q.evidence.cue).toBe('according to');
  });

  it('still leaves a relative clause after an inverted speaker out of the report', () => {
    const q = only('The pier will close, said Jo Roe, who runs the ferry.');
    expect(q.text).toBe('The pier will close');
  });
});

describe('3 December helper 1: a long relative clause on an inverted trailing speaker', () => {
  it('reads the report when the relative clause takes the sentence far past the attribution', () => {
    const q = only(
      'The fund for the new harbour is $9 million short, said former Lund mayor Ann Poe, who serves as chair of the Lund 2016 harbour host committee.',
    );
    expect(q.text).toBe('The fund for the new harbour is $9 million short');
    expect(q.speaker?.text).toBe('former Lund mayor Ann Poe');
  });
});

describe('3 December helper 1: a cue inside a passive judgement’s clause', () => {
  it('still reads a later cue after a passive judgement', () => {
    const text =
      'Lund has long been known for its old piers, going back to the days when the crew said the ferry would close.';
    const quotes = extractQuotes(text);
    expect(quotes.map((x) => x.evidence.rule)).toEqual(['passive', 'indirect-cue']);
    expect(quotes[1].text).toBe('the ferry would close');
    expect(quotes[1].speaker?.text).toBe('the crew');
  });

  it('reads nothing more in a passive judgement without a later cue', () => {
    expect(extractQuotes('The pier is widely expected to close in May.')).toHaveLength(1);
  });
});

describe('3 December helper 1: a cue after a speech event that reports nothing', () => {
  it('reads a cue inside the frame of a speech event', () => {
    const q = only('Jo Roe spoke at a rally in Lund where she said the pier would close.');
    expect(q.text).toBe('the pier would close');
    expect(q.evidence.cue).toBe('said');
  });

  it('reads nothing from a speech event alone', () => {
    expect(extractQuotes('Jo Roe spoke at a rally in Lund on Friday night.')).toHaveLength(0);
  });
});

describe('3 December helper 1: a refused report leaves its words to the cues after it', () => {
  it('reads a cue inside the object of a hypothetical stance', () => {
    const q = only('The club could back a plan that Jo Roe said would close the pier.');
    expect(q.text).toBe('would close the pier');
    expect(q.speaker?.text).toBe('Jo Roe');
  });

  it('still reports nothing for the hypothetical stance alone', () => {
    expect(extractQuotes('The club could back a plan to close the pier.')).toHaveLength(0);
  });
});

describe('3 December helper 1: a stance verb with an over-long object leaves its cues', () => {
  const text =
    'Jo Roe backed the long plan for the new harbour and the old pier and the ferry line and the bus depot and the fish market and the boat club and the beach huts and the town square and the sea wall and the old mill and the school where Ann Poe said the pier would close.';

  it('reads the cue inside the over-long object', () => {
    const q = only(text);
    expect(q.text).toBe('the pier would close');
    expect(q.speaker?.text).toBe('Ann Poe');
  });

  it('still takes no over-long object as content', () => {
    expect(extractQuotes(text).filter((x) => x.evidence.cue === 'backed')).toHaveLength(0);
  });
});

describe('3 December helper 1: a clause with its own cue after a trailing attribution', () => {
  it('reads the clause after the attribution’s comma as a report of its own', () => {
    const quotes = extractQuotes(
      'A clear win is vital, Jo Roe said after meeting on Friday with the harbour board in Lund, because she said the board was set to block the pier.',
    );
    expect(quotes.map((x) => x.text)).toEqual([
      'A clear win is vital',
      'the board was set to block the pier',
    ]);
  });

  it('reads nothing more in an appositive after the attribution', () => {
    expect(extractQuotes('The pier will close, Jo Roe said on Friday, a day after the vote.')).toHaveLength(
      1,
    );
  });
});

describe('3 December review: the new structural rules do not over-fire', () => {
  it('credits nothing to the object of a clause before a relative clause and an inverted speaker', () => {
    const quotes = extractQuotes(
      'The board fired Ann Poe, who called the plan “a ruin,” said Jo Roe, the chair.',
    );
    expect(quotes.some((q) => q.source?.name === 'Ann Poe')).toBe(false);
    expect(quotes.some((q) => q.text.startsWith('Jo Roe'))).toBe(false);
  });

  it('keeps verbs coordinated inside a reported clause in its content', () => {
    const q = report(
      'Jo Roe said the crew rests and eats at the pier, and that the ferry is late.',
      'the crew rests',
    );
    expect(q.text).toBe('the crew rests and eats at the pier, and that the ferry is late');
  });

  it('keeps an acronym title before a dash in the speaker', () => {
    const quoted = extractQuotes(
      'US President Jo Roe — a former mayor — left the hall, saying, “We are done.”',
    ).find((q) => q.type === 'direct');
    expect(quoted?.source?.name).toBe('Jo Roe');
  });

  it('reads no report from a relative clause after "made the case for …"', () => {
    expect(extractQuotes('Jo Roe made the case for a new pier that would cost less.')).toHaveLength(0);
    const q = report(
      'Jo Roe made it clear to the council on Friday that the pier would close.',
      'pier would close',
    );
    expect(q.speaker?.text).toBe('Jo Roe');
  });

  it('does not join a narrative clause after a far trailing attribution to the report', () => {
    const q = report(
      'The vote was close, Jo Roe said after the meeting, and then she left the hall with her aides.',
      'The vote was close',
    );
    expect(q.segments).toHaveLength(1);
    expect(q.text).toBe('The vote was close');
  });
});
