import { extractQuotes, normaliseQuoteText, sourceKey, type ExtractedQuote } from './index';
import { FIXTURES, type ExpectedQuote } from './fixtures';

function find(quotes: ExtractedQuote[], contains: string): ExtractedQuote | undefined {
  return quotes.find((q) => q.text.includes(contains));
}

function expectQuote(quotes: ExtractedQuote[], e: ExpectedQuote): void {
  const q = find(quotes, e.contains);
  expect(q).toBeDefined();
  if (!q) return;
  expect({ contains: e.contains, type: q.type }).toEqual({ contains: e.contains, type: e.type });
  expect(q.speaker?.text ?? null).toBe(e.speaker);
  if (e.source === null) expect(q.source).toBeNull();
  else {
    expect(q.source?.kind).toBe(e.source.kind);
    if (e.source.name) expect(q.source?.name).toBe(e.source.name);
  }
  if (e.segments !== undefined) expect(q.segments).toHaveLength(e.segments);
}

describe('extractQuotes on the project fixtures', () => {
  for (const fixture of FIXTURES) {
    describe(fixture.name, () => {
      const quotes = extractQuotes(fixture.text);
      for (const e of fixture.expected) {
        it(`finds ${e.type} quote “${e.contains.slice(0, 40)}”`, () => expectQuote(quotes, e));
      }
      it('reports offsets that slice the input to the reported text', () => {
        for (const q of quotes) {
          expect(fixture.text.slice(q.start, q.end)).toBe(q.text);
          for (const s of q.segments) {
            expect(fixture.text.slice(s.start, s.end)).toBe(s.text);
            expect(s.start).toBeGreaterThanOrEqual(q.start);
            expect(s.end).toBeLessThanOrEqual(q.end);
          }
          if (q.speaker) expect(fixture.text.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.text);
          if (q.cue) expect(fixture.text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
        }
      });
    });
  }
});

describe('quote forms', () => {
  it('takes a direct quote with the cue after it', () => {
    const [q] = extractQuotes('“The bridge will open in May,” Mayor Hilde Brun said.');
    expect(q.type).toBe('direct');
    expect(q.text).toBe('“The bridge will open in May,”');
    expect(q.cue?.text).toBe('said');
    expect(q.source).toEqual({ name: 'Hilde Brun', kind: 'person', description: null });
  });

  it('takes a direct quote with the cue before it', () => {
    const [q] = extractQuotes('Hilde Brun said: “The bridge will open in May.”');
    expect(q.type).toBe('direct');
    expect(q.text).toBe('“The bridge will open in May.”');
    expect(q.speaker?.text).toBe('Hilde Brun');
  });

  it('takes inverted order: said a senior official', () => {
    const [q] = extractQuotes('“We are close,” said a senior Tarvian official.');
    expect(q.speaker?.text).toBe('a senior Tarvian official');
    expect(q.source?.kind).toBe('anonymous');
    expect(q.source?.description).toBe('a senior Tarvian official');
  });

  it('keeps the redundant said … said of real copy as one attribution', () => {
    const quotes = extractQuotes(
      '“We are close,” said a senior Tarvian official said. The talks resume Monday.',
    );
    expect(quotes.filter((q) => q.type === 'direct')).toHaveLength(1);
    expect(quotes[0].speaker?.text).toBe('a senior Tarvian official');
  });

  it('joins a quote split by its attribution into one quote with two segments', () => {
    const text = '“If the river rises,” the engineer added, “who will pay for the pumps?”';
    const quotes = extractQuotes(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0].segments.map((s) => s.text)).toEqual([
      '“If the river rises,”',
      '“who will pay for the pumps?”',
    ]);
  });

  it('spans a mixed quote over the reported clause, not the fragment alone', () => {
    const text =
      'The minister said there was “absolutely no chance” any ferry would be cancelled this winter.';
    const [q] = extractQuotes(text);
    expect(q.type).toBe('mixed');
    expect(q.text).toBe('there was “absolutely no chance” any ferry would be cancelled this winter');
  });

  it('reports indirect speech: said that, told, according to', () => {
    const text = [
      'The harbourmaster said that the channel would be dredged in spring.',
      'Pilots told the Coastal Record the buoys had drifted.',
      'According to the ministry, two boats ran aground last week.',
    ].join('\n');
    const quotes = extractQuotes(text);
    expect(quotes.map((q) => [q.type, q.text])).toEqual([
      ['indirect', 'that the channel would be dredged in spring'],
      ['indirect', 'the buoys had drifted'],
      ['indirect', 'two boats ran aground last week'],
    ]);
    expect(quotes[2].source?.kind).toBe('organisation');
  });

  it('can leave out indirect speech', () => {
    const text = 'The harbourmaster said that the channel would be dredged. “It is overdue,” he said.';
    expect(extractQuotes(text, { includeIndirect: false }).map((q) => q.type)).toEqual(['direct']);
  });

  it('does not take scare quotes or titles for quotes', () => {
    const text =
      'The tower, known locally as “the Needle”, opened in May. The novel “Salt Roads” sold well. Its so-called “savings” vanished.';
    expect(extractQuotes(text)).toEqual([]);
  });

  it('continues the last speaker for a quote paragraph without attribution', () => {
    const text =
      '“We start on Monday,” the foreman said.\n\n“Every crew will have a new boat and a new radio.”';
    const quotes = extractQuotes(text);
    expect(quotes).toHaveLength(2);
    expect(quotes[1].cue).toBeNull();
    expect(quotes[1].speaker?.text).toBe('the foreman');
  });

  it('adds a following quoted sentence in the same paragraph as a segment', () => {
    const text = '“We start on Monday,” Jonas Ekholm said. “Every crew will have a new boat.”';
    const [q] = extractQuotes(text);
    expect(q.segments).toHaveLength(2);
    expect(q.source?.name).toBe('Jonas Ekholm');
  });

  it('resolves pronouns by gender to the person last named', () => {
    const text =
      'Mrs. Petra Lund met Mr. Ivo Marek on Friday.\n\n“We agreed on nothing,” Marek said.\n\n“Not yet,” she said.\n\n“Soon,” he said.';
    const quotes = extractQuotes(text);
    expect(quotes.map((q) => q.source?.name)).toEqual(['Ivo Marek', 'Petra Lund', 'Ivo Marek']);
  });

  it('uses female pronouns for a speaker with a female honorific', () => {
    const text =
      '“Rates will fall,” Ms. Petra Lund said.\n\n“Not this year,” Ivo Marek said.\n\n“Next year, then,” she said.';
    const quotes = extractQuotes(text);
    expect(quotes[2].source?.name).toBe('Petra Lund');
  });

  it('links repeated anonymous descriptions to the first description', () => {
    const text =
      '“The deal is dead,” a senior Tarvian official said.\n\n“Nobody wants it,” the official said.';
    const quotes = extractQuotes(text);
    expect(quotes[1].source).toEqual(quotes[0].source);
    expect(quotes[1].source?.description).toBe('a senior Tarvian official');
  });

  it('resolves outlet short forms to the outlet last named', () => {
    const text =
      'The Northern Ledger reported on Monday that the mill would close.\n\n“The owners never intended to stay,” the newspaper said.\n\n“Nobody was told,” the Ledger said.';
    const quotes = extractQuotes(text);
    expect(quotes.map((q) => q.source?.name)).toEqual([
      'The Northern Ledger',
      'The Northern Ledger',
      'The Northern Ledger',
    ]);
    expect(quotes.every((q) => q.source?.kind === 'outlet')).toBe(true);
  });

  it('takes an organisation as a speaker', () => {
    const [q] = extractQuotes('“No permits were issued,” the Water Authority said.');
    expect(q.source?.kind).toBe('organisation');
    expect(q.source?.name).toBe('Water Authority');
  });

  it('keeps the appositive as the description of a person', () => {
    const text = 'Ana Prieto, a spokeswoman for the Harbour Board, said the ferries “will run on time.”';
    const [q] = extractQuotes(text);
    expect(q.source).toEqual({
      name: 'Ana Prieto',
      kind: 'person',
      description: 'a spokeswoman for the Harbour Board',
    });
  });

  it('handles “X, citing Y, said:”', () => {
    const text = 'The Coastal Record, citing port officials, said: “The cranes will be replaced.”';
    const [q] = extractQuotes(text);
    expect(q.type).toBe('direct');
    expect(q.source?.name).toBe('The Coastal Record');
  });

  it('keeps nested single quotes inside the quote', () => {
    const [q] = extractQuotes('“They want ‘guarantees’ before they sign,” the envoy said.');
    expect(q.text).toBe('“They want ‘guarantees’ before they sign,”');
  });

  it('survives other quotation marks without crashing', () => {
    for (const text of [
      'Er sagte: „Wir kommen morgen.“',
      'Il a dit « nous viendrons » demain.',
      '彼は「明日来る」と言った。',
      '« open only',
      '„ unmatched',
      '」 stray close',
    ]) {
      const quotes = extractQuotes(text);
      for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
    }
    const [q] = extractQuotes('The mayor said « the bridge is safe » on Friday.');
    expect(q.text).toContain('« the bridge is safe »');
  });

  it('pairs a right double mark that opens a paragraph as a mistyped opener', () => {
    const text =
      'Readers wrote in.\n\n”The ferry timetable has ruined my mornings. Nobody asked us.” ― Tamsin Ollery\n';
    const quotes = extractQuotes(text);
    const q = find(quotes, 'ferry timetable');
    expect(q).toBeDefined();
    expect(q?.type).toBe('direct');
    expect(q?.speaker?.text).toBe('Tamsin Ollery');
  });

  it('keeps a because-clause after the quoted fragment inside the mixed quote', () => {
    const text =
      'The harbour master said the plan was "dead on arrival" because the dredging budget had been cut.';
    const q = find(extractQuotes(text), 'dead on arrival');
    expect(q?.type).toBe('mixed');
    expect(q?.text).toContain('because the dredging budget had been cut');
  });

  it('reports findings of a study, poll or audit as indirect speech', () => {
    const poll = extractQuotes('The latest county poll shows that voters have turned against the toll.');
    expect(poll[0]?.type).toBe('indirect');
    expect(poll[0]?.speaker?.text).toBe('The latest county poll');
    const audit = extractQuotes('One audit found the council had overspent by $4 million.');
    expect(audit[0]?.text).toBe('the council had overspent by $4 million');
    expect(audit[0]?.speaker?.text).toBe('One audit');
  });

  it('knows irregular past forms of cue verbs (showed, sought, knew)', () => {
    const q = extractQuotes('The ferry operator knew that the timetable would be unpopular.');
    expect(q[0]?.type).toBe('indirect');
    expect(q[0]?.text).toBe('that the timetable would be unpopular');
  });

  it('does not report an adjunct after a stance verb as content', () => {
    const quotes = extractQuotes('The harbour master responded with a long silence at the meeting.');
    expect(quotes.some((q) => q.type === 'indirect' && q.text.startsWith('with'))).toBe(false);
  });

  it('does not report a lone lower-case word after a stance verb as content', () => {
    const quotes = extractQuotes('The ferry operator has long supported them.');
    expect(quotes.some((q) => q.type === 'indirect' && q.text === 'them')).toBe(false);
  });

  it('returns nothing for empty or non-string input', () => {
    expect(extractQuotes('')).toEqual([]);
    expect(extractQuotes(undefined as unknown as string)).toEqual([]);
  });
});

describe('normaliseQuoteText', () => {
  it('ignores quote-mark style, whitespace, dashes, case and trailing punctuation', () => {
    expect(normaliseQuoteText('“We’re  not\nleaving — ever,”')).toBe(
      normaliseQuoteText('"we\'re not leaving - ever"'),
    );
  });
  it('keeps different words different', () => {
    expect(normaliseQuoteText('“We are leaving”')).not.toBe(normaliseQuoteText('“We are staying”'));
  });
});

describe('sourceKey', () => {
  it('combines kind and normalised name', () => {
    expect(sourceKey({ name: 'The Northern  Ledger', kind: 'outlet' })).toBe('outlet:northern ledger');
    expect(sourceKey({ name: 'Mr. Ivo Marek', kind: 'person' })).toBe(
      sourceKey({ name: 'mr ivo marek', kind: 'person' }),
    );
  });
  it('separates kinds', () => {
    expect(sourceKey({ name: 'Harbour', kind: 'person' })).not.toBe(
      sourceKey({ name: 'Harbour', kind: 'organisation' }),
    );
  });
});

describe('source phrases (session 11)', () => {
  it('reads a bare cue form between a capitalised modifier and a finite verb as a noun', () => {
    const quotes = extractQuotes('The TV show aired in May. The Lund ferry plan was dropped on Friday.');
    expect(quotes).toEqual([]);
  });

  it('still takes a bare plural subject and its cue', () => {
    const quotes = extractQuotes('Polls in Lund show voters want a new pier.');
    expect(quotes.some((q) => q.type === 'indirect' && q.text.startsWith('voters want'))).toBe(true);
  });

  it.each([
    ['Voters going to the polls on Super Tuesday said they wanted a new pier.', 'Voters going to the polls'],
    ['Officials in Lund plan to close the pier.', 'Officials in Lund'],
  ])('keeps a sentence-opening role noun and its modifier as the subject: %s', (text, speaker) => {
    const [quote] = extractQuotes(text);
    expect(quote?.speaker?.text).toBe(speaker);
    expect(quote?.source?.kind).toBe('anonymous');
  });

  it.each([
    ['Ann Roe said the pier was safe. Tom Roe said it was not.', ['Ann Roe', 'Tom Roe']],
    [
      'Jo Roe and Ann Roe run the ferry. Jo Roe said the pier was safe. Ann Roe said it was not.',
      ['Jo Roe', 'Ann Roe'],
    ],
  ])('keeps two people who share a surname apart: %s', (text, names) => {
    expect(extractQuotes(text).map((q) => q.source?.name)).toEqual(names);
  });

  it.each([
    ['Jo Roe said the pier was safe. J. Roe said it was not.', 'Jo Roe'],
    ['Gov. Jo Roe said the pier was safe. Mayor Roe said it was not.', 'Jo Roe'],
    ['Jo A. Roe said the pier was safe. Jo Roe said it was not.', 'Jo A. Roe'],
  ])('still joins an initial, a title or a shorter form to the full name: %s', (text, name) => {
    expect(extractQuotes(text).map((q) => q.source?.name)).toEqual([name, name]);
  });

  it.each([
    ['Sen. Jo Roe of New Lund said the pier was safe.', 'Jo Roe'],
    ['Jo Poe of the Lund Council said the pier was safe.', 'Jo Poe'],
    ['Mayor Jo Poe of the Lund Council said the pier was safe.', 'Jo Poe'],
  ])('credits the person, not the place or body after "of": %s', (text, name) => {
    const [quote] = extractQuotes(text);
    expect(quote?.source).toMatchObject({ name, kind: 'person' });
  });

  it.each([
    ['The Center for Open Ports said the pier was safe.', 'The Center for Open Ports'],
    ['According to the Committee on Harbour Safety, the pier was safe.', 'Committee on Harbour Safety'],
    ['The Committee on Harbour Safety said the pier was safe.', 'The Committee on Harbour Safety'],
  ])('names an institution in full across "for" and "on": %s', (text, name) => {
    const [quote] = extractQuotes(text);
    expect(quote?.source).toMatchObject({ name, kind: 'organisation' });
  });

  it('keeps a share of a body as a description of it, not a person or a longer body', () => {
    const [quote] = extractQuotes('Some of the Lund Council said the bill was a mess.');
    expect(quote?.source).toMatchObject({ name: 'Lund Council', kind: 'organisation' });
  });

  it.each([
    ['Is Roe doing well? “We are doing very well,” Roe said.', 'Roe'],
    ['Did Jo Roe remind you of the old mayor? Roe said, “Maybe so.”', 'Jo Roe'],
    ['More Jo Roe: “So far so good,” she said.', 'Jo Roe'],
  ])('keeps a question’s auxiliary or a digest’s "More" out of the name: %s', (text, name) => {
    const quotes = extractQuotes(text);
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q.source?.name).toBe(name);
  });

  it('keeps a capitalised opener out of a speaker’s name', () => {
    const [quote] = extractQuotes("In Roe's mind, his plan is sound.");
    expect(quote?.source?.name).toBe('Roe');
  });

  it('keeps "Will" as a given name outside a question', () => {
    expect(extractQuotes('Will Roe said the pier was safe.')[0]?.source?.name).toBe('Will Roe');
  });

  it('keeps a correlative opening the sentence out of the full name a title later resolves to', () => {
    const quotes = extractQuotes(
      'Neither Jo Roe nor Al Poe has said the pier is safe. Mr. Roe said it again.',
    );
    expect(quotes.find((q) => q.text === 'it again')?.source?.name).toBe('Jo Roe');
  });

  it('resolves a gendered title to the person of that gender sharing the surname', () => {
    const quotes = extractQuotes(
      'Ann Roe met voters. Mr. Tom Roe spoke after her. Mrs. Roe said the pier was safe. Mr. Roe said it was not.',
    );
    expect(quotes.map((q) => q.source?.name)).toEqual(['Ann Roe', 'Tom Roe']);
  });

  it.each([
    'Jo Roe said the pier was safe. Sam Poe said it was not. Ms. Roe left early. She said the ferry would run.',
    'Jo Roe said the pier was safe. Sam Poe said it was not. Ms. Jo Roe left early. She said the ferry would run.',
  ])('genders a surname by an earlier honorific before resolving a pronoun: %s', (text) => {
    const quotes = extractQuotes(text);
    expect(quotes.find((q) => q.text === 'the ferry would run')?.source?.name).toBe('Jo Roe');
  });

  it('lets no honorific after the pronoun, a relative’s, regender the person', () => {
    const quotes = extractQuotes(
      'Jo Roe said the sale was “sad.” Sam Poe, the buyer, said it was “fair.” He said the price was “right.” The firm was founded in 1950 by Mr. Roe, her father.',
    );
    expect(quotes.find((q) => q.text.includes('right'))?.source?.name).toBe('Sam Poe');
  });

  it('leaves a time phrase before a name out of the speaker phrase', () => {
    const [quote] = extractQuotes('In his speech on Monday Jo Roe said the pier was safe.');
    expect(quote?.speaker?.text).toBe('Jo Roe');
    expect(quote?.source?.name).toBe('Jo Roe');
  });
});

describe('a reported clause that goes on after its attribution (session 11)', () => {
  it.each([
    [
      'Jo Roe runs the ferry. The years that followed, she said, brought a fundamental shift to Lund.',
      ['The years that followed', 'brought a fundamental shift to Lund'],
    ],
    [
      'Jo Roe runs the ferry. She leans toward the council, she said Friday, because she prizes a safe pier.',
      ['She leans toward the council', 'because she prizes a safe pier'],
    ],
  ])('keeps both parts as segments: %s', (text, parts) => {
    const quote = extractQuotes(text).find((q) => q.type === 'indirect');
    expect(quote?.segments.map((s) => s.text)).toEqual(parts);
    expect(quote?.source?.name).toBe('Jo Roe');
  });

  it.each([
    'The pier is safe for ferries, Jo Roe said Friday, a day after the vote.',
    'The pier is safe for ferries, Jo Roe said, adding that the ferry runs late.',
  ])('takes no appositive or participle clause after the attribution: %s', (text) => {
    const [quote] = extractQuotes(text);
    expect(quote?.segments.map((s) => s.text)).toEqual(['The pier is safe for ferries']);
  });

  it('ends the content with the attribution that closes the sentence', () => {
    const [quote] = extractQuotes('The pier is safe for ferries, the mayor said on Friday.');
    expect(quote?.segments.map((s) => s.text)).toEqual(['The pier is safe for ferries']);
  });
});

describe('a listener verb whose object is only its listener (session 11)', () => {
  it('reports nothing for "did not tell harbour officials"', () => {
    const quotes = extractQuotes('Still, the Lunders kept it quiet and did not tell harbour officials.');
    expect(quotes.some((q) => q.evidence.cue === 'tell')).toBe(false);
  });

  it('still reports what follows a role-noun listener', () => {
    const quotes = extractQuotes('Jo Roe told Lund officials the pier was safe.');
    expect(quotes.map((q) => q.text)).toEqual(['the pier was safe']);
  });
});

describe('a trailing attribution followed by its frame (session 11 review)', () => {
  it.each([
    'The pier is safe for ferries, Jo Roe said after the meeting.',
    'The pier is safe for ferries, Jo Roe said as she left the hall.',
    'The pier is safe for ferries, Jo Roe said before the vote.',
  ])('still reports the clause before it: %s', (text) => {
    const [quote] = extractQuotes(text);
    expect(quote?.text).toBe('The pier is safe for ferries');
    expect(quote?.source?.name).toBe('Jo Roe');
  });
});

describe('review of the session-11 rounds: what must not be a quote', () => {
  it.each([
    'She walked to Post “Office” Square.',
    'Her job is to answer “any question” from riders.',
    'Jo Roe played piano at the pier as a “warm-up” act.',
    'The budget calls for a “green” pier.',
    'It was a politically charged visit to the pier.',
  ])('reports nothing: %s', (text) => {
    expect(extractQuotes(text)).toEqual([]);
  });

  it.each([
    ['Jo Roe played down the delay as “minimal.”', 'the delay as “minimal.”'],
    ['Jo Roe heralded the deal as a “breakthrough.”', 'the deal as a “breakthrough.”'],
  ])('still frames an object "as “…”" after its verb: %s', (text, content) => {
    const [quote] = extractQuotes(text);
    expect(quote).toMatchObject({ type: 'mixed', text: content });
  });

  it.each([
    ['The Daily reported Jo Roe had resigned.', 'Jo Roe had resigned'],
    ['The family said Jo Roe was right.', 'Jo Roe was right'],
  ])('keeps a verb after a noun in -ly as a cue: %s', (text, content) => {
    expect(extractQuotes(text).map((q) => q.text)).toEqual([content]);
  });
});
