/**
 * Articles written for the project's tests and benchmark (invented people, places and
 * outlets), each with the quotes a reader would mark in it.
 */

export interface ExpectedQuote {
  /** A distinctive piece of the quote's content. */
  contains: string;
  type: 'direct' | 'mixed' | 'indirect';
  /** Speaker phrase as written, or null. */
  speaker: string | null;
  source: { name?: string; kind: 'person' | 'organisation' | 'outlet' | 'anonymous' } | null;
  /** Number of segments, when the quote is split by its attribution. */
  segments?: number;
}

export interface Fixture {
  name: string;
  text: string;
  expected: ExpectedQuote[];
}

const person = (name: string) => ({ name, kind: 'person' as const });
const outlet = (name: string) => ({ name, kind: 'outlet' as const });
const organisation = (name?: string) => ({ ...(name ? { name } : {}), kind: 'organisation' as const });
const ANONYMOUS = { kind: 'anonymous' as const };

/** One expected quote, written on one line. */
function quote(
  contains: string,
  type: ExpectedQuote['type'],
  speaker: string | null,
  source: ExpectedQuote['source'],
  segments?: number,
): ExpectedQuote {
  return segments === undefined
    ? { contains, type, speaker, source }
    : { contains, type, speaker, source, segments };
}

export const FIXTURES: Fixture[] = [
  {
    name: 'outlet, short forms and anonymous sources',
    text: `LONDON - Veloria’s plan to court the Brask rebels was exposed by Marland, which seized a barge carrying the rebel envoy Tomas Quill.

“The plan involved Veloria’s spy service trying to win over the rebels in order to gain leverage in a regional contest that will only sharpen next spring.” The Harbour Gazette reported on Monday, citing Veloria and Marland officials.

But the Gazette, citing Velorian officials, said the real aim was to punish the Brask army.

Backing the rebels was an “opening to end the war on our own terms,” one senior Velorian security official said.

“Nobody in Marland has been able to stop the rebels, and now the failure has taught Veloria to try the same trick,” the paper said.

Ilse Varga, a spokeswoman for President Oren Palk, confirmed that Quill had been in touch with the spy service for “a very long time.”

The rebel leader “was part of a project like any other,” Varga said. “He was cooperating. This I can confirm.”

“We wanted a relationship that helped both sides,” said a former Velorian official said. “These men are nobodies.”

“If they believed we would approve,” the former official added, “why did they hide it?”`,
    expected: [
      quote('The plan involved', 'direct', 'The Harbour Gazette', outlet('The Harbour Gazette')),
      quote('the real aim was to punish', 'indirect', 'the Gazette', outlet('The Harbour Gazette')),
      quote('opening to end the war', 'mixed', 'one senior Velorian security official', ANONYMOUS),
      quote('Nobody in Marland', 'direct', 'the paper', outlet('The Harbour Gazette')),
      quote('a very long time', 'mixed', 'Ilse Varga', person('Ilse Varga')),
      quote('was part of a project', 'mixed', 'Varga', person('Ilse Varga')),
      quote('We wanted a relationship', 'direct', 'a former Velorian official', ANONYMOUS, 2),
      quote('If they believed', 'direct', 'the former official', ANONYMOUS, 2),
    ],
  },
  {
    name: 'honorifics, pronouns, paragraph-spanning and continuation quotes',
    text: `Councillor Amara Oduya said on Tuesday that the harbour tax would be cut.

“The last two months have been very positive,” Ms. Oduya said. She described the talks as the most serious in a decade.

“These parties were encouraged by the mayor’s stance,” she said.

“We will not wait for the ministry to act. The city has waited long enough.

“Every family on the waterfront deserves an answer before the winter storms arrive.”

“There is no more time for studies and committees and consultations.”

According to Oduya, the vote will take place next month.`,
    expected: [
      quote('the harbour tax would be cut', 'indirect', 'Councillor Amara Oduya', person('Amara Oduya')),
      quote('The last two months', 'direct', 'Ms. Oduya', person('Amara Oduya')),
      quote('These parties were encouraged', 'direct', 'she', person('Amara Oduya')),
      // one quote running across two paragraphs (no closing mark at the first paragraph's end)
      quote(
        'The city has waited long enough.\n\n“Every family on the waterfront',
        'direct',
        'she',
        person('Amara Oduya'),
      ),
      quote('no more time for studies', 'direct', 'she', person('Amara Oduya')),
      quote('the vote will take place', 'indirect', 'Oduya', person('Amara Oduya')),
    ],
  },
  {
    name: 'organisations, inverted order, cue in the middle and scare quotes',
    text: `The Ministry of Ports said in a statement that the “temporary” closure would last a week.

“We regret the disruption,” said Deputy Minister Kofi Brandt, adding that crews were working around the clock.

The delay, officials at the ministry said, was caused by a storm that damaged two cranes.

Dock workers have nicknamed the new crane “Goliath” since it arrived.

The film “Harbour Lights” opened on Friday to strong reviews.

Brandt told reporters the port would reopen “as soon as it is safe, and not a minute later.”`,
    expected: [
      quote('closure would last a week', 'mixed', 'The Ministry of Ports', organisation()),
      quote('We regret the disruption', 'direct', 'Deputy Minister Kofi Brandt', person('Kofi Brandt')),
      quote(
        'crews were working around the clock',
        'indirect',
        'Deputy Minister Kofi Brandt',
        person('Kofi Brandt'),
      ),
      quote('caused by a storm', 'indirect', 'officials at the ministry', ANONYMOUS, 2),
      quote('as soon as it is safe', 'mixed', 'Brandt', person('Kofi Brandt')),
    ],
  },
  {
    name: 'straight quotes, colon introductions, quoted-as-saying and nested single quotes',
    text: `Trade envoy Lena Sorvik was quoted as saying that the deal was "close to done."

The Valley Courier quoted Pieter Holm, a director at the Orchard Growers Union, as saying that exports had "never been weaker."

Holm continued:

"The buyers tell us they want ‘certainties’. We cannot give them certainties while the border stays shut."

A union source told the newspaper, "Growers are losing patience with everyone."`,
    expected: [
      quote('the deal was', 'mixed', 'Trade envoy Lena Sorvik', person('Lena Sorvik')),
      quote('exports had', 'mixed', 'Pieter Holm', person('Pieter Holm')),
      quote('want ‘certainties’', 'direct', 'Holm', person('Pieter Holm')),
      quote('Growers are losing patience', 'direct', 'A union source', ANONYMOUS),
    ],
  },
];
