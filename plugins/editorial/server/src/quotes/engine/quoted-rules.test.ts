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

describe('the clause subject follows an opening adverbial clause', () => {
  it.each([
    ['As the crowd began to chant, Roe was joined on stage by Holm and joked, “The pier is fine, people.”'],
    ['When the ferry finally docked, Roe stepped off and shouted, “The pier is fine, people.”'],
  ])('%s', (text) => {
    const q = containing(extractQuotes(text), 'pier is fine');
    expect(q.text).toBe('“The pier is fine, people.”');
    expect(q.speaker?.text).toBe('Roe');
  });
});
