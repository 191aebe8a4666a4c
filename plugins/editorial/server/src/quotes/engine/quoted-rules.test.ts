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
