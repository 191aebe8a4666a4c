/**
 * Rules added for issue 15 (quoted F1): one table per rule, on invented text.
 */
import { extractQuotes, type ExtractedQuote } from './index';

function containing(quotes: ExtractedQuote[], part: string): ExtractedQuote {
  const q = quotes.find((x) => x.text.includes(part));
  if (!q) throw new Error(`no quote contains “${part}”: ${JSON.stringify(quotes.map((x) => x.text))}`);
  return q;
}

describe('a colon before a quote paragraph hands over past a longer frame', () => {
  it.each([
    ['Jo Roe told the crowd, to loud applause:', 'Jo Roe'],
    ['In a release this month, the harbour board said about its new plan for the quay:', 'the harbour board'],
    ['As Jo Roe reported after the board met in Lund:', 'Jo Roe'],
    ['The Harbour Trust describes itself in the following way:', 'The Harbour Trust'],
    [
      'The harbour board said about its specific inclusion of the ferry business in the latest draft of its plan for the quay:',
      'The harbour board',
    ],
  ])('%s', (intro, speaker) => {
    const text = `The ferry was late again.\n\n${intro}\n\n“Nobody keeps the boats running better than we do.”\n`;
    const q = containing(extractQuotes(text), 'Nobody keeps');
    expect(q.text).toBe('“Nobody keeps the boats running better than we do.”');
    expect(q.type).toBe('direct');
    expect(q.evidence.rule).toBe('colon-intro');
    expect(q.speaker?.text).toBe(speaker);
  });

  it('keeps the short window when no quote follows the colon', () => {
    const text = 'Jo Roe told the crowd, to loud applause, about three plans:\n\nThe first was a new pier.\n';
    expect(extractQuotes(text).every((q) => q.evidence.rule !== 'colon-intro')).toBe(true);
  });
});

describe('a gerund `saying` after a preposition is a cue', () => {
  it.each([
    ['Roe responded by saying, “The pier will stay open.”', '“The pier will stay open.”', 'direct'],
    ['Roe ended the meeting by saying the pier “will stay open.”', 'the pier “will stay open.”', 'mixed'],
  ])('%s', (text, content, type) => {
    const q = containing(extractQuotes(text), 'stay open');
    expect(q.text).toBe(content);
    expect(q.type).toBe(type);
    expect(q.speaker?.text).toBe('Roe');
  });

  it('leaves the noun alone', () => {
    expect(extractQuotes('Roe likes the old saying about tides and ferries.')).toHaveLength(0);
  });
});

describe('the clause subject follows an opening adverbial clause or connective adverb', () => {
  it.each([
    ['As the crowd began to chant, Roe was joined on stage by Holm and joked, “The pier is fine, people.”'],
    ['When the ferry finally docked, Roe stepped off and shouted, “The pier is fine, people.”'],
    ['And then Roe went on the attack, saying, “The pier is fine, people.”'],
  ])('%s', (text) => {
    const q = containing(extractQuotes(text), 'pier is fine');
    expect(q.text).toBe('“The pier is fine, people.”');
    expect(q.speaker?.text).toBe('Roe');
  });
});

describe('a quoted title in the attribution frame is no part of the quote', () => {
  it.each([
    ['“The pier is safe,” Roe said on “Harbour Today.” “But the ferry is not.”'],
    ['“The pier is safe,” Roe said Sunday on Radio Lund’s “Harbour Today.”'],
    ['“The pier is safe,” Roe told “Harbour Today.” “But the ferry is not.”'],
  ])('%s', (text) => {
    const q = containing(extractQuotes(text), 'pier is safe');
    expect(q.segments.map((s) => s.text)).not.toContain('“Harbour Today.”');
    expect(q.segments[0].text).toBe('“The pier is safe,”');
    expect(q.speaker?.text).toBe('Roe');
  });

  it('still joins a split quote after a comma', () => {
    const q = containing(extractQuotes('“The pier is safe,” Roe said, “but the ferry is not.”'), 'pier');
    expect(q.segments.map((s) => s.text)).toEqual(['“The pier is safe,”', '“but the ferry is not.”']);
  });
});

describe('a text or sign that reads or claims its words is a cue', () => {
  it.each([
    ['The sign reads “No ferries today.”', 'The sign'],
    ['Outside the quay, one banner read, “Save our pier.”', 'one banner'],
    ['The ad claims “Roe is the captain you can trust.”', 'The ad'],
  ])('%s', (text, speaker) => {
    const [q] = extractQuotes(text);
    expect(q.type).toBe('direct');
    expect(q.speaker?.text).toBe(speaker);
  });

  it('keeps reading a document a stance, not a quote', () => {
    expect(extractQuotes('Roe read the report twice.').every((q) => q.type === 'indirect')).toBe(true);
  });

  it('reports a that-clause of a document', () => {
    const [q] = extractQuotes('The memo charges that the pier was "a wreck."');
    expect(q.text).toBe('that the pier was "a wreck."');
    expect(q.speaker?.text).toBe('The memo');
  });
});

describe('a plural possessive reads like ’s in a speaker’s description', () => {
  it.each([
    ['"The count is changing the harbour," Jo Roe, Holms\' campaign manager, said in a statement.'],
    ['“The count is changing the harbour,” Jo Roe, the captains’ spokeswoman, said on Monday.'],
  ])('%s', (text) => {
    const [q] = extractQuotes(text);
    expect(q.type).toBe('direct');
    expect(q.text).toMatch(/^.The count is changing the harbour,.$/);
    expect(q.speaker?.text).toBe('Jo Roe');
  });
});

describe('a participle cue after `, and` or a dash governs the quote; the earlier cue keeps its clause', () => {
  it.each([
    ['Roe said that the pier was unsafe, and calling it "a disgrace."', 'that the pier was unsafe'],
    ['Roe said the pier was unsafe — arguing that it was "a disgrace."', 'the pier was unsafe'],
    [
      'Roe said the posts were rotten - and arguing that she and Holm shared "the same views."',
      'the posts were rotten',
    ],
    [
      'Roe left the quay, saying the posts were rotten and calling them "a disgrace."',
      'the posts were rotten',
    ],
  ])('%s', (text, earlier) => {
    const quotes = extractQuotes(text);
    const first = quotes.find((q) => q.type === 'indirect');
    expect(first?.text).toBe(earlier);
    const quoted = quotes.find((q) => q.type !== 'indirect');
    expect(quoted?.text).not.toContain(earlier);
    expect(quoted?.speaker?.text).toBe('Roe');
  });

  it('leaves a participle used as a modifier alone', () => {
    const [q] = extractQuotes('Roe said the pier and calling station were "a disgrace."');
    expect(q.text).toBe('the pier and calling station were "a disgrace."');
  });
});

describe('a full stop right before a comma ends an abbreviation, not the sentence', () => {
  it.each([
    ['"Let me make it clear," Harbour Master Jo Roe, R-Ky., said. "That is not our view."'],
    ['"Let me make it clear," Jo Roe, a captain from Lund, Mass., said. "That is not our view."'],
  ])('%s', (text) => {
    const [q] = extractQuotes(text);
    expect(q.segments.map((s) => s.text)).toEqual(['"Let me make it clear,"', '"That is not our view."']);
    expect(q.speaker?.text).toMatch(/Jo Roe$/);
  });
});

describe('a text named after its words with `read`/`reads` credits them', () => {
  it.each([
    ['“The pier is safe! The boats are fine,” read one banner.', 'one banner'],
    ['“The pier is safe for everyone,” reads a Monday editorial in the Harbour Post.', 'a Monday editorial'],
  ])('%s', (text, speaker) => {
    const [q] = extractQuotes(text);
    expect(q.type).toBe('direct');
    expect(q.evidence.rule).toBe('cue-after');
    expect(q.speaker?.text).toBe(speaker);
  });

  it('needs a text as the subject', () => {
    expect(extractQuotes('“The pier is safe,” read the book.')).toHaveLength(0);
  });
});

describe('a quote introduced by its cue that breaks off mid-clause runs on as a mixed quote', () => {
  it.each([
    [
      'In the poorer parts of town, he said, "we do not know what the answer will be" on how many boats will go.',
      '"we do not know what the answer will be" on how many boats will go',
      'mixed',
    ],
    ['Roe said, “The pier is safe.”', '“The pier is safe.”', 'direct'],
    ['Roe said, “safe” in a tweet.', '“safe”', 'direct'],
    [
      'Roe said, "we do not know" if the "new pier" will hold.',
      '"we do not know" if the "new pier" will hold',
      'mixed',
    ],
  ])('%s', (text, content, type) => {
    const quotes = extractQuotes(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0].text).toBe(content);
    expect(quotes[0].type).toBe(type);
  });
});

describe('a participle after a comma inside a closing quote mark is a cue', () => {
  it.each([
    [
      'Roe needled the harbour “expert,” saying, “An expert who posts on request!”',
      '“An expert who posts on request!”',
    ],
    ['Roe called the plan “a start,” adding, “It needs more money.”', '“It needs more money.”'],
  ])('%s', (text, content) => {
    const q = containing(extractQuotes(text), content.slice(1, 12));
    expect(q.text).toBe(content);
    expect(q.speaker?.text).toBe('Roe');
  });
});

describe('a relative `that` + cue right before a quote reports it for the noun before', () => {
  it.each([
    ['Roe passed out bottles that said, “Welcome to the pier. Is that not refreshing?”', 'bottles that'],
    [
      'Roe released a marketing video that said, "We will have captains who are terrific."',
      'a marketing video that',
    ],
  ])('%s', (text, speaker) => {
    const [q] = extractQuotes(text);
    expect(q.type).toBe('direct');
    expect(q.speaker?.text).toBe(speaker);
  });

  it('keeps `that` before a cue with no quote next a determiner', () => {
    const quotes = extractQuotes('Roe doubted that said plan would work.');
    expect(quotes.map((q) => q.text)).toEqual(['that said plan would work']);
    expect(quotes[0].speaker?.text).toBe('Roe');
  });
});

describe('a long appositive after an attribution still joins a split quote', () => {
  it('joins past the description', () => {
    const quotes = extractQuotes(
      '"This used to be the ferry yard," said Jo Roe, director of harbour studies at the Lund Institute in Lund, "but it is a marina now."',
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0].segments.map((s) => s.text)).toEqual([
      '"This used to be the ferry yard,"',
      '"but it is a marina now."',
    ]);
    expect(quotes[0].speaker?.text).toBe('Jo Roe');
  });

  it('does not join past another cue', () => {
    const quotes = extractQuotes(
      '"This used to be the ferry yard," said Jo Roe, who told the board in Lund last week, "it is a marina now."',
    );
    expect(quotes[0].segments).toHaveLength(1);
  });
});

describe('a manner verb after a quote may go on with a particle or a participle', () => {
  it.each([
    ['"Never!" the crowd cried out, booing.', 'the crowd'],
    ['"Never!" the crowd jeered, waving flags.', 'the crowd'],
  ])('%s', (text, speaker) => {
    const [q] = extractQuotes(text);
    expect(q.text).toBe('"Never!"');
    expect(q.speaker?.text).toBe(speaker);
  });
});

describe('a report that is only its frame hands over to the quote opening the next sentence', () => {
  it('credits the quote after `said in a statement.`', () => {
    const text =
      'The harbour was busy.\n\nJo Roe, the harbour master, said in a statement. “There are no boats to count. The pier is closed.”\n';
    const q = containing(extractQuotes(text), 'no boats');
    expect(q.text).toBe('“There are no boats to count. The pier is closed.”');
    expect(q.type).toBe('direct');
    expect(q.speaker?.text).toBe('Jo Roe');
  });

  it('still continues a quote of the same sentence', () => {
    const quotes = extractQuotes('“The pier is safe,” Jo Roe said in a statement. “The ferry is not.”');
    expect(quotes).toHaveLength(1);
    expect(quotes[0].segments).toHaveLength(2);
  });
});

describe('a digest item: the name after a headline dash labels the quote after its colon', () => {
  it.each([
    [
      'FERRY COUNTS NOT WRONG, JUST EARLY - Jo Roe and Sam Lee: “The counts ended too early. They were not wrong.” [Harbour Post.]',
      'Jo Roe and Sam Lee',
    ],
    [
      'Tides matter more - More from Roe: “The pier was never the problem. The tides were.” [Harbour Post.]',
      'Roe',
    ],
    ['Councils share the blame — Sam Lee: “The counts ended too early. They were not wrong.”', 'Sam Lee'],
  ])('%s', (item, speaker) => {
    const text = `Jo Roe runs the harbour survey.\n\n${item}\n`;
    const q = containing(extractQuotes(text), '.”');
    expect(q.text).toBe(item.slice(item.indexOf('“'), item.indexOf('”') + 1));
    expect(q.type).toBe('direct');
    expect(q.evidence.rule).toBe('label');
    expect(q.speaker?.text).toBe(speaker);
  });

  it('needs a name after the dash', () => {
    const text = 'Jo Roe runs the survey.\n\nThe pier - and the counts were late: “Nobody knew why.”\n';
    expect(extractQuotes(text).every((q) => q.evidence.rule !== 'label')).toBe(true);
  });
});

describe('a named subject and one verb before a colon hand over to the quote paragraph', () => {
  it.each([['Jo Roe echoed:'], ['Sam Lee beamed:'], ['Holm nods:']])('%s', (intro) => {
    const text = `Many riders were happy.\n\n${intro}\n\n“He speaks his mind, and I think that is what the harbour needs.”\n`;
    const q = containing(extractQuotes(text), 'speaks his mind');
    expect(q.text).toBe('“He speaks his mind, and I think that is what the harbour needs.”');
    expect(q.evidence.rule).toBe('colon-intro');
  });

  it('needs the verb right after the name', () => {
    const text =
      'Many riders were happy.\n\nJo Roe had a list of demands:\n\n“Open the pier and run the ferry.”\n';
    expect(extractQuotes(text).every((q) => q.evidence.rule !== 'colon-intro')).toBe(true);
  });
});

describe('a manner verb before the name keeps a relative clause or long description after it', () => {
  it.each([
    [
      '“This is fantastic!” beamed Jo Roe of Lund, Sweden, who snuck onto the floor from the seats.',
      'Jo Roe',
    ],
    ['“This is fantastic!” beamed Jo Roe, 45, who snuck in.', 'Jo Roe'],
    [
      '“This is fantastic!” beamed Jo Roe, a captain from Lund who has run the ferry for twenty years.',
      'Jo Roe',
    ],
  ])('%s', (text, speaker) => {
    const q = containing(extractQuotes(`The crowd cheered.\n\n${text}\n`), 'fantastic');
    expect(q.text).toBe('“This is fantastic!”');
    expect(q.evidence.rule).toBe('cue-after');
    expect(q.source?.name).toBe(speaker);
  });
});

describe('a longer attribution sentence after a question or exclamation still attributes it', () => {
  it.each([
    [
      '“It looks like we will not get along, who knows?” Roe told the Lund radio station in an interview aired on Monday when asked how ties would fare.',
      '“It looks like we will not get along, who knows?”',
    ],
    [
      '“Nobody can argue with that!” Jo Roe tweeted on Friday with a photograph of the old pier and the new ferry at sunset.',
      '“Nobody can argue with that!”',
    ],
  ])('%s', (text, quote) => {
    const q = containing(extractQuotes(`The mayor spoke first.\n${text}\n`), quote);
    expect(q.text).toBe(quote);
    expect(q.evidence.rule).toBe('cue-after');
  });

  it('keeps a full stop closing the quote a sentence end', () => {
    const text =
      '“The pier is safe.” Roe told the Lund radio station in an interview aired on Monday that the ferry would run again soon.';
    expect(extractQuotes(text).find((q) => q.text === '“The pier is safe.”')?.evidence.rule).not.toBe(
      'cue-after',
    );
  });
});

describe('a name and a past-tense verb after a question stay with it', () => {
  it('“…?” Holm pressed.', () => {
    const text =
      'The pier opened.\n\n“Would it be open on the weekend?” Holm pressed. “Maybe for a few hours?”\n';
    const q = containing(extractQuotes(text), 'weekend');
    expect(q.segments.map((g) => g.text)).toEqual([
      '“Would it be open on the weekend?”',
      '“Maybe for a few hours?”',
    ]);
    expect(q.source?.name).toBe('Holm');
  });
});

describe('`went on` after a quote attributes it', () => {
  it.each([['she went on.'], ['Jo Roe went on.']])('“…,” %s', (tail) => {
    const text = `Jo Roe spoke first.\n\n“It is a worry to me because it would end the ferry,” ${tail}\n`;
    const q = containing(extractQuotes(text), 'a worry');
    expect(q.text).toBe('“It is a worry to me because it would end the ferry,”');
    expect(q.evidence.rule).toBe('cue-after');
    expect(q.source?.name).toBe('Jo Roe');
  });
});

describe('a clause with its own subject hands a closing quoted sentence over after a comma', () => {
  it.each([
    [
      'Right after the storm, Roe issued a statement, “Last night our town was hit hard. It was the worst in years.”',
      'Roe',
    ],
    [
      'Earlier this week, Jo Roe shared her worry with a crowd at the pier in Lund, “I do not know which ferry will show up.”',
      'Jo Roe',
    ],
  ])('%s', (text, speaker) => {
    const quotes = extractQuotes(`The harbour was quiet.\n\n${text}\n`);
    const q = containing(quotes, 'I');
    expect(q.text).toBe(text.slice(text.indexOf('“')));
    expect(q.type).toBe('direct');
    expect(q.source?.name).toBe(speaker);
  });

  it('leaves a title alone', () => {
    const text = 'The Lund Post spoke with Roe on the latest episode of its podcast, “So, That Happened.”';
    expect(extractQuotes(text).filter((q) => q.type !== 'indirect')).toHaveLength(0);
  });
});

describe('a retort verb with `back` after a quote: the subject before the verb speaks', () => {
  it.each([['“That is not true,” Roe shot back.'], ['“That is not true,” Roe shot back on Monday.']])(
    '%s',
    (text) => {
      const q = containing(extractQuotes(text), 'not true');
      expect(q.text).toBe('“That is not true,”');
      expect(q.source?.name).toBe('Roe');
      expect(q.source?.kind).toBe('person');
    },
  );
});

describe('an attribution sentence with its own later quote stays with a question before it', () => {
  it('“…? Three?” Roe asks as …, saying he is “…”', () => {
    const text =
      'The sketch aired late.\n\n“Who can count the ferries we lost? Is it two? Three?” Roe asks as a porter walks in front of her, saying he is “here to fix the pier.”\n';
    const q = containing(extractQuotes(text), 'Three?');
    expect(q.text).toBe('“Who can count the ferries we lost? Is it two? Three?”');
    expect(q.evidence.rule).toBe('cue-after');
    expect(q.source?.name).toBe('Roe');
  });
});

describe('a web address is one word', () => {
  it('“…,” Jo Roe, who founded lundpolls.com, said', () => {
    const text =
      'The polls moved. “We need a plan for the ferry riders,” Jo Roe, who founded lundpolls.com, said on Wednesday.';
    const q = containing(extractQuotes(text), 'ferry riders');
    expect(q.text).toBe('“We need a plan for the ferry riders,”');
    expect(q.source?.name).toBe('Jo Roe');
  });

  it('still splits two words run together at a full stop', () => {
    const q = containing(extractQuotes('“The pier is open,” Roe said.the ferry ran.'), 'pier');
    expect(q.source?.name).toBe('Roe');
  });
});

describe('a noun-or-verb form before a colon after a determiner phrase is the verb', () => {
  it('as the Lund Harbour website notes:', () => {
    const text =
      'The pier matters, as the Lund Harbour website notes:\n\n"In the fall of 1960, some ninety captains met at the pier, where they founded the trust."\n';
    const q = containing(extractQuotes(text), 'ninety captains');
    expect(q.evidence.rule).toBe('colon-intro');
    expect(q.speaker?.text).toBe('the Lund Harbour website');
  });

  it('needs the quote paragraph', () => {
    const text =
      'The pier matters, as the Lund Harbour website notes:\n\nThe fall of 1960 saw ninety captains meet.\n';
    expect(extractQuotes(text).every((q) => q.evidence.rule !== 'colon-intro')).toBe(true);
  });
});

describe('a quoted term running on bare into its clause is no report of the cue right after it', () => {
  it.each([
    'The ferry was late. The “wise choice” phrase Jo Roe cited on Monday has stuck.',
    'The ferry was late. The “harbour tricks” that Jo Roe accused the board of have ended.',
    'The ferry was late. What “reform” are they talking about in Lund?',
  ])('%s', (text) => {
    expect(extractQuotes(text).filter((q) => q.type !== 'indirect')).toEqual([]);
  });

  it('a later attribution after a comma reports the whole clause', () => {
    const text =
      'The ferry was late. The board had “made the biggest mistake” yet in the harbour budget, Jo Roe said.';
    const q = containing(extractQuotes(text), 'biggest mistake');
    expect(q.text).toBe('The board had “made the biggest mistake” yet in the harbour budget');
    expect(q.type).toBe('mixed');
    expect(q.speaker?.text).toBe('Jo Roe');
  });
});

describe('a naming participle after an indefinite noun phrase names a thing, no one speaks', () => {
  it.each([
    'Jo Roe has set up a website called “Lund If Brun Wins” that pitches the town as a refuge.',
    'The harbour board paid for a short film called “Our Pier” on local radio.',
    'The harbour still runs on an old ferry formula known as the “pier tax” in Lund.',
  ])('%s', (text) => {
    expect(extractQuotes(text).filter((q) => q.type !== 'indirect')).toEqual([]);
  });

  it('keeps a naming by a subject', () => {
    const text = 'Jo Roe called the plan “a mess.” A spokesman called it “a disgrace” on Monday.';
    expect(containing(extractQuotes(text), 'a mess').speaker?.text).toBe('Jo Roe');
    expect(containing(extractQuotes(text), 'a disgrace').speaker?.text).toBe('A spokesman');
  });
});

describe('`what X calls “…”` runs on with the noun phrase a bare quote modifies', () => {
  it.each([
    [
      'Jo Roe has built what she calls “smart” profiles of voters.',
      'what she calls “smart” profiles of voters',
    ],
    ['Brun railed against what he calls the “harbour cartel” in Lund.', 'what he calls the “harbour cartel”'],
    [
      'Brun railed against what he calls the “harbour cartel” and cast himself as an outsider.',
      'what he calls the “harbour cartel”',
    ],
    ['Roe praised what she called “a fine crossing.” Then she left.', 'what she called “a fine crossing.”'],
  ])('%s', (text, content) => {
    const q = containing(extractQuotes(text), 'what ');
    expect(q.text).toBe(content);
    expect(q.evidence.rule).toBe('what-calls');
  });
});

describe('`according to` with quote marks', () => {
  it.each([
    [
      'The pier would cost about $1.3 million a year, according to the “Harbour First” document she released.',
      'The pier would cost about $1.3 million a year',
      'the “Harbour First” document she released',
    ],
    [
      'According to her “clawback” plan, firms leaving Lund would pay a fee.',
      'firms leaving Lund would pay a fee',
      'her “clawback” plan',
    ],
  ])('a quote inside the source phrase names the source: %s', (text, content, speaker) => {
    const quotes = extractQuotes(text);
    expect(quotes.filter((q) => q.type !== 'indirect')).toEqual([]);
    const q = containing(quotes, content);
    expect(q.text).toBe(content);
    expect(q.speaker?.text).toBe(speaker);
  });

  it('a sentence opening `According to X,` is X’s report to the sentence end, past a longer phrase', () => {
    const text =
      'According to some on the harbour radio, Roe praised her “wonderful captains” on the pier, and she asked them to stay.';
    const q = containing(extractQuotes(text), 'wonderful');
    expect(q.text).toBe('Roe praised her “wonderful captains” on the pier, and she asked them to stay');
    expect(q.type).toBe('mixed');
    expect(q.evidence.rule).toBe('according-to');
  });

  it('a subject before `, according to X,` is part of the report', () => {
    const text = 'Other big gaps, according to the poll, include age (Roe leads among “very young” voters).';
    const q = containing(extractQuotes(text), 'very young');
    expect(q.segments.map((s) => s.text)).toEqual([
      'Other big gaps',
      'include age (Roe leads among “very young” voters)',
    ]);
  });
});

describe('a prepositional frame whose object is a quoted title or name reports nothing', () => {
  it.each([
    'Jo Roe said Wednesday morning on Lund TV’s “Morning Pier.”',
    'Jo Roe wrote under the pen name “Jo Danger,” but it did not help.',
  ])('%s', (text) => {
    expect(extractQuotes(text).filter((q) => q.type !== 'indirect')).toEqual([]);
  });

  it('keeps a quoted clause after the frame', () => {
    const q = containing(
      extractQuotes('Jo Roe said in a statement that the pier was “Totally Unsafe.”'),
      'Unsafe',
    );
    expect(q.text).toBe('that the pier was “Totally Unsafe.”');
  });
});

describe('a possessive listener and its quoted programme are frame', () => {
  it('reports the clause after the programme', () => {
    const quotes = extractQuotes('Jo Roe told Lund TV’s “Harbour Morning” on Monday the talk was “cordial.”');
    expect(quotes.map((q) => q.text)).toEqual(['the talk was “cordial.”']);
    expect(quotes[0].type).toBe('mixed');
    expect(quotes[0].speaker?.text).toBe('Jo Roe');
  });

  it('leaves no quoted report of the programme alone', () => {
    const quotes = extractQuotes(
      'Jo Roe told Lund TV’s “Harbour Morning” on Monday that the pier would close.',
    );
    expect(quotes.filter((q) => q.type !== 'indirect')).toEqual([]);
    expect(containing(quotes, 'pier').text).toBe('that the pier would close');
  });
});

describe('a gloss after a quote closed by a comma is no part of the quoted clause', () => {
  it.each([
    [
      'Roe said the board must close the “Lund gap,” a flaw in the ferry rules that let boats sail unchecked.',
      'the board must close the “Lund gap,”',
    ],
    [
      'Roe said the board favoured “self-mooring,” which is cheaper than a new pier.',
      'the board favoured “self-mooring,”',
    ],
    ['Roe urged Holm to drop “self-mooring,” another idea the board had backed.', 'to drop “self-mooring,”'],
  ])('%s', (text, content) => {
    const q = containing(extractQuotes(text), text.includes('Lund gap') ? 'Lund gap' : 'self-mooring');
    expect(q.text).toBe(content);
    expect(q.speaker?.text).toBe('Roe');
  });

  it('keeps an appositive that quotes more', () => {
    const q = containing(
      extractQuotes('Roe called Holm a “harbour bully,” a “liar” and “unfit.”'),
      'harbour bully',
    );
    expect(q.text).toBe('Holm a “harbour bully,” a “liar” and “unfit.”');
  });
});

describe('a fragment quote set off by a comma is quoted whole', () => {
  const opening =
    '“The pier is safe,” Jo Roe said. She ended her letter to the board with an old harbour motto';
  const quote = '“a ship in port is safe, but that is not what ships are for.”';

  it('takes the quote alone after a comma', () => {
    const q = containing(extractQuotes(`${opening}, ${quote}`), 'ship in port');
    expect(q.text).toBe(quote);
    expect(q.type).toBe('direct');
    expect(q.evidence.rule).toBe('continuation-fragment');
    expect(q.speaker?.text).toBe('Jo Roe');
  });

  it('keeps the clause when the quote continues it', () => {
    const q = containing(extractQuotes(`${opening} that ${quote}`), 'ship in port');
    expect(q.text).toBe(`She ended her letter to the board with an old harbour motto that ${quote}`);
    expect(q.type).toBe('mixed');
  });
});

describe('an attribution after a quote past a long appositive or a relative clause', () => {
  it.each([
    [
      '“Very good boat, very good boat this one,” Roe, the Lund front-runner nationally and leader in the polls in the south by a wide margin after winning the Lund primary, said on Monday.',
      '“Very good boat, very good boat this one,”',
      'Roe',
    ],
    [
      '“The pier is under a lot of strain,” a harbour official, who was not authorized to speak on the record, said.',
      '“The pier is under a lot of strain,”',
      'a harbour official',
    ],
  ])('%s', (text, content, speaker) => {
    const q = extractQuotes(text).find((x) => x.type !== 'indirect');
    expect(q?.text).toBe(content);
    expect(q?.type).toBe('direct');
    expect(q?.evidence.rule).toBe('cue-after');
    expect(q?.speaker?.text).toBe(speaker);
  });
});

describe('a report inside an opening adverbial clause ends at a comma inside the closing mark', () => {
  it.each([
    [
      'Although critics say Roe is “not a natural sailor,” Roe won the race on Tuesday.',
      'Roe is “not a natural sailor,”',
    ],
    [
      'While Holm described the levy as “a disgrace,” the council approved it on Monday.',
      'the levy as “a disgrace,”',
    ],
    ['After Holm called the levy “a disgrace,” the council dropped it.', 'the levy “a disgrace,”'],
    ['In declaring the levy “a disgrace,” Holm broke with the council.', 'the levy “a disgrace,”'],
    [
      'For someone who admitted that she is “not a natural sailor,” Roe had a good race on Tuesday.',
      'that she is “not a natural sailor,”',
    ],
  ])('%s', (text, content) => {
    const q = containing(extractQuotes(text), text.includes('disgrace') ? 'disgrace' : 'sailor');
    expect(q.text).toBe(content);
  });

  it('keeps a coordinated that-clause', () => {
    const text = 'When Holm said the levy was “unfair,” and that it should go, the council listened.';
    expect(containing(extractQuotes(text), 'unfair').text).toBe(
      'the levy was “unfair,” and that it should go',
    );
  });
});

describe('a quoted clause ends before a verb phrase in sequence', () => {
  it.each([['and also'], ['and then']])('%s', (link) => {
    const text = `Roe said the board wants to end “the Lund gap” ${link} close the old pier.`;
    const q = containing(extractQuotes(text), 'Lund gap');
    expect(q.text).toBe('the board wants to end “the Lund gap”');
  });
});

describe('a counted subject and cue after a quote start a new attribution', () => {
  it.each([['14 percent'], ['9 captains']])('%s', (subject) => {
    const text = `Asked about the pier, 21 percent said “not too likely” and ${subject} said “not at all likely.”`;
    const quotes = extractQuotes(text).filter((q) => q.type !== 'indirect');
    expect(quotes.map((q) => q.text)).toEqual(['“not too likely”', '“not at all likely.”']);
    expect(quotes[1].speaker?.text).toBe(subject);
  });
});

describe('an inverted cue opening the sentence introduces the quote after its speaker', () => {
  it.each([
    ['Said Jo Roe, who grew up in Lund, “We were all so proud of it.”', 'Jo Roe'],
    ['Added Jo Roe, a captain from Lund for thirty years now, “We were all so proud of it.”', 'Jo Roe'],
  ])('%s', (sentence, speaker) => {
    const q = containing(extractQuotes(`The pier was rebuilt last year. ${sentence}`), 'proud');
    expect(q.text).toBe('“We were all so proud of it.”');
    expect(q.type).toBe('direct');
    expect(q.speaker?.text).toBe(speaker);
  });
});

describe('a participle with its own subject after `with` governs the quote', () => {
  it('reports for the subject after `with`, the earlier clause kept apart', () => {
    const text =
      'Captains who want the pier closed were unhappy with the plan, with Jo Roe calling it a “paper harbour.”';
    const q = containing(extractQuotes(text), 'paper harbour');
    expect(q.text).toBe('it a “paper harbour.”');
    expect(q.speaker?.text).toBe('Jo Roe');
  });

  it('ends the earlier report before `with`', () => {
    const quotes = extractQuotes(
      'The board defended the levy, with Holm saying the fee was “fair and overdue.”',
    );
    expect(containing(quotes, 'overdue').text).toBe('the fee was “fair and overdue.”');
    expect(containing(quotes, 'overdue').speaker?.text).toBe('Holm');
    expect(quotes.find((q) => q.type === 'indirect')?.text).toBe('the levy');
  });

  it.each([
    [
      'Captains who agree that the pier should close were upset about the lack of detail, with Jo Roe calling it a “harbour menu.”',
      'it a “harbour menu.”',
      'Jo Roe',
      'that the pier should close were upset about the lack of detail',
    ],
    [
      'Brun said the pier would close, with half of the captains saying it was “a disgrace.”',
      'it was “a disgrace.”',
      'half of the captains',
      'the pier would close',
    ],
  ])('%s', (text, content, speaker, outer) => {
    const quotes = extractQuotes(text);
    const q = containing(quotes, '”');
    expect(q.text).toBe(content);
    expect(q.speaker?.text).toBe(speaker);
    const o = quotes.find((x) => x.text === outer);
    expect(o?.type).toBe('indirect');
  });
});

describe('a reporting verb after a quote with only an auxiliary before it starts no new attribution', () => {
  it.each([
    [
      'Roe called the fee a “paperwork error” that was reported in a “hit piece” by the Lund Post.',
      'the fee a “paperwork error” that was reported in a “hit piece” by the Lund Post',
    ],
    [
      'Roe said his “endorsement” of the pier was mentioned by the Lund Post.',
      'his “endorsement” of the pier was mentioned by the Lund Post',
    ],
  ])('%s', (text, content) => {
    expect(extractQuotes(text)[0].text).toBe(content);
  });

  it('still ends the clause before a second verb phrase after `and`', () => {
    const q = extractQuotes('Roe described the levy as “unfair” and has said it should go.')[0];
    expect(q.text).toBe('the levy as “unfair”');
  });
});

describe('a comma inside a date or a place name does not end a quoted clause', () => {
  it.each([
    [
      'Roe said the “harbour fund” in Lund, Sweden, would pay for the pier.',
      'the “harbour fund” in Lund, Sweden, would pay for the pier',
    ],
    [
      'Roe said the “Lund Museum” in Washington, D.C., had offered to buy the boat.',
      'the “Lund Museum” in Washington, D.C., had offered to buy the boat',
    ],
    [
      'Roe said the “harbour fund” paid out on Jan. 7, 2012, for the pier.',
      'the “harbour fund” paid out on Jan. 7, 2012, for the pier',
    ],
  ])('%s', (text, content) => {
    expect(extractQuotes(text)[0].text).toBe(content);
  });

  it('still ends it at a comma before a new phrase', () => {
    const text = 'Roe said the pier was “a disgrace” in Lund, Holm agreed.';
    expect(extractQuotes(text)[0].text).toBe('the pier was “a disgrace” in Lund');
  });
});

describe('a relative clause after a quoted noun stays in the quoted clause', () => {
  it('keeps `who reports …` with its noun and reports nothing for `who`', () => {
    const quotes = extractQuotes(
      'Roe has proposed appointing a “harbour prosecutor” who reports directly to the mayor.',
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0].text).toBe('appointing a “harbour prosecutor” who reports directly to the mayor');
  });
});

describe('a comma inside a list does not end a quoted clause', () => {
  it('runs past `storms, floods or ice`', () => {
    const text = 'Roe said the board would close the “old pier” if storms, floods or ice were to damage it.';
    expect(extractQuotes(text)[0].text).toBe(
      'the board would close the “old pier” if storms, floods or ice were to damage it',
    );
  });

  it('still ends at a comma before a new clause', () => {
    const text = 'Roe said the board would close the “old pier” in stormy weather, and Holm agreed.';
    expect(extractQuotes(text)[0].text).toBe('the board would close the “old pier” in stormy weather');
  });
});

describe('a gerund cue after `and` ends the quoted clause', () => {
  it('leaves `and calling Holm a liar` out', () => {
    const text =
      'Roe has attacked the councillors, describing them as part of the “harbour cartel” and calling Holm a liar.';
    expect(containing(extractQuotes(text), 'harbour cartel').text).toBe(
      'them as part of the “harbour cartel”',
    );
  });
});

describe('a quote closing on a question mark before a titled name', () => {
  it.each([
    ['“Can we win Lund?” Mr. Roe asked. “I do not know.”', 'Mr. Roe'],
    ['“Is the pier safe?” Gov. Holm asked.', 'Gov. Holm'],
  ])('%s', (text, speaker) => {
    const quotes = extractQuotes(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0].speaker?.text).toBe(speaker);
    expect(quotes[0].evidence.rule).toBe('cue-after');
  });
});

describe('a contrast clause with its own subject ends the quoted clause', () => {
  it('stops before `, while Holm penned “…”`', () => {
    const text =
      'Jo Roe said that the mayor was “learning on the job,” while Holm and the captains penned “Dear Jo” notes to the board.';
    expect(extractQuotes(text)[0].text).toBe('that the mayor was “learning on the job,”');
  });

  it('still runs past `while` with no new subject before the next quote', () => {
    const text = 'Roe said the pier was “safe enough,” while adding that it was “not pretty.”';
    expect(containing(extractQuotes(text), 'safe enough').text).toContain('not pretty');
  });
});

describe('a clause opened by `before` after the quote ends the quoted clause', () => {
  it('leaves `before floating the idea …` out', () => {
    const text =
      'Roe said that the board was “a disgrace” before floating the idea that Lund should pay him.';
    expect(extractQuotes(text)[0].text).toBe('that the board was “a disgrace”');
  });

  it('still runs on when another quote follows', () => {
    const text = 'Roe said that the board was “a disgrace” before it was “a joke.”';
    expect(extractQuotes(text)[0].text).toContain('a joke');
  });
});

describe('a bare verb form after a singular name, right before a quote, is a noun', () => {
  it('reports nothing for `the reality TV show “…”`', () => {
    expect(extractQuotes('Holm starred in the reality TV show “Lund Life” last year.')).toHaveLength(0);
  });

  it('still takes a plural subject: `Lund Polls show “…”`', () => {
    const quotes = extractQuotes('New Lund Polls show “a dead heat” in the ferry race.');
    expect(quotes.some((q) => q.text.includes('dead heat'))).toBe(true);
  });
});

describe('a time frame and a subordinate clause after the quote are no content', () => {
  it('stops before `on Friday night after the vote`', () => {
    const text = 'Roe called the plan “a disgrace” on Friday night after the vote in Lund.';
    expect(extractQuotes(text)[0].text).toBe('the plan “a disgrace”');
  });
});

describe('an `as` clause with its own subject right after the quote ends the quoted clause', () => {
  it('stops before `as he faces …`', () => {
    const text = 'Roe said he was “excited where we stand” as he faces a hard test in Lund.';
    expect(extractQuotes(text)[0].text).toBe('he was “excited where we stand”');
  });

  it('still runs on with `as` and no subject (`as a whole`)', () => {
    const text = 'Roe said the pier was “a mess” as a whole this year.';
    expect(extractQuotes(text)[0].text).toBe('the pier was “a mess” as a whole this year');
  });
});

describe('2 December afternoon round (mixed quotes): `<object> as “…”` after a characterising verb', () => {
  it.each([
    [
      'Jo Roe heralded the ferry deal as a “breakthrough.”',
      'the ferry deal as a “breakthrough.”',
      'heralded',
    ],
    [
      'The council waved off the delay as having “minimal” impact.',
      'the delay as having “minimal” impact',
      'waved',
    ],
    ['Ola Brun summed up the harbour plan as “terrible.”', 'the harbour plan as “terrible.”', 'summed'],
    [
      'Jo Roe offered herself as a “safe pair of hands” for Lund.',
      'herself as a “safe pair of hands” for Lund',
      'offered',
    ],
  ])('%s', (text, content, cue) => {
    const q = containing(extractQuotes(text), 'as');
    expect(q.text).toBe(content);
    expect(q.type).toBe('mixed');
    expect(q.evidence.cue).toBe(cue);
  });

  it('credits the clause subject', () => {
    const q = containing(
      extractQuotes('Mayor Jo Roe identified the pier as “unsafe,” and closed it.'),
      'unsafe',
    );
    expect(q.speaker?.text).toBe('Mayor Jo Roe');
    expect(q.text.startsWith('the pier as')).toBe(true);
  });

  it('takes no such verb without `as` before the quote', () => {
    expect(extractQuotes('Jo Roe heralded the “Lund Star” on its first day.')).toHaveLength(0);
    expect(extractQuotes('The council listed the “Harbour Walk” among its projects.')).toHaveLength(0);
  });

  it('takes no `such as “…”` or `as well as “…”`', () => {
    expect(extractQuotes('Jo Roe presented the plans, such as “Harbour Walk,” to the board.')).toHaveLength(
      0,
    );
    expect(extractQuotes('The council listed the quay as well as “Harbour Walk” in its plan.')).toHaveLength(
      0,
    );
  });
});

describe('2 December afternoon round (mixed quotes): verbs of praise and blame cue quoted words only', () => {
  it.each([
    [
      'Ola Brun credited Jo Roe for “an exciting and bold campaign.”',
      'Jo Roe for “an exciting and bold campaign.”',
      'Ola Brun',
    ],
    [
      'Jo Roe ripped the mayor for acting as “the judge and the jury” in the case.',
      'the mayor for acting as “the judge and the jury” in the case',
      'Jo Roe',
    ],
    ['The union congratulated Lund on a “historic” deal.', 'Lund on a “historic” deal', 'The union'],
  ])('%s', (text, content, speaker) => {
    const q = containing(extractQuotes(text), '“');
    expect(q.text).toBe(content);
    expect(q.type).toBe('mixed');
    expect(q.speaker?.text).toBe(speaker);
  });

  it('reports nothing without quoted words', () => {
    expect(extractQuotes('Ola Brun credited Jo Roe for the new pier.')).toHaveLength(0);
    expect(extractQuotes('Jo Roe ripped the old sign off the pier on Monday.')).toHaveLength(0);
  });
});

describe('2 December afternoon round (mixed quotes): more quoted-only cues of manner and address', () => {
  it.each([
    [
      'At one point, Jo Roe coached Brun to “breathe, breathe, breathe.”',
      'Brun to “breathe, breathe, breathe.”',
      'Jo Roe',
    ],
    [
      'On Monday, Ola Brun groused that the board “never listens to me.”',
      'that the board “never listens to me.”',
      'Ola Brun',
    ],
    [
      'Jo Roe pondered who might “speak for the harbour” now.',
      'who might “speak for the harbour” now',
      'Jo Roe',
    ],
  ])('%s', (text, content, speaker) => {
    const q = containing(extractQuotes(text), '“');
    expect(q.text).toBe(content);
    expect(q.type).toBe('mixed');
    expect(q.speaker?.text).toBe(speaker);
  });

  it('makes no unquoted report of them', () => {
    expect(extractQuotes('Ola Brun groused that the board never listens.')).toHaveLength(0);
    expect(extractQuotes('Jo Roe coached the harbour team to a win.')).toHaveLength(0);
  });
});

describe('2 December afternoon round (mixed quotes): `whom/which X described as “…”` is a naming like `what X calls`', () => {
  it('reports the relative pronoun and the naming for the named subject', () => {
    const text =
      'Observers walked with the marchers, whom Jo Roe described as “peaceful,” for the whole route.';
    const q = containing(extractQuotes(text), 'peaceful');
    expect(q.text).toBe('whom Jo Roe described as “peaceful,”');
    expect(q.type).toBe('mixed');
    expect(q.evidence.rule).toBe('what-calls');
    expect(q.speaker?.text).toBe('Jo Roe');
  });

  it('needs `as`: `which Jo Roe called “…”` is left to the other rules', () => {
    const text = 'The pier, which Jo Roe called “a wreck,” will close.';
    expect(extractQuotes(text).some((q) => q.evidence.rule === 'what-calls')).toBe(false);
  });
});

describe('2 December afternoon round (mixed quotes): a noun-or-verb cue after `to` introduces quoted words', () => {
  it.each([
    ['Jo Roe went on to call the board “the worst in Lund.”', 'the board “the worst in Lund.”', 'call'],
    ['Jo Roe went on to label the levy “a disgrace.”', 'the levy “a disgrace.”', 'label'],
  ])('%s', (text, content, cue) => {
    const q = containing(extractQuotes(text), '“');
    expect(q.text).toBe(content);
    expect(q.type).toBe('mixed');
    expect(q.evidence.cue).toBe(cue);
    expect(q.speaker?.text).toBe('Jo Roe');
  });

  it('makes no unquoted report of such an infinitive', () => {
    expect(extractQuotes('Jo Roe went on to call the board a disgrace.')).toHaveLength(0);
  });
});

describe('2 December afternoon round (mixed quotes): a name in apposition after a description closes before a noun-or-verb cue', () => {
  it('takes `Her aide, Jo Roe, calls X “…”`', () => {
    const q = containing(
      extractQuotes('Her aide, Jo Roe, calls her record a “blueprint” for piers.'),
      'blueprint',
    );
    expect(q.text).toBe('her record a “blueprint” for piers');
    expect(q.type).toBe('mixed');
    expect(q.speaker?.text).toBe('Jo Roe');
  });

  it('needs a lower-case description before the name: `In Lund, Oslo Ferries, calls …` is no report', () => {
    expect(extractQuotes('In Lund, Oslo Ferries, calls at the “Harbour Walk” pier are rare.')).toHaveLength(
      0,
    );
  });
});

describe('2 December afternoon round (mixed quotes): `so that` + pronoun + cue is a conjunction, not a relative clause', () => {
  it('reports the cue after `so much so that he`', () => {
    const text = 'Roe was angry, so much so that he accused the board of asking too many “silly” questions.';
    const q = containing(extractQuotes(text), 'silly');
    expect(q.text).toBe('the board of asking too many “silly” questions');
    expect(q.evidence.cue).toBe('accused');
  });

  it('leaves a relative `that he called “…”` to the outer cue', () => {
    const q = containing(
      extractQuotes('The board backed the plan that he called “a disgrace” last year.'),
      'disgrace',
    );
    expect(q.evidence.cue).toBe('backed');
  });
});

describe('2 December afternoon round (mixed quotes): a proposal text states quoted words with a noun-or-verb cue', () => {
  it('takes `Her plan promises to “…”` for the plan', () => {
    const q = containing(
      extractQuotes('Her plan promises to “lift up the harbour, especially for ferries.”'),
      'lift up',
    );
    expect(q.text).toBe('to “lift up the harbour, especially for ferries.”');
    expect(q.type).toBe('mixed');
    expect(q.speaker?.text).toBe('Her plan');
  });

  it('makes no unquoted report of it', () => {
    expect(extractQuotes('Her plan promises to lift up the harbour.')).toHaveLength(0);
  });
});

describe('2 December afternoon round (mixed quotes): a newspaper or other body with a noun-or-verb cue', () => {
  it('takes `the Lund Daily newspaper calls it “…”` for the newspaper', () => {
    const q = containing(
      extractQuotes('Today, the Lund Daily newspaper calls it “the pearl” of the coast.'),
      'pearl',
    );
    expect(q.evidence.cue).toBe('calls');
    expect(q.speaker?.text).toBe('the Lund Daily newspaper');
  });

  it('makes no unquoted report of it', () => {
    expect(extractQuotes('The union calls for a new pier.')).toHaveLength(0);
  });
});

describe('3 December helper 2: a relative clause between a subject and its main verb', () => {
  it('ends a quote in the relative clause at the comma before the main verb', () => {
    const quotes = extractQuotes(
      'The mayor, who told reporters the plan was “a disaster,” portrayed the council as reckless.',
    );
    const q = containing(quotes, 'disaster');
    expect(q.text).toBe('the plan was “a disaster,”');
    expect(q.speaker?.text).toBe('who');
  });

  it('reads the main verb after it as the antecedent’s report', () => {
    const quotes = extractQuotes(
      'Jo Roe, who called the plan “a disaster,” later said on Monday that the council would vote again.',
    );
    expect(containing(quotes, 'disaster').text).toBe('the plan “a disaster,”');
    const main = containing(quotes, 'vote again');
    expect(main.text).toBe('that the council would vote again');
    expect(main.speaker?.text).toBe('Jo Roe');
  });

  it('gives a quote after the relative clause to the main verb and its antecedent', () => {
    const quotes = extractQuotes(
      'Jo Roe, who previously questioned whether the ferry was safe, said Friday that the pier was “a ruin.”',
    );
    const q = containing(quotes, 'ruin');
    expect(q.text).toBe('that the pier was “a ruin.”');
    expect(q.evidence.cue).toBe('said');
    expect(q.speaker?.text).toBe('Jo Roe');
    expect(containing(quotes, 'ferry').text).toBe('whether the ferry was safe');
  });

  it('does not cut at an appositive after the quote or move the cue out of a restrictive clause', () => {
    const quotes = extractQuotes(
      '“We will vote again,” said Jo Roe, who called the plan “a disaster,” a word she rarely uses.',
    );
    expect(containing(quotes, 'disaster').text).toBe('the plan “a disaster,”');
    const q = containing(
      extractQuotes('Members who called the plan “a disaster” said it would fail.'),
      'disaster',
    );
    expect(q.evidence.cue).not.toBe('said');
  });
});

describe('3 December helper 2: a participle cue after a comma inside the closing quote mark', () => {
  it('reads `called the pier “a ruin,” citing …` as a second report of the subject', () => {
    const quotes = extractQuotes('Roe called the pier “a ruin,” citing the storm damage.');
    expect(containing(quotes, 'ruin').text).toBe('the pier “a ruin,”');
    const q = containing(quotes, 'storm');
    expect(q.text).toBe('the storm damage');
    expect(q.evidence.cue).toBe('citing');
    expect(q.speaker?.text).toBe('Roe');
  });

  it('makes no report of a participle that is no cue', () => {
    const quotes = extractQuotes('Roe called the pier “a ruin,” rising from the sea.');
    expect(quotes).toHaveLength(1);
  });
});

describe('3 December helper 2: a prepositional phrase between a named subject and its cue', () => {
  it.each([
    ['Jo Roe at the time said he had asked his “people” to look into it.', 'people'],
    ['Jo Roe during a visit thanked the crew “for their work.”', 'their work'],
    ['Jo Roe in her first speech called the pier “a ruin.”', 'ruin'],
  ])('gives `%s` to the name, not the phrase', (text, part) => {
    expect(containing(extractQuotes(text), part).speaker?.text).toBe('Jo Roe');
  });

  it('keeps a head noun’s own phrase and a time word before the preposition', () => {
    expect(
      containing(extractQuotes('Officials in Lund said the pier was “a ruin.”'), 'ruin').speaker?.text,
    ).toBe('Officials in Lund');
    const q = containing(
      extractQuotes(
        'They met twice, including once on Sunday in which organizers claimed the pier was “a ruin.”',
      ),
      'ruin',
    );
    expect(q.speaker?.text).not.toMatch(/Sunday/);
  });
});

describe('3 December helper 2: the clause subject after an opening prepositional phrase', () => {
  it('gives a coordinated cue to the subject after `In an interview with …,`', () => {
    const q = containing(
      extractQuotes(
        'In an interview with the Courier, Jo Roe doubled down on her remarks and said the pier was “a ruin.”',
      ),
      'ruin',
    );
    expect(q.evidence.cue).toBe('said');
    expect(q.speaker?.text).toBe('Jo Roe');
  });

  it('leaves a sentence opening on its subject as it was', () => {
    const q = containing(
      extractQuotes('Jo Roe doubled down on her remarks and said the pier was “a ruin.”'),
      'ruin',
    );
    expect(q.speaker?.text).toBe('Jo Roe');
  });
});

describe('3 December helper 2: an utterance noun with its addressee before a participle cue', () => {
  it('gives `sent an email to supporters stating, “…”` to the sender', () => {
    const q = containing(
      extractQuotes('Her campaign sent out an email to supporters stating, “We won.”'),
      'We won',
    );
    expect(q.speaker?.text).toBe('Her campaign');
  });

  it('needs an utterance noun: `sent a gift to supporters chanting “…”` is the supporters’ chant', () => {
    const q = containing(extractQuotes('Jo Roe sent a gift to supporters chanting “No pier.”'), 'No pier');
    expect(q.speaker?.text).toBe('supporters');
  });
});

describe('3 December helper 2: a participle after a comma reports for the clause it closes', () => {
  it.each([
    [
      'Although she thanked the crew for their work, she struck a note of doubt, saying, “I am not sure.”',
      'she',
    ],
    ['In May, Ann Poe struck a note of doubt, saying, “I am not sure.”', 'Ann Poe'],
  ])('gives `%s` to the clause subject', (text, speaker) => {
    expect(containing(extractQuotes(text), 'not sure').speaker?.text).toBe(speaker);
  });

  it('takes no plural noun or possessive after a name for its verb', () => {
    for (const text of [
      'In May, Lund hackers took the site down, saying, “We are here.”',
      'In May, Roe’s campaign took the site down, saying, “We are here.”',
    ])
      expect(containing(extractQuotes(text), 'We are here').speaker?.text).not.toMatch(/^(Lund|Roe’s)$/);
  });
});

describe('3 December helper 2: a short opening phrase before a comma and a subject pronoun', () => {
  it('gives a coordinated cue to the pronoun after `Eight years ago,`', () => {
    const q = containing(
      extractQuotes(
        'Eight years ago, she backed Ann Poe over Jo Roe and said, “Roe has done nothing for us.”',
      ),
      'nothing',
    );
    expect(q.speaker?.text).toBe('she');
  });

  it('keeps a name that opens the sentence', () => {
    const q = containing(
      extractQuotes('Ann Poe backed the plan over the levy and said, “Roe has done nothing for us.”'),
      'nothing',
    );
    expect(q.speaker?.text).toBe('Ann Poe');
  });
});

describe('3 December helper 2: an adverbial phrase inside a relative clause before its verb', () => {
  it('reads `Jo Roe, who in the past has voiced …, told …` as two reports', () => {
    const quotes = extractQuotes(
      'Jo Roe, who in the past has voiced the wish to run for office, told the Courier that the pier was “a ruin.”',
    );
    const q = containing(quotes, 'ruin');
    expect(q.text).toBe('that the pier was “a ruin.”');
    expect(q.speaker?.text).toBe('Jo Roe');
    expect(containing(quotes, 'run for office').speaker?.text).toBe('who');
  });

  it('leaves a restrictive clause with no comma to its own cue', () => {
    const q = containing(
      extractQuotes('Members who in the past have called the pier “a ruin” met on Monday.'),
      'ruin',
    );
    expect(q.evidence.cue).toBe('called');
  });
});

describe('3 December helper 2: a dateline before the clause subject', () => {
  it.each([
    [
      'LUND — Sen. Jo Roe on Wednesday downplayed the attack and said it was “nothing.”',
      'nothing',
      'Sen. Jo Roe',
    ],
    ['Lund (AFP) – Jo Roe has taken a swipe at the plan, saying “it will fail.”', 'fail', 'Jo Roe'],
  ])('skips the dateline in `%s`', (text, part, speaker) => {
    expect(containing(extractQuotes(text), part).speaker?.text).toBe(speaker);
  });

  it('takes no interruption between dashes for a dateline', () => {
    const q = containing(
      extractQuotes('Democrats -- including Jo Roe -- quickly accused Ann Poe of “lying.”'),
      'lying',
    );
    expect(q.speaker?.text).not.toBe('Jo Roe');
  });
});

describe('3 December helper 2: an interruption between dashes after the subject', () => {
  it.each([
    'Democrats -- including Jo Roe -- accused Ann Poe of “lying.”',
    'Democrats — including Jo Roe — quickly accused Ann Poe of “lying.”',
  ])('gives `%s` to the subject before the opening dash', (text) => {
    expect(containing(extractQuotes(text), 'lying').speaker?.text).toBe('Democrats');
  });

  it('leaves a single dash alone', () => {
    const q = containing(extractQuotes('The vote was close — Jo Roe accused Ann Poe of “lying.”'), 'lying');
    expect(q.speaker?.text).toBe('Jo Roe');
  });
});
