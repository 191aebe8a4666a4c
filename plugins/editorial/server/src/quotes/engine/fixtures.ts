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

export const FIXTURES: Fixture[] = [
  {
    name: 'outlet, short forms and anonymous sources',
    text: [
      'LONDON - Veloria’s plan to court the Brask rebels was exposed by Marland, which seized a barge carrying the rebel envoy Tomas Quill.',
      '',
      '“The plan involved Veloria’s spy service trying to win over the rebels in order to gain leverage in a regional contest that will only sharpen next spring.” The Harbour Gazette reported on Monday, citing Veloria and Marland officials.',
      '',
      'But the Gazette, citing Velorian officials, said the real aim was to punish the Brask army.',
      '',
      'Backing the rebels was an “opening to end the war on our own terms,” one senior Velorian security official said.',
      '',
      '“Nobody in Marland has been able to stop the rebels, and now the failure has taught Veloria to try the same trick,” the paper said.',
      '',
      'Ilse Varga, a spokeswoman for President Oren Palk, confirmed that Quill had been in touch with the spy service for “a very long time.”',
      '',
      'The rebel leader “was part of a project like any other,” Varga said. “He was cooperating. This I can confirm.”',
      '',
      '“We wanted a relationship that helped both sides,” said a former Velorian official said. “These men are nobodies.”',
      '',
      '“If they believed we would approve,” the former official added, “why did they hide it?”',
    ].join('\n'),
    expected: [
      {
        contains: 'The plan involved',
        type: 'direct',
        speaker: 'The Harbour Gazette',
        source: { name: 'The Harbour Gazette', kind: 'outlet' },
      },
      {
        contains: 'the real aim was to punish',
        type: 'indirect',
        speaker: 'the Gazette',
        source: { name: 'The Harbour Gazette', kind: 'outlet' },
      },
      {
        contains: 'opening to end the war',
        type: 'mixed',
        speaker: 'one senior Velorian security official',
        source: { kind: 'anonymous' },
      },
      {
        contains: 'Nobody in Marland',
        type: 'direct',
        speaker: 'the paper',
        source: { name: 'The Harbour Gazette', kind: 'outlet' },
      },
      {
        contains: 'a very long time',
        type: 'mixed',
        speaker: 'Ilse Varga',
        source: { name: 'Ilse Varga', kind: 'person' },
      },
      {
        contains: 'was part of a project',
        type: 'mixed',
        speaker: 'Varga',
        source: { name: 'Ilse Varga', kind: 'person' },
      },
      {
        contains: 'We wanted a relationship',
        type: 'direct',
        speaker: 'a former Velorian official',
        source: { kind: 'anonymous' },
        segments: 2,
      },
      {
        contains: 'If they believed',
        type: 'direct',
        speaker: 'the former official',
        source: { kind: 'anonymous' },
        segments: 2,
      },
    ],
  },
  {
    name: 'honorifics, pronouns, paragraph-spanning and continuation quotes',
    text: [
      'Councillor Amara Oduya said on Tuesday that the harbour tax would be cut.',
      '',
      '“The last two months have been very positive,” Ms. Oduya said. She described the talks as the most serious in a decade.',
      '',
      '“These parties were encouraged by the mayor’s stance,” she said.',
      '',
      '“We will not wait for the ministry to act. The city has waited long enough.',
      '',
      '“Every family on the waterfront deserves an answer before the winter storms arrive.”',
      '',
      '“There is no more time for studies and committees and consultations.”',
      '',
      'According to Oduya, the vote will take place next month.',
    ].join('\n'),
    expected: [
      {
        contains: 'the harbour tax would be cut',
        type: 'indirect',
        speaker: 'Councillor Amara Oduya',
        source: { name: 'Amara Oduya', kind: 'person' },
      },
      {
        contains: 'The last two months',
        type: 'direct',
        speaker: 'Ms. Oduya',
        source: { name: 'Amara Oduya', kind: 'person' },
      },
      {
        contains: 'These parties were encouraged',
        type: 'direct',
        speaker: 'she',
        source: { name: 'Amara Oduya', kind: 'person' },
      },
      // one quote running across two paragraphs (no closing mark at the first paragraph's end)
      {
        contains: 'The city has waited long enough.\n\n“Every family on the waterfront',
        type: 'direct',
        speaker: 'she',
        source: { name: 'Amara Oduya', kind: 'person' },
      },
      {
        contains: 'no more time for studies',
        type: 'direct',
        speaker: 'she',
        source: { name: 'Amara Oduya', kind: 'person' },
      },
      {
        contains: 'the vote will take place',
        type: 'indirect',
        speaker: 'Oduya',
        source: { name: 'Amara Oduya', kind: 'person' },
      },
    ],
  },
  {
    name: 'organisations, inverted order, cue in the middle and scare quotes',
    text: [
      'The Ministry of Ports said in a statement that the “temporary” closure would last a week.',
      '',
      '“We regret the disruption,” said Deputy Minister Kofi Brandt, adding that crews were working around the clock.',
      '',
      'The delay, officials at the ministry said, was caused by a storm that damaged two cranes.',
      '',
      'Dock workers have nicknamed the new crane “Goliath” since it arrived.',
      '',
      'The film “Harbour Lights” opened on Friday to strong reviews.',
      '',
      'Brandt told reporters the port would reopen “as soon as it is safe, and not a minute later.”',
    ].join('\n'),
    expected: [
      {
        contains: 'closure would last a week',
        type: 'mixed',
        speaker: 'The Ministry of Ports',
        source: { kind: 'organisation' },
      },
      {
        contains: 'We regret the disruption',
        type: 'direct',
        speaker: 'Deputy Minister Kofi Brandt',
        source: { name: 'Kofi Brandt', kind: 'person' },
      },
      {
        contains: 'crews were working around the clock',
        type: 'indirect',
        speaker: 'Deputy Minister Kofi Brandt',
        source: { name: 'Kofi Brandt', kind: 'person' },
      },
      {
        contains: 'caused by a storm',
        type: 'indirect',
        speaker: 'officials at the ministry',
        source: { kind: 'anonymous' },
        segments: 2,
      },
      {
        contains: 'as soon as it is safe',
        type: 'mixed',
        speaker: 'Brandt',
        source: { name: 'Kofi Brandt', kind: 'person' },
      },
    ],
  },
  {
    name: 'straight quotes, colon introductions, quoted-as-saying and nested single quotes',
    text: [
      'Trade envoy Lena Sorvik was quoted as saying that the deal was "close to done."',
      '',
      'The Valley Courier quoted Pieter Holm, a director at the Orchard Growers Union, as saying that exports had "never been weaker."',
      '',
      'Holm continued:',
      '',
      '"The buyers tell us they want ‘certainties’. We cannot give them certainties while the border stays shut."',
      '',
      'A union source told the newspaper, "Growers are losing patience with everyone."',
    ].join('\n'),
    expected: [
      {
        contains: 'the deal was',
        type: 'mixed',
        speaker: 'Trade envoy Lena Sorvik',
        source: { name: 'Lena Sorvik', kind: 'person' },
      },
      {
        contains: 'exports had',
        type: 'mixed',
        speaker: 'Pieter Holm',
        source: { name: 'Pieter Holm', kind: 'person' },
      },
      {
        contains: 'want ‘certainties’',
        type: 'direct',
        speaker: 'Holm',
        source: { name: 'Pieter Holm', kind: 'person' },
      },
      {
        contains: 'Growers are losing patience',
        type: 'direct',
        speaker: 'A union source',
        source: { kind: 'anonymous' },
      },
    ],
  },
];
