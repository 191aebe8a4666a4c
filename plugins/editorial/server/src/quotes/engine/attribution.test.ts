/**
 * One test per error class of issue 15, on invented text: quote boundaries, cues that report
 * nothing, the closed class that never names a source, chains of mentions within an article,
 * and the confidence and evidence each quote carries.
 */
import { extractQuotes, type ExtractedQuote } from './index';

function only(text: string): ExtractedQuote {
  const quotes = extractQuotes(text);
  expect(quotes).toHaveLength(1);
  return quotes[0];
}

function containing(quotes: ExtractedQuote[], part: string): ExtractedQuote {
  const q = quotes.find((x) => x.text.includes(part));
  if (!q) throw new Error(`no quote contains “${part}”: ${JSON.stringify(quotes.map((x) => x.text))}`);
  return q;
}

/** The quote containing `part` is credited to the source `name` of this kind. */
function expectSource(quotes: ExtractedQuote[], part: string, name: string, kind: string) {
  expect(containing(quotes, part).source).toMatchObject({ name, kind });
}

describe('quote boundaries', () => {
  it('keeps the cue and its frame out of the content', () => {
    const q = only('Brun said in an interview published on Monday that “the tide has turned.”');
    expect(q.text).toBe('“the tide has turned.”');
    expect(q.cue?.text).toBe('said');
    expect(q.speaker?.text).toBe('Brun');
  });

  it('does not spill a pronoun object into the quote', () => {
    const q = only('Ola Brun, the harbour master, described them as “early signs of a thaw.”');
    expect(q.text).toBe('“early signs of a thaw.”');
    expect(q.source?.name).toBe('Ola Brun');
  });

  it('joins the quoted and unquoted parts of a mixed quote', () => {
    const q = only('The harbour master said the ferries were “running late but running” all week.');
    expect(q.type).toBe('mixed');
    expect(q.text).toBe('the ferries were “running late but running” all week');
  });

  it('starts the content after a time phrase that follows the cue', () => {
    const q = only('The port authority said Tuesday the cranes would be replaced.');
    expect(q.type).toBe('indirect');
    expect(q.text).toBe('the cranes would be replaced');
  });

  it('gives each cue of a chain its own clause: the cue nearest the quote governs it', () => {
    const quotes = extractQuotes('Brun argued that the toll was fair, saying it was “a price worth paying.”');
    const quoted = containing(quotes, 'a price worth paying');
    expect(quoted.text).toBe('it was “a price worth paying.”');
    expect(quoted.cue?.text).toBe('saying');
    expect(containing(quotes, 'the toll was fair').cue?.text).toBe('argued');
  });
});

describe('quotation marks', () => {
  it('pairs doubled apostrophes as quote marks and joins the split quote they bound', () => {
    const text = "''The cranes are old,'' Petra Holm said. ''The quay is older.''";
    const q = only(text);
    expect(q.segments.map((s) => s.text)).toEqual(["''The cranes are old,''", "''The quay is older.''"]);
    expect(q.source?.name).toBe('Petra Holm');
    // typed as reported speech, the convention of the archives that write quotes this way
    expect(q.type).toBe('indirect');
  });

  it('takes a left mark closing a word for a mistyped closing mark', () => {
    const q = only('The senator called the plan “reckless“ in a radio interview.');
    expect(q.text).toBe('the plan “reckless“');
    expect(q.cue?.text).toBe('called');
  });

  it('keeps a time phrase or a medium after the quote out of the mixed clause', () => {
    const q = only('Holm called the ferry timetable “a fantasy” in a tweet on Tuesday.');
    expect(q.text).toBe('the ferry timetable “a fantasy”');
  });
});

describe('chains of cues by one subject', () => {
  it('gives an earlier coordinated cue its own clause before the quote', () => {
    const quotes = extractQuotes('Brun called on the harbour master to resign and said, “His time is up.”');
    expect(containing(quotes, 'His time is up').text).toBe('“His time is up.”');
    const earlier = containing(quotes, 'to resign');
    expect(earlier.text).toBe('the harbour master to resign');
    expect(earlier.type).toBe('indirect');
    expect(earlier.source?.name).toBe('Brun');
  });

  it('reports the that-clause of a speech noun as its owner’s indirect speech', () => {
    const quotes = extractQuotes(
      'Petra Holm spoke first. Critics mocked Holm’s claim that the quay would pay for itself within a year.',
    );
    const q = containing(quotes, 'the quay would pay');
    expect(q.text).toBe('that the quay would pay for itself within a year');
    expect(q.cue?.text).toBe('claim');
    expect(q.source?.name).toBe('Petra Holm');
  });

  it('lets a participle after "while" take the clause subject', () => {
    const quotes = extractQuotes(
      'Holm has promised to build a new quay, while also suggesting that the old one should be sold.',
    );
    const q = containing(quotes, 'old one should be sold');
    expect(q.cue?.text).toBe('suggesting');
    expect(q.source?.name).toBe('Holm');
  });
});

describe('cues that report no speech or position', () => {
  it('does not take a speech event with only its listener for a quote', () => {
    expect(extractQuotes('Mayor Hilde Brun spoke to reporters on Tuesday after the meeting.')).toEqual([]);
  });

  it('does not take a vote for a quote', () => {
    expect(extractQuotes('The council voted on Tuesday to keep all night bus routes running.')).toEqual([]);
  });

  it('does not take a refusal to comment for a quote', () => {
    expect(
      extractQuotes(
        'A spokesman for the harbour office would not comment directly on outreach to the unions.',
      ),
    ).toEqual([]);
  });

  it('reports a refusal to speak as the infinitive, for review ("declined to comment on …")', () => {
    const q = only('The ferry company declined to comment on the timetable.');
    expect(q.text).toBe('to comment on the timetable');
    expect(q.speaker?.text).toBe('The ferry company');
    expect(q.evidence.rule).toBe('refusal');
    expect(q.confidence).toBeLessThan(0.5);
  });

  it('still takes a negated cue with a clause', () => {
    const q = only('The harbour master did not say whether the ferries would run.');
    expect(q.text).toBe('whether the ferries would run');
  });
});

describe('the closed class never names a source', () => {
  it('skips a day between the subject and the cue', () => {
    const q = only('The interior ministry on Thursday denied that any protesters had been detained.');
    expect(q.speaker?.text).toBe('The interior ministry');
    expect(q.source).toMatchObject({ name: 'The interior ministry', kind: 'organisation' });
  });

  it('never makes a day, month or time a named source', () => {
    const quotes = extractQuotes(
      'Officials said Friday the bridge would close. The ferry board said on Monday night that fares would rise.',
    );
    for (const q of quotes) {
      expect(q.source?.name ?? '').not.toMatch(/Friday|Monday|night/);
      expect(q.speaker?.text ?? '').not.toMatch(/Friday|Monday|night/);
    }
    expect(containing(quotes, 'fares would rise').source?.name).toBe('The ferry board');
  });

  it('keeps a generic role noun anonymous, even opening a sentence', () => {
    const quotes = extractQuotes('Officials said the road would reopen. A spokesman said: “It is safe.”');
    expect(containing(quotes, 'the road would reopen').source).toMatchObject({ kind: 'anonymous' });
    expect(containing(quotes, 'It is safe').source).toMatchObject({ kind: 'anonymous', name: 'A spokesman' });
  });

  it('takes neither a dateline nor a publication date for a speaker', () => {
    const quotes = extractQuotes(
      'Published: March 3, 2026\n\nLUND: Harbour officials met the ferry unions this week, the Lund Gazette reported on Wednesday.',
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0].text).toBe('Harbour officials met the ferry unions this week');
    expect(quotes[0].source).toMatchObject({ name: 'the Lund Gazette', kind: 'outlet' });
  });

  it('makes a lone determiner an anonymous source, not a name', () => {
    const quotes = extractQuotes('Two dock workers spoke. Another said the cranes were unsafe.');
    expect(containing(quotes, 'cranes were unsafe').source?.kind).toBe('anonymous');
  });

  it('resolves a pronoun to its antecedent and never to the pronoun itself', () => {
    const quotes = extractQuotes('Petra Holm opened the dock. “We have waited ten years,” she said.');
    const q = containing(quotes, 'ten years');
    expect(q.speaker?.text).toBe('she');
    expect(q.source).toMatchObject({ name: 'Petra Holm', kind: 'person' });
  });
});

describe('one chain of mentions per entity', () => {
  it('chains a person: full name, surname, title and surname, pronoun', () => {
    const quotes = extractQuotes(
      'Minister Petra Holm said the fund was empty. Holm added that taxes would rise. “We have no choice,” she said. Ms. Holm later said the plan was final.',
    );
    expect(quotes).toHaveLength(4);
    for (const q of quotes) expect(q.source).toMatchObject({ name: 'Petra Holm', kind: 'person' });
    expect(quotes[3].evidence.mentions.map((m) => m.text)).toEqual([
      'Minister Petra Holm',
      'Holm',
      'she',
      'Ms. Holm',
    ]);
  });

  it('chains an outlet: full name, short name, "the newspaper"', () => {
    const quotes = extractQuotes(
      'The Daily Meridian reported that the bridge was closed. Meridian said the repairs would take a month. The newspaper said the city had known for years.',
    );
    expect(quotes).toHaveLength(3);
    for (const q of quotes) expect(q.source).toMatchObject({ name: 'The Daily Meridian', kind: 'outlet' });
  });

  it('chains an outlet or an organisation to its initials', () => {
    const quotes = extractQuotes(
      'The Harbour Street Journal reported the sale on Monday. HSJ said the price was high. The Federal Bureau of Ferries said it was looking. The FBF said: “We have no comment.”',
    );
    expectSource(quotes, 'the price was high', 'The Harbour Street Journal', 'outlet');
    expectSource(quotes, 'no comment', 'The Federal Bureau of Ferries', 'organisation');
  });

  it('resolves initials to a name seen earlier in the text, even if it never spoke', () => {
    const quotes = extractQuotes(
      'Shares fell after a report in The Harbour Street Journal on Monday. HSJ said the sale had stalled.',
    );
    expectSource(quotes, 'sale had stalled', 'The Harbour Street Journal', 'outlet');
  });

  it('resolves a short name and "the newspaper" to an outlet named earlier that never spoke', () => {
    const quotes = extractQuotes(
      'The ministry denied the talks after The Lantern Gazette reported them. But the Lantern said the envoys had met. The newspaper said a third meeting was planned.',
    );
    expectSource(quotes, 'envoys had met', 'The Lantern Gazette', 'outlet');
    expectSource(quotes, 'third meeting', 'The Lantern Gazette', 'outlet');
  });

  it('chains an organisation to "the ministry"', () => {
    const quotes = extractQuotes(
      'The Ministry of Harbours said the dock was safe. The ministry added that inspections would continue.',
    );
    expectSource(quotes, 'inspections', 'The Ministry of Harbours', 'organisation');
  });

  it('does not take a surname shared with an organisation for the organisation', () => {
    const quotes = extractQuotes('Ada Lund founded the Lund Foundation. Lund said the grants would grow.');
    expectSource(quotes, 'grants', 'Ada Lund', 'person');
  });
});

describe('confidence and evidence', () => {
  it('is less confident in a speaker resolved from a pronoun or left anonymous than in a named one', () => {
    const quotes = extractQuotes(
      'Petra Holm toured the dock.\n\n“The cranes are old,” Holm said.\n\n“The quay is older,” she said.\n\n“Both will be replaced,” an engineer said.',
    );
    const named = containing(quotes, 'cranes are old');
    const pronoun = containing(quotes, 'quay is older');
    const anonymous = containing(quotes, 'Both will be replaced');
    expect(named.evidence.rule).toBe(pronoun.evidence.rule);
    expect(pronoun.source?.name).toBe('Petra Holm');
    expect(named.confidence).toBeGreaterThan(pronoun.confidence);
    expect(pronoun.confidence).toBeGreaterThan(anonymous.confidence);
  });

  it('carries the cue, the rule and the chain of mentions', () => {
    const quotes = extractQuotes('Mayor Hilde Brun opened the bridge. “It will carry trams,” Brun said.');
    const q = containing(quotes, 'trams');
    expect(q.evidence.cue).toBe('said');
    expect(q.evidence.rule).toBe('cue-after');
    expect(q.evidence.mentions.map((m) => m.text)).toEqual(['Hilde Brun', 'Brun']);
    const text = 'Mayor Hilde Brun opened the bridge. “It will carry trams,” Brun said.';
    for (const m of q.evidence.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('is more confident in a direct named quote than in indirect speech, and least in a continuation', () => {
    const quotes = extractQuotes(
      '“The bridge will open in May,” Mayor Hilde Brun said.\n\n“It will carry trams and bicycles.”\n\nOfficials said the cost had doubled.',
    );
    const direct = containing(quotes, 'open in May');
    const continuation = containing(quotes, 'trams and bicycles');
    const indirect = containing(quotes, 'cost had doubled');
    expect(continuation.evidence.cue).toBeNull();
    expect(direct.confidence).toBeGreaterThan(indirect.confidence);
    expect(indirect.confidence).toBeGreaterThan(continuation.confidence);
    // a continuation has no cue of its own: below the default review threshold
    expect(continuation.confidence).toBeLessThan(0.5);
    expect(direct.confidence).toBeGreaterThanOrEqual(0.9);
    for (const q of quotes) {
      expect(q.confidence).toBeGreaterThanOrEqual(0);
      expect(q.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('indirect clause boundaries and judgements', () => {
  it('ends indirect content before a non-restrictive relative clause', () => {
    const q = containing(
      extractQuotes('Ola Brun said the ferry fares would rise, which angered commuters.'),
      'fares',
    );
    expect(q.text).toBe('the ferry fares would rise');
    expect(q.type).toBe('indirect');
  });

  it('ends indirect content before a coordinated clause with its own pronoun subject', () => {
    const q = containing(
      extractQuotes('Ola Brun said the tram line was finished and she left the stage.'),
      'tram line',
    );
    expect(q.text).toBe('the tram line was finished');
    expect(q.source?.name).toBe('Ola Brun');
  });

  it('reports a judgement of appearance as the whole clause, with no speaker', () => {
    const quotes = extractQuotes('Late on Friday, the harbour board appeared to abandon the plan.');
    const q = containing(quotes, 'abandon');
    expect(q.text).toBe('the harbour board appeared to abandon the plan');
    expect(q.evidence.rule).toBe('appearance');
    expect(q.speaker).toBeNull();
    expect(q.confidence).toBeLessThan(0.5);
  });
});

describe('cues of cognition and attitude, and cues that report nothing indirect', () => {
  it('reads a verb of cognition with a clause as indirect speech', () => {
    const q = containing(
      extractQuotes('Ola Brun suspects that the ferry timetable was changed in secret.'),
      'timetable',
    );
    expect(q.text).toBe('that the ferry timetable was changed in secret');
    expect(q.cue?.text).toBe('suspects');
    expect(q.source?.name).toBe('Ola Brun');
  });

  it('reads a verb of attitude with its clause as a stated position', () => {
    const q = containing(
      extractQuotes('The harbour workers resent that the board cut their overtime.'),
      'overtime',
    );
    expect(q.text).toBe('that the board cut their overtime');
    expect(q.cue?.text).toBe('resent');
  });

  it('does not take the phrase after "according to" as the content of a trailing cue', () => {
    const quotes = extractQuotes(
      '“The bridge stays shut,” Brun said, according to a transcript of the meeting.',
    );
    expect(quotes.some((q) => q.text.includes('transcript'))).toBe(false);
    expect(containing(quotes, 'bridge stays shut').source?.name).toBe('Brun');
  });

  it('gives no indirect content to the bare object of "raised" or "put"', () => {
    const quotes = extractQuotes(
      'The council raised parking fees in the old town. Mayor Ola Brun put the budget online.',
    );
    expect(quotes).toHaveLength(0);
  });
});

describe('headlines and leading "according to"', () => {
  it('reads a capitalised cue in a title-case headline', () => {
    const q = containing(extractQuotes('Harbour Mayor Ola Brun Says The Ferry Will Run All Winter'), 'Ferry');
    expect(q.text).toBe('The Ferry Will Run All Winter');
    expect(q.cue?.text).toBe('Says');
    expect(q.source?.name).toBe('Ola Brun');
  });

  it('still takes a capitalised cue word in running text for a name', () => {
    expect(extractQuotes('The ferry left Port Says on time and the crew went home early.')).toHaveLength(0);
  });

  it('reads "According to X in Y, …" with a prepositional source phrase', () => {
    const q = containing(
      extractQuotes('But according to reports in the local press, the board never saw the tender.'),
      'tender',
    );
    expect(q.text).toBe('the board never saw the tender');
    expect(q.evidence.rule).toBe('according-to-indirect');
    expect(q.speaker?.text).toBe('reports in the local press');
  });
});

describe('cues with a common non-speech sense', () => {
  it('needs a clause after "continued", "maintained" or "stated"', () => {
    expect(
      extractQuotes('Ola Brun continued her tour of the harbour. The council maintained the old roads.'),
    ).toHaveLength(0);
    const q = only('Ola Brun maintained that the ferry contract was legal.');
    expect(q.text).toBe('that the ferry contract was legal');
    expect(q.source?.name).toBe('Ola Brun');
  });
});

describe('coordinated that-clauses', () => {
  it('keeps a second that-clause in a mixed quote', () => {
    const q = containing(
      extractQuotes('Ola Brun said the tender was “a mess,” but that the ferry would run on time.'),
      'mess',
    );
    expect(q.type).toBe('mixed');
    expect(q.text).toBe('the tender was “a mess,” but that the ferry would run on time');
  });

  it('keeps a second that-clause in indirect speech', () => {
    const q = containing(
      extractQuotes('Ola Brun said that the tender was late, but that the ferry would run on time.'),
      'tender',
    );
    expect(q.text).toBe('that the tender was late, but that the ferry would run on time');
  });
});

describe('a later report with its own subject, and listeners before an infinitive', () => {
  it('ends the content before ", (and) the harbour master said …" and reports that clause apart', () => {
    const quotes = extractQuotes(
      'Ola Brun wants the ferry to run all year, and the harbour master said it was too costly.',
    );
    expect(containing(quotes, 'all year').text).toBe('the ferry to run all year');
    const later = containing(quotes, 'too costly');
    expect(later.text).toBe('it was too costly');
    expect(later.speaker?.text).toBe('the harbour master');
  });

  it('starts the content of "urged X to …" at the infinitive', () => {
    const q = only('Ola Brun urged the council to drop the levy.');
    expect(q.text).toBe('to drop the levy');
    expect(q.source?.name).toBe('Ola Brun');
  });
});

describe('a cue followed by its own clause is no trailing attribution', () => {
  it('gives "X said he …" its clause and leaves the opening clause to its own cue', () => {
    const quotes = extractQuotes(
      'When Roe asked about the levy, the harbour master said he needed more time.',
    );
    const q = containing(quotes, 'more time');
    expect(q.text).toBe('he needed more time');
    expect(q.speaker?.text).toBe('the harbour master');
    expect(quotes.some((x) => x.text.includes('When Roe'))).toBe(false);
  });
});

describe('the question in a sentence that also quotes the answer', () => {
  it('reports "when asked whether …" beside the quote it frames', () => {
    const quotes = extractQuotes('“I will not run,” Ola Brun said, when asked whether she wanted the post.');
    expect(containing(quotes, 'will not run').source?.name).toBe('Ola Brun');
    const q = containing(quotes, 'wanted the post');
    expect(q.text).toBe('whether she wanted the post');
    expect(q.evidence.rule).toBe('asked');
  });
});

describe('a report inside an opening adverbial clause', () => {
  it('ends the content where the main clause begins, and names no source "Although X"', () => {
    const quotes = extractQuotes(
      'Although Petra Holm said that the slipway was sound, the council shut it on Friday.',
    );
    const q = containing(quotes, 'slipway');
    expect(q.text).toBe('that the slipway was sound');
    expect(q.source?.name).toBe('Petra Holm');
    expect(quotes.some((x) => x.text.includes('council shut'))).toBe(false);
  });
});

describe('a reported clause holding quoted words', () => {
  it('is a mixed quote whichever rule found it', () => {
    const quotes = extractQuotes('The ferry union backed the “fair fares” campaign of the dock workers.');
    const q = containing(quotes, 'fair fares');
    expect(q.type).toBe('mixed');
    expect(q.speaker?.text).toBe('The ferry union');
  });
});

describe('a second verb phrase of the subject governs its quote', () => {
  it('gives ", but called it “…”" its own clause and leaves the first cue its clause', () => {
    const quotes = extractQuotes(
      'Brun said after the meeting that she had not read the report, but called it a “useful start.”',
    );
    expect(containing(quotes, 'useful start').text).toBe('it a “useful start.”');
    expect(containing(quotes, 'read the report').text).toBe('that she had not read the report');
  });

  it('ends a quoted clause before a coordinated verb or a participle clause', () => {
    const walked = containing(
      extractQuotes('Holm said the fees were “daylight robbery” and walked out of the hearing.'),
      'robbery',
    );
    expect(walked.text).toBe('the fees were “daylight robbery”');
    const quotes = extractQuotes(
      'Brun insisted that she had “never lied,” claiming that the records were forged.',
    );
    expect(containing(quotes, 'never lied').text).toBe('that she had “never lied,”');
    expect(containing(quotes, 'forged').text).toBe('that the records were forged');
  });
});

describe('a whole-sentence quote continuing the previous one', () => {
  it('joins a quote attributed after a mixed clause', () => {
    const q = only('The new toll “hurts every family on the island,” Ola Brun wrote. “It must go.”');
    expect(q.segments.map((s) => s.text)).toEqual([
      'The new toll “hurts every family on the island,”',
      '“It must go.”',
    ]);
    expect(q.source?.name).toBe('Ola Brun');
  });

  it('joins the speaker’s quote even when a shorter quote of theirs came after it', () => {
    const quotes = extractQuotes(
      '“Everything is on the table,” Brun told reporters after hinting that “staff changes” could come. “Every single thing.”',
    );
    const q = containing(quotes, 'Everything is on the table');
    expect(q.segments.map((s) => s.text)).toEqual(['“Everything is on the table,”', '“Every single thing.”']);
  });
});

describe('attributions without a verb of saying', () => {
  it('takes a verb of manner right after the quote, and a document that "read" it', () => {
    const beamed = only('“We will not give up!” beamed Ola Brun, a ferry captain.');
    expect(beamed.text).toBe('“We will not give up!”');
    expect(beamed.source?.name).toBe('Ola Brun');
    const read = only('“The fares will rise,” the notice read.');
    expect(read.type).toBe('direct');
    expect(read.cue?.text).toBe('read');
  });

  it('credits "issued a statement saying “…”" to whoever issued it', () => {
    const q = only('Petra Holm issued a statement saying, “The ferry will run again in May.”');
    expect(q.text).toBe('“The ferry will run again in May.”');
    expect(q.source?.name).toBe('Petra Holm');
    expect(q.cue?.text).toBe('saying');
  });

  it('reads "Name: “…”" inside a paragraph as that name’s words', () => {
    const quotes = extractQuotes(
      'The two rivals met on the quay. Ola Brun: “The pier is closed.” Holm: “It will reopen soon.”',
    );
    expect(containing(quotes, 'pier is closed').source?.name).toBe('Ola Brun');
    expect(containing(quotes, 'reopen soon').source?.name).toBe('Holm');
  });

  it('reports nothing for a speech event with no topic or clause ("spoke first")', () => {
    expect(extractQuotes('The mayor spoke first at the harbour meeting.')).toEqual([]);
  });
});

describe('subjects and frames of indirect reports', () => {
  it('reads an object or infinitive after the cue as its content, not a trailing attribution', () => {
    const q = only('In the short term, island councillors have vowed to block the new levy on ferries.');
    expect(q.text).toBe('to block the new levy on ferries');
    expect(q.speaker?.text).toBe('island councillors');
  });

  it('skips a description closed by a place to find the speaker', () => {
    const q = only('Ola Brun, a ferry captain from Lund, Sweden, said the harbour was too shallow.');
    expect(q.source?.name).toBe('Ola Brun');
    expect(q.text).toBe('the harbour was too shallow');
  });

  it('takes a long source phrase after "according to"', () => {
    const q = only(
      'The ferry toll was the main worry of voters on both islands, according to early results of an exit survey conducted by the Harbour Institute for the island council.',
    );
    expect(q.text).toBe('The ferry toll was the main worry of voters on both islands');
    expect(q.evidence.rule).toBe('indirect-trailing');
  });

  it('reports the finding of a poll that frames the sentence', () => {
    const opening = only(
      'In a Harbour Post poll released Monday, 60 percent of islanders backed the new toll.',
    );
    expect(opening.text).toBe('60 percent of islanders backed the new toll');
    expect(opening.evidence.rule).toBe('poll-frame');
    const closing = only('The mayor holds a clear lead in the latest island survey.');
    expect(closing.text).toBe('The mayor holds a clear lead');
  });
});

describe('quotes handed over by a colon or completing a clause', () => {
  it('takes only the quote after "X went even further:", spoken by the clause subject', () => {
    const quotes = extractQuotes(
      '“The pier is fine,” Holm said. In a radio interview later that day, Ola Brun went even further: “If the pier stays open, someone will drown.”',
    );
    const q = containing(quotes, 'someone will drown');
    expect(q.text).toBe('“If the pier stays open, someone will drown.”');
    expect(q.type).toBe('direct');
    expect(q.source?.name).toBe('Ola Brun');
    expect(q.evidence.rule).toBe('colon-clause');
  });

  it('keeps "said because …, “…”" as one mixed clause', () => {
    const q = only('Holm said because the fares are high, “the ferry is half empty.”');
    expect(q.type).toBe('mixed');
    expect(q.text).toBe('because the fares are high, “the ferry is half empty.”');
  });
});

describe('labels that name no speaker', () => {
  it('lets the cues of an interview answer ("A: I think …") report it', () => {
    const quotes = extractQuotes(
      'Q: Will the ferry survive?\n\nA: I think the island council will save it. We have no other link.',
    );
    expect(quotes.some((x) => x.evidence.rule === 'label' && x.text.startsWith('I think'))).toBe(false);
    expect(containing(quotes, 'council will save it').text).toBe('the island council will save it');
  });

  it('does not read a credit line as a speaker', () => {
    const quotes = extractQuotes(
      'Contributing: Ola Brun and Petra Holm in Lund, with reporting from the harbour.',
    );
    expect(quotes.some((x) => x.evidence.rule === 'label')).toBe(false);
  });
});

describe('cues the subject reaches through an auxiliary, a time phrase or "to"', () => {
  it('reads "I don’t know how …" as a stance with its clause', () => {
    const q = only('I don’t know how we fix the ferry without more money.');
    expect(q.text).toBe('how we fix the ferry without more money');
    expect(q.cue?.text).toBe('know');
  });

  it('reports nothing for a refused comment on a topic', () => {
    expect(extractQuotes("Ola Brun wouldn't comment on the pier.")).toEqual([]);
  });

  it('credits "went on to say …" to the subject of "went"', () => {
    const q = only('Petra Holm went on to say that some councillors are angry about the vote.');
    expect(q.text).toBe('that some councillors are angry about the vote');
    expect(q.source?.name).toBe('Petra Holm');
  });

  it('lets a coordinated cue after a time phrase inherit the subject', () => {
    const quotes = extractQuotes(
      'Petra Holm opened the new quay and on Monday announced that the ferry would run hourly.',
    );
    const q = containing(quotes, 'run hourly');
    expect(q.text).toBe('that the ferry would run hourly');
    expect(q.source?.name).toBe('Petra Holm');
  });
});

describe('noun-or-verb cues after an appositive, and contracted "is"', () => {
  it('reads "Jo Roe, a consultant, notes that …" as a report', () => {
    const q = only('Ola Brun, a harbour consultant, notes that the port is too small.');
    expect(q.text).toBe('that the port is too small');
    expect(q.source?.name).toBe('Ola Brun');
  });

  it('reads "He’s predicting …" as "he is predicting", not a possessive', () => {
    const quotes = extractQuotes(
      'Ola Brun spoke at the quay on Friday. He’s predicting the ferry will do “very well” next year.',
    );
    const q = containing(quotes, 'very well');
    expect(q.text).toBe('the ferry will do “very well”');
    expect(q.cue?.text).toBe('predicting');
  });

  it('takes general verbs of saying and naming such as "intimated" and "deemed"', () => {
    expect(only('Petra Holm has intimated that the levy will go.').text).toBe('that the levy will go');
    const deemed = only('The harbour board deemed the pier “unsafe for use.”');
    expect(deemed.text).toBe('the pier “unsafe for use.”');
    expect(deemed.type).toBe('mixed');
  });
});

describe('a report completed by the next sentence, and colon hand-overs without a verb of saying', () => {
  it('joins a whole-sentence quote to the report that closed the previous sentence', () => {
    const q = only('Petra Holm said she had warned the council about the pier. “Nobody listened to me.”');
    expect(q.type).toBe('mixed');
    expect(q.segments.map((s) => s.text)).toEqual([
      'she had warned the council about the pier',
      '“Nobody listened to me.”',
    ]);
  });

  it('credits "X echoed: “…”" to X even with no earlier quote', () => {
    const q = only('Ola Brun echoed: “The pier is a disgrace and everyone knows it.”');
    expect(q.type).toBe('direct');
    expect(q.source?.name).toBe('Ola Brun');
  });
});

describe('indirect reports without a verb of saying (issue 15, indirect recall)', () => {
  it('credits a finding to the documents or poll that show it, after the content', () => {
    const q = only('The ferry fund lost a third of its money in March, new harbour records show.');
    expect(q.text).toBe('The ferry fund lost a third of its money in March');
    expect(q.speaker?.text).toBe('new harbour records');
    expect(q.source?.kind).toBe('anonymous');
  });

  it('keeps "show" with a person as subject after the content out', () => {
    expect(
      extractQuotes('The ferry fund lost a third of its money, Jo Roe and her friends show.'),
    ).toHaveLength(0);
  });

  it('ends a stance verb’s bare object before the occasion or medium it was stated in', () => {
    const q = only('Ola Brun defended the new levy in a radio interview on his own station.');
    expect(q.text).toBe('the new levy');
    expect(q.cue?.text).toBe('defended');
  });

  it('ends reported content before a contrasting comment after a comma ("…, compared with …", "…, however, …")', () => {
    expect(
      only('Ola Brun said ferry fares rose by a tenth, compared with a fifth on the mainland.').text,
    ).toBe('ferry fares rose by a tenth');
    expect(only('Ola Brun said the quay would reopen, however unlikely that seems.').text).toBe(
      'the quay would reopen',
    );
  });

  it('starts a reported clause at its subject when a "that" later in it is a relative pronoun', () => {
    const q = only('Ola Brun says his plan is the only one that “can save the pier” from the storms.');
    expect(q.type).toBe('mixed');
    expect(q.text).toBe('his plan is the only one that “can save the pier” from the storms');
    const indirect = only('Petra Holm said she was the one person that could fix the quay.');
    expect(indirect.text).toBe('she was the one person that could fix the quay');
  });
});

describe('a naming inside a clause: "what X calls “…”"', () => {
  it('reports the naming phrase with its quote, credited to the clause’s subject', () => {
    const q = only('Ola Brun has railed against what he calls the “harbour cartel” for a year.');
    expect(q.text).toBe('what he calls the “harbour cartel”');
    expect(q.type).toBe('mixed');
    expect(q.speaker?.text).toBe('Ola Brun');
    expect(q.evidence.rule).toBe('what-calls');
  });

  it('credits a named subject of the naming verb itself', () => {
    const q = only('The levy pays for what Petra Holm called “a pier for nobody.”');
    expect(q.text).toBe('what Petra Holm called “a pier for nobody.”');
    expect(q.source?.name).toBe('Petra Holm');
  });
});

describe('a clause-only cue without its clause', () => {
  it('leaves the cue after "continued to" in play, with the subject of "continued"', () => {
    const q = only('Petra Holm has continued to criticize the new ferry timetable.');
    expect(q.text).toBe('the new ferry timetable');
    expect(q.cue?.text).toBe('criticize');
    expect(q.source?.name).toBe('Petra Holm');
  });

  it('still reports nothing for "continued to" with no cue after it', () => {
    expect(extractQuotes('Petra Holm continued to sail the old ferry every week.')).toHaveLength(0);
  });
});

describe('a report inside a subordinate clause after a quoted clause', () => {
  it('keeps "until X said …" in the quoted clause instead of cutting before X', () => {
    const q = containing(
      extractQuotes('Ola Brun said he was “riding the fence” until Holm said she was backing the plan.'),
      'riding the fence',
    );
    expect(q.text).toBe('he was “riding the fence” until Holm said she was backing the plan');
    expect(q.source?.name).toBe('Ola Brun');
  });

  it('still cuts before a coordinated report with its own subject', () => {
    const quotes = extractQuotes('Ola Brun said the pier was “a disgrace,” and Holm said it was fine.');
    expect(containing(quotes, 'a disgrace').text).toBe('the pier was “a disgrace,”');
  });
});

describe('verbs of attention and intention with their particle', () => {
  it('reports "focused on X" and "is looking forward to X" as stances of the subject', () => {
    const focused = only('Petra Holm focused on the ferry budget.');
    expect(focused.text).toBe('the ferry budget');
    expect(focused.source?.name).toBe('Petra Holm');
    expect(only('Ola Brun is looking forward to a long fight with the council.').text).toBe(
      'a long fight with the council',
    );
  });

  it('reports nothing for the same verbs without the particle', () => {
    expect(extractQuotes('The old pier looks tired. Ola Brun looked at the quay.')).toHaveLength(0);
  });
});

describe('reports carried by a light verb and its noun', () => {
  it('reads "made the case that …" and "made it clear that …" as reports of the subject', () => {
    const q = only('Petra Holm made the case that the quay must close for the winter.');
    expect(q.text).toBe('that the quay must close for the winter');
    expect(q.source?.name).toBe('Petra Holm');
    expect(only('Ola Brun made it clear that he would not resign.').text).toBe('that he would not resign');
  });

  it('reports nothing for "made the cake that …"', () => {
    expect(extractQuotes('Ola Brun made the cake that won the fair.')).toHaveLength(0);
  });
});

describe('an adverb between the auxiliary and the cue', () => {
  it('keeps "has long" and "has increasingly" out of the speaker and the source name', () => {
    const q = only('The harbour board has long argued that the pier is unsafe.');
    expect(q.speaker?.text).toBe('The harbour board');
    const r = only('Petra Holm has increasingly decried the ferry levy.');
    expect(r.speaker?.text).toBe('Petra Holm');
    expect(r.source?.name).toBe('Petra Holm');
  });
});

describe('a trailing "told" with its listener', () => {
  it('credits the opening clause to the teller when only the listener and a frame follow', () => {
    const q = only('The pier will close in May, Petra Holm told the Lund Courier on Monday.');
    expect(q.text).toBe('The pier will close in May');
    expect(q.source?.name).toBe('Petra Holm');
  });

  it('reports the clause after the listener instead when there is one', () => {
    const q = only('The pier will close, Petra Holm told the board it needed time.');
    expect(q.text).toBe('it needed time');
  });
});

describe('a relative clause inside reported content', () => {
  it('keeps a relative clause the content resumes after, and ends before one that runs on', () => {
    expect(only('Ola Brun said the pier, which opened in 1990, would close in May.').text).toBe(
      'the pier, which opened in 1990, would close in May',
    );
    expect(only('Ola Brun said the pier would close, which angered the islanders.').text).toBe(
      'the pier would close',
    );
  });
});

describe('two names joined by "and" after the content', () => {
  it('reads "…, Brun and Holm said" as a trailing attribution', () => {
    const q = only('The pier would close in May, Ola Brun and Petra Holm said.');
    expect(q.text).toBe('The pier would close in May');
    expect(q.cue?.text).toBe('said');
  });
});

describe('a stance verb with a reporting infinitive', () => {
  it('reports the inner verb’s complement: "is expected to announce that …", "declined to say whether …"', () => {
    expect(only('Petra Holm is expected to announce that the pier will close.').text).toBe(
      'that the pier will close',
    );
    expect(only('Ola Brun declined to say whether the ferry would run.').text).toBe(
      'whether the ferry would run',
    );
  });

  it('reports a refusal with no clause as the refusal itself ("declined to speak about the pier")', () => {
    const q = only('Ola Brun declined to speak about the new pier.');
    expect(q.text).toBe('to speak about the new pier');
    expect(q.evidence.rule).toBe('refusal');
  });
});

describe('a participle cue after a quote’s attribution', () => {
  it('reports its complement for the quote’s speaker: "…,” she said, citing …', () => {
    const quotes = extractQuotes(
      '“The pier is closing,” Petra Holm said on Monday, citing the storm damage.',
    );
    expect(quotes).toHaveLength(2);
    const [direct, cited] = quotes;
    expect(direct.text).toBe('“The pier is closing,”');
    expect(cited.text).toBe('the storm damage');
    expect(cited.cue?.text).toBe('citing');
    expect(cited.source?.name).toBe(direct.source?.name);
    const referring = extractQuotes('“It was a mistake,” Ola Brun said, referring to the ferry contract.');
    expect(referring.map((q) => q.text)).toEqual(['“It was a mistake,”', 'the ferry contract']);
  });

  it('does not read a participle that is no cue as a report', () => {
    const quotes = extractQuotes('“The pier is closing,” Petra Holm said, walking out of the hall.');
    expect(quotes.map((q) => q.text)).toEqual(['“The pier is closing,”']);
  });
});

describe('a manner verb after a quote, with the rest of its clause', () => {
  it('credits the subject when the verb goes on ("barked at the crowd", "snapped and left")', () => {
    const at = extractQuotes('“Go home,” Jo Roe barked at the crowd.');
    expect(at.map((q) => [q.text, q.speaker?.text])).toEqual([['“Go home,”', 'Jo Roe']]);
    const and = extractQuotes('“Not today,” the harbour master snapped and walked out.');
    expect(and.map((q) => [q.text, q.speaker?.text])).toEqual([['“Not today,”', 'the harbour master']]);
  });

  it('takes no subject holding a relative clause ("a ferry that first sailed in May")', () => {
    const quotes = extractQuotes('“Blue Water,” a ferry that first sailed in May, docked at noon.');
    expect(quotes.every((q) => q.speaker?.text !== 'a ferry that first')).toBe(true);
  });
});

describe('a cue whose only complement is its frame', () => {
  it('reports nothing for "wrote in his memo" or "posted on the harbour website"', () => {
    expect(extractQuotes('Ola Brun wrote in his memo.')).toHaveLength(0);
    expect(extractQuotes('The council posted on the harbour website.')).toHaveLength(0);
  });

  it('joins the next quoted sentence to the quote before "said in a statement."', () => {
    const quotes = extractQuotes(
      '“The pier will close,” Jo Roe said in a statement. “The ferries will run from Lund.”',
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0].type).toBe('direct');
    expect(quotes[0].segments).toHaveLength(2);
  });

  it('keeps a longer content that opens with an adverbial', () => {
    const q = only('Petra Holm said in May the pier would close for the whole summer season.');
    expect(q.text).toContain('the pier would close');
  });
});

describe('a cue in a second verb phrase after "but"', () => {
  it('reports for the subject of the first verb phrase, as after "and"', () => {
    const q = only('Jo Roe met the harbour board but said the pier would close.');
    expect(q.text).toBe('the pier would close');
    expect(q.speaker?.text).toBe('Jo Roe');
    expect(q.cue?.text).toBe('said');
  });
});

describe('a stance cue in a second verb phrase after a quote', () => {
  it('reports for the quote’s speaker: "…,” and praised …', () => {
    const quotes = extractQuotes('“It is late,” Jo Roe said, and also praised the ferry crews.');
    expect(quotes.map((q) => [q.text, q.cue?.text, q.speaker?.text])).toEqual([
      ['“It is late,”', 'said', 'Jo Roe'],
      ['the ferry crews', 'praised', 'Jo Roe'],
    ]);
  });

  it('leaves a verb phrase with no cue alone', () => {
    const quotes = extractQuotes('“It is late,” Jo Roe said, and walked out of the hall.');
    expect(quotes.map((q) => q.text)).toEqual(['“It is late,”']);
  });
});

describe('"citing" after a comma', () => {
  it('reports what the subject cites: "…, citing the storm damage"', () => {
    const quotes = extractQuotes('Jo Roe cancelled the ferry trip, citing the storm damage.');
    expect(quotes.map((q) => [q.text, q.cue?.text, q.speaker?.text])).toEqual([
      ['the storm damage', 'citing', 'Jo Roe'],
    ]);
  });
});

describe('a credit line under a quoted paragraph', () => {
  it('credits the whole-paragraph quote to the name after the dash', () => {
    const text =
      'The board met on Monday.\n\n"The pier will close. The ferries will run from Lund."\n\n- Jo Roe, Lund.\n\nThe vote is in May.';
    const quotes = extractQuotes(text);
    expect(quotes.map((q) => [q.text, q.type, q.speaker?.text, q.evidence.rule])).toEqual([
      ['"The pier will close. The ferries will run from Lund."', 'direct', 'Jo Roe', 'dash'],
    ]);
  });

  it('leaves a dash line under an attributed quote or under prose alone', () => {
    expect(extractQuotes('“The pier will close,” Roe said.\n\n— Jo Roe').map((q) => q.evidence.rule)).toEqual(
      ['cue-after'],
    );
    expect(extractQuotes('The pier will close.\n\n— Jo Roe')).toHaveLength(0);
  });
});

describe('a subject separated from its cue by an interruption', () => {
  it('finds the opening noun phrase past dashes or parentheses', () => {
    const dashed = only('Captains — and some harbour officials — say that the pier is unsafe.');
    expect(dashed.text).toBe('that the pier is unsafe');
    expect(dashed.speaker?.text).toBe('Captains');
    const bracketed = only('Jo Roe (a captain so young he is mistaken for a deckhand) says he was unsure.');
    expect(bracketed.text).toBe('he was unsure');
    expect(bracketed.speaker?.text).toBe('Jo Roe');
  });

  it('does not cross an interruption that holds its own cue', () => {
    const quotes = extractQuotes('Jo Roe — who said the levy was fair — voted against it.');
    expect(quotes.every((q) => q.cue?.text === 'said')).toBe(true);
  });
});

describe('a long appositive after the speaker’s name', () => {
  it('keeps words like "and" inside it and credits the name', () => {
    const quotes = extractQuotes(
      '“The pier is old,” Jo Roe, managing director and harbour analyst at Lund Ferries, told me this week.',
    );
    expect(quotes.map((q) => [q.text, q.type, q.speaker?.text])).toEqual([
      ['“The pier is old,”', 'direct', 'Jo Roe'],
    ]);
  });

  it('skips an age between commas: "Jo Roe, 67, a retired captain, said"', () => {
    expect(only('Jo Roe, 67, a retired captain, said the pier is old.').speaker?.text).toBe('Jo Roe');
    const q = extractQuotes(
      '“The pier is old,” Jo Roe, 67, a retired captain in Lund, Sweden, said on Monday.',
    );
    expect(q.map((x) => x.speaker?.text)).toEqual(['Jo Roe']);
  });
});

describe('a sentence after a closing quote whose cue has its own clause', () => {
  it('is a new report, not the attribution of the quote before', () => {
    const quotes = extractQuotes(
      'The council would not comment on a rule “to protect the pier.” Roe says he is not familiar with the details.',
    );
    expect(quotes.map((q) => [q.text, q.speaker?.text])).toEqual([
      ['he is not familiar with the details', 'Roe'],
    ]);
  });

  it('still reads a short attribution as the quote’s', () => {
    expect(extractQuotes('“The pier is old.” Roe said it in May.').map((q) => q.type)).toEqual(['direct']);
  });
});

describe('a right quote mark opening a paragraph', () => {
  it('opens a quote after invisible formatting characters', () => {
    const quotes = extractQuotes('The board met.\n\n\u202a”The pier is old. It is unsafe,” said Jo Roe.');
    expect(quotes.map((q) => [q.text, q.speaker?.text])).toEqual([
      ['”The pier is old. It is unsafe,”', 'Jo Roe'],
    ]);
  });

  it('opens a quote that starts with an ellipsis: ” … they are old,”', () => {
    const quotes = extractQuotes('The board met.\n\n” … they are so old,” she said in May.');
    expect(quotes.map((q) => [q.text, q.type])).toEqual([['” … they are so old,”', 'direct']]);
  });
});

describe('a description joined by "and" after a quote', () => {
  it('reads "…,” the harbour master and ferry captain said" as the attribution', () => {
    const quotes = extractQuotes(
      '“The pier is old,” the harbour master and ferry captain said in a statement.',
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0].type).toBe('direct');
    expect(quotes[0].evidence.rule).toBe('cue-after');
    expect(quotes[0].speaker?.text).toContain('captain');
  });
});

describe('a speech participle with its own subject after "with"', () => {
  it('reports for that subject: "…, with half of the captains saying …"', () => {
    const q = only('Most back the levy, with half of the captains saying it is fair.');
    expect(q.text).toBe('it is fair');
    expect(q.speaker?.text).toBe('half of the captains');
  });

  it('is no report without a subject between "with" and the participle', () => {
    expect(extractQuotes('Jo Roe came with her brother, smiling at the crowd.')).toHaveLength(0);
  });
});

describe('a sentence-initial "According to" with marks in its source phrase', () => {
  it('reads the clause after the comma as content', () => {
    const q = only(
      'According to a Lund Courier/Radio Lund poll out Thursday, the mayor leads by nine points.',
    );
    expect(q.text).toBe('the mayor leads by nine points');
    expect(q.speaker?.text).toBe('a Lund Courier/Radio Lund poll out Thursday');
  });
});

describe('a clause subject that opens with a determiner', () => {
  it('names the source with the noun, not the determiner alone', () => {
    const [q] = extractQuotes('The group seeks to cut harbour fees through what it calls “sensible rules.”');
    expect(q.speaker?.text).toBe('The group');
    expect(q.source?.name).not.toBe('The');
  });
});

describe('a speech event with only a time phrase', () => {
  it('reports nothing for "spoke on Monday"', () => {
    expect(extractQuotes('Jo Roe spoke on Monday.')).toHaveLength(0);
    expect(only('Jo Roe said the pier would close on Monday.').text).toBe('the pier would close on Monday');
  });
});

describe('source names that are no names', () => {
  it('a one-word person reached through a pronoun waits for review on a weaker rule', () => {
    const q = extractQuotes('Roe said the fares were high. He said the pier was unsafe.')[1];
    expect(q.source).toMatchObject({ name: 'Roe', kind: 'person' });
    expect(q.speaker?.text).toBe('He');
    expect(q.confidence).toBeLessThan(0.5);
  });

  it('a person named in full and reached through a pronoun stays public', () => {
    const q = extractQuotes('Jo Roe said the fares were high. He said the pier was unsafe.')[1];
    expect(q.source).toMatchObject({ name: 'Jo Roe', kind: 'person' });
    expect(q.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it.each([
    ['Said Jo Roe, “We will miss the pier.”', 'Jo Roe'],
    ['The pier closed. Said Roe, “We will miss it.”', 'Roe'],
    ['Despite Jo Roe arguing that the pier was safe, the council closed it.', 'Jo Roe'],
    ['Despite Roe arguing that the pier was safe, the council closed it.', 'Roe'],
  ])('an opening preposition or inverted cue is no part of the name: %s', (text, name) => {
    const q = extractQuotes(text)[0];
    expect(q.source).toMatchObject({ name, kind: 'person' });
  });

  it('a name that is also a reporting verb stays whole inside a sentence', () => {
    expect(extractQuotes('The critic Edward Said said the pier was safe.')[0].source?.name).toBe(
      'Edward Said',
    );
  });

  const sourceOf = (text: string, part: string) => {
    const q = extractQuotes(text).find((x) => x.text.includes(part));
    if (!q)
      throw new Error(
        `no quote contains “${part}”: ${JSON.stringify(extractQuotes(text).map((x) => x.text))}`,
      );
    return q;
  };

  it.each([
    [
      'In public statements, the Lundish government has described Roe as a peace emissary.',
      'peace emissary',
      'Lundish government',
      'organisation',
    ],
    [
      'So Lund’s intelligence agency believed it had a green light from the board.',
      'green light',
      'Lund’s intelligence agency',
      'organisation',
    ],
    [
      'The Harbour–Ferry affair was also referred to as Piergate by the papers.',
      'Piergate',
      null,
      'anonymous',
    ],
  ])('a name before a lower-case head only modifies it: %s', (text, part, name, kind) => {
    const q = sourceOf(text, part);
    expect(q.source?.kind).toBe(kind);
    if (name) expect(q.source?.name).toBe(name);
    expect(q.source?.name).not.toMatch(/^(Lundish|Lund|Ferry)$/);
  });

  it.each([
    ['Jo Roe opened the pier in May. It was the pier which she said had saved the town.', 'saved the town'],
    ['Jo Roe opened the pier in May. Recently she said the ferry would stay.', 'the ferry would stay'],
  ])('a subject pronoun ending the phrase is the speaker: %s', (text, part) => {
    const q = sourceOf(text, part);
    expect(q.speaker?.text).toBe('she');
    expect(q.source?.name).toBe('Jo Roe');
  });

  it('a participle opening the sentence names no one', () => {
    const text =
      'Referring to the harbour police’s charge that the smugglers were sheltered and supported their trade against the council, the report said the council would act.';
    for (const q of extractQuotes(text)) expect(q.source?.name).not.toBe('Referring');
  });

  it('a person known by one word that opens the sentence goes to review below the default threshold', () => {
    const [q] = extractQuotes('Tidewater reveals that the harbour has always been the graveyard of ferries.');
    expect(q.source?.kind).toBe('person');
    expect(q.confidence).toBeLessThan(0.5);
    const [full] = extractQuotes(
      'Jo Tidewater reveals that the harbour has always been the graveyard of ferries.',
    );
    expect(full.confidence).toBeGreaterThan(q.confidence);
  });
});

describe('capitalised common words are no names', () => {
  it('a sentence-opening word the article also writes in lower case names no one', () => {
    const text =
      'Jo Roe runs the ferry.\n\nLast month, when I asked Roe if she would ever sell the pier, she looked at me and said, "I will sell it to YOU!"\n\nIt was one of our last talks.';
    const quotes = extractQuotes(text);
    expect(quotes.some((q) => q.text.includes('sell it to YOU'))).toBe(true);
    for (const q of quotes) expect(q.source?.name).not.toBe('Last');
  });

  it('a sentence-opening document or group word is a description, not a person', () => {
    const text = 'Poll: Roe leads the harbour race.\n\nThe poll of 900 voters closed on Monday.';
    const q = extractQuotes(text).find((x) => x.text.includes('leads'));
    expect(q?.source?.kind).toBe('anonymous');
  });

  it('a title-case headline describes, it does not name a person that a later surname joins', () => {
    const text =
      'Roe Supporter Shouts One Word At Harbour Rally.\n\nThe supporter was in the front row.\n\n“That was something,” Roe said of the crowd.';
    const q = extractQuotes(text).find((x) => x.text.includes('That was something'));
    expect(q?.source?.name).toBe('Roe');
    expect(q?.source?.kind).toBe('person');
  });
});

describe('the person inside a longer capitalised phrase', () => {
  it.each([
    ['Prime Minister Jo May said the pier was unsafe. “We will close it,” May said.', 'Jo May'],
    ['Captain Ivo Will has said the pier was unsafe. “We will close it,” Will said.', 'Ivo Will'],
  ])('a capitalised auxiliary after a given name is the surname: %s', (text, name) => {
    const quotes = extractQuotes(text);
    expect(quotes).toHaveLength(2);
    for (const q of quotes) expect(q.source).toMatchObject({ name, kind: 'person' });
  });

  it('an auxiliary in lower case still links the subject to its cue', () => {
    expect(only('Jo Roe may say the pier is unsafe.').source?.name).toBe('Jo Roe');
  });

  it.each([
    ['CNN President Jo Zucker said the pier was fine.', 'Jo Zucker'],
    ['Lund City Mayor Jo Guardian said the pier was fine.', 'Jo Guardian'],
    ['It was Jo Roe who said the pier was fine.', 'Jo Roe'],
  ])('%s', (text, name) => {
    const [q] = extractQuotes(text);
    expect(q.source).toMatchObject({ name, kind: 'person' });
  });

  it.each([
    ['Jo Roe opened the pier. “The pier is fine,” Roe politely said.', 'The pier is fine'],
    ['Jo Roe opened the pier on Monday. She barely admitted the pier was unsafe.', 'the pier was unsafe'],
    ['Mrs. Jo Roe herself said the pier was fine.', 'the pier was fine'],
  ])('a manner adverb or a reflexive after the subject is no part of the name: %s', (text, part) => {
    const q = extractQuotes(text).find((x) => x.text.includes(part));
    expect(q?.source).toMatchObject({ name: 'Jo Roe', kind: 'person' });
  });

  it('a subject pronoun opening a longer speaker phrase resolves as the pronoun, never as a person "He"', () => {
    const [q] = extractQuotes(
      'Mr. Jo Roe runs the pier. He is perhaps best known for defending the ferry against the council.',
    );
    expect(q.speaker?.text.startsWith('He ')).toBe(true);
    expect(q.source).toMatchObject({ name: 'Jo Roe', kind: 'person' });
  });

  it('a party tag after a name stands for the name', () => {
    const [q] = extractQuotes(
      'Sen. Jo Roe, R-S.C., a long-shot presidential candidate, said the pier was fine.',
    );
    expect(q.source).toMatchObject({ name: 'Jo Roe', kind: 'person' });
  });

  it('a later surname joins the titled person, not the phrase around the title', () => {
    const text =
      'The network is not paying, CNN President Jo Zucker told reporters on Thursday.\n\n“We do not pay candidates to appear at debates,” Zucker said.';
    const q = extractQuotes(text).find((x) => x.text.includes('We do not pay'));
    expect(q?.source).toMatchObject({ name: 'Jo Zucker', kind: 'person' });
  });

  it('keeps the relative pronoun in the speaker phrase and names its antecedent', () => {
    const [q] = extractQuotes('It was Jo Roe who said the pier was fine.');
    expect(q.speaker?.text).toBe('It was Jo Roe who');
  });

  it('a focusing adverb opening the sentence is no part of the name', () => {
    const q = extractQuotes('Even Harbour Democrats said the pier was fine.')[0];
    expect(q.source?.name).toBe('Harbour Democrats');
  });
});

describe('a title-case headline', () => {
  it('holds no full name that a later surname joins', () => {
    const text =
      'More Offensive Things Jo Roe Has Said About The Harbour\n\nThe harbour master spoke on Monday.\n\n“The pier is fine,” Roe said.';
    const q = extractQuotes(text).find((x) => x.text.includes('pier is fine'));
    expect(q?.source).toMatchObject({ name: 'Roe', kind: 'person' });
  });

  it('leaves a prose sentence of names alone', () => {
    const text = 'Mrs. Petra Lund met Mr. Ivo Marek on Friday.\n\n“We agreed on nothing,” Marek said.';
    expect(extractQuotes(text)[0].source?.name).toBe('Ivo Marek');
  });
});

describe('a time word after a given name', () => {
  it.each([
    ['Jo Day said the ferry was late. “It was late,” Day said.', 'Jo Day'],
    ['Ann Summer said the ferry was late. “It was late,” Summer said.', 'Ann Summer'],
  ])('is the surname, alone or in full: %s', (text, name) => {
    const quotes = extractQuotes(text);
    expect(quotes).toHaveLength(2);
    for (const q of quotes) expect(q.source).toMatchObject({ name, kind: 'person' });
  });

  it('a time phrase before the subject stays a time phrase', () => {
    const q = only('On Election Day, Jo Roe said “the pier is fine.”');
    expect(q.source).toMatchObject({ name: 'Jo Roe', kind: 'person' });
  });

  it.each([
    'Voters going to the polls on Super Tuesday said they wanted “a new pier.”',
    'At a June Roe rally in Lund, a woman waved. “We want a new pier,” she said.',
    'In May said the board would build “a new pier.”',
  ])('a time phrase taken for a name is never public: %s', (text) => {
    for (const q of extractQuotes(text))
      if (q.source && q.source.kind !== 'anonymous' && /May|June|Tuesday/.test(q.source.name))
        expect(q.confidence).toBeLessThan(0.5);
  });
});

describe('labels are no names', () => {
  it('an interview label is never a public person', () => {
    const text =
      'Questions and answers have been edited for length.\n\nQ: You open your book in Lund. You were ten years old. What did you find?\n\nA: I came home from school and my parents were gone. I knew what that meant, because we had lived in fear of the harbour police.\n\nQ: Did the town take care of you?\n\nA: No, no one did. I think the town forgot us, and I think it still does.';
    const labelled = extractQuotes(text).filter((q) => q.source?.name === 'Q');
    expect(labelled.length).toBeGreaterThan(0);
    for (const q of labelled) expect(q.confidence).toBeLessThan(0.5);
  });

  it('a pronoun with its verb clitic is never a public person', () => {
    const text =
      "Lund needs ferries for our children.\n\nI'm old enough to remember Mayor Jo Roe going on radio in 1977, declaring a ''war on the tide,'' and telling riders that ''we need to shift to bigger boats.''";
    const clitic = extractQuotes(text).filter((q) => q.source?.name === "I'm");
    expect(clitic.length).toBeGreaterThan(0);
    for (const q of clitic) expect(q.confidence).toBeLessThan(0.5);
  });
});

describe('descriptions and clauses are no names', () => {
  it.each([
    ['2:30 p.m.\n\nA major Lundish civil rights group says Roe must “open the quay.”', 'open the quay'],
    ['Fares rose sharply, according to new Lundpoll research.', 'Fares rose'],
  ])('a name opened by a lower-case word is never public: %s', (text, part) => {
    const q = containing(extractQuotes(text), part);
    if (q.source && q.source.kind !== 'anonymous' && /^[a-z]/.test(q.source.name))
      expect(q.confidence).toBeLessThan(0.5);
  });
});
