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
  it('reports nothing for a possessive noun closing the sentence', () => {
    expect(extractQuotes('Jo Roe, the mother of a harbour pilot, rejected Ola Brun’s claim.')).toEqual([]);
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
