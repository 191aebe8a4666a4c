/**
 * Sample content written for this project in the shapes newsrooms receive: datelines,
 * outlet attributions ("the Gazette reported, citing ..."), anonymous officials, reader
 * comments with timestamps. Loaded on an empty development database only.
 */
export interface SampleComment {
  authorName: string;
  postedAt: string;
  body: string;
  status: 'approved' | 'pending';
}

export interface SampleArticle {
  title: string;
  dek: string;
  dateline: string;
  byline: string;
  section: string;
  originalPublishedAt: string;
  publicationName: string;
  creditLine?: string;
  body: string;
  comments: SampleComment[];
}

export const SAMPLE_ARTICLES: SampleArticle[] = [
  {
    title: 'Harbour authority accused of hiding dredging report',
    dek: 'Port officials kept an environmental survey from the city council for a year, a regional paper says.',
    dateline: 'BRANVIK',
    byline: 'Staff reporter',
    section: 'Environment',
    originalPublishedAt: '2024-03-12T08:30:00.000Z',
    publicationName: 'The Coastal Gazette',
    creditLine: 'This article first appeared in our partner The Coastal Gazette.',
    body: [
      'BRANVIK - The Branvik harbour authority withheld a survey showing that dredging had damaged the estuary, The Coastal Gazette reported on Monday, citing two council members.',
      '“We were told the report did not exist,” said Marta Olsen, who chairs the council’s environment committee. “Now we learn it sat in a drawer for a year.”',
      'Olsen said the committee would summon the harbour master next week.',
      'A spokesman for the harbour authority, Pieter Vance, said the survey was “a draft with no standing” and had never been finished.',
      'The Gazette said the survey found silt levels three times the permitted limit. The paper added that fishermen had complained since the spring.',
      '“Nobody wants to be the person who stops the port,” one senior harbour official said, speaking on condition of anonymity. “So nobody reads the numbers.”',
      'Mr. Vance said he would publish the document once lawyers had reviewed it.',
    ].join('\n\n'),
    comments: [
      {
        authorName: 'Ingrid from Nordhavn',
        postedAt: '2024-03-12T10:14:00.000Z',
        body: 'About time somebody asked what happened to that survey.',
        status: 'approved',
      },
      {
        authorName: 'Tomas K',
        postedAt: '2024-03-12T11:02:00.000Z',
        body: 'My father fished that estuary for forty years.\n\nIt has not been the same since the dredgers came.',
        status: 'approved',
      },
      {
        authorName: 'anon',
        postedAt: '2024-03-12T12:40:00.000Z',
        body: 'The council knew all along. Check the minutes from last May.',
        status: 'pending',
      },
    ],
  },
  {
    title: 'Ministry denies talks with rebel commanders',
    dek: 'Officials in Karsh say reports of a secret channel are “fiction”.',
    dateline: 'KARSH',
    byline: 'Lena Farid',
    section: 'World',
    originalPublishedAt: '2024-05-02T14:00:00.000Z',
    publicationName: 'The Daily Meridian',
    body: [
      'KARSH - The interior ministry on Thursday denied that it had opened talks with rebel commanders in the north, after The Daily Meridian reported that envoys had met twice in April.',
      '“There is no channel, secret or otherwise,” said Omar Haddad, a spokesman for Interior Minister Samira Bakr. “These reports are fiction.”',
      'Haddad said the government would “never negotiate with armed men” while attacks continued.',
      'But the Meridian, citing two people present at the meetings, said the envoys had discussed a prisoner exchange. The newspaper said a third meeting was planned for June.',
      'According to a senior Western diplomat, the talks were known to several embassies. “Everyone in town has heard about them,” the diplomat said.',
      'He added that foreign governments had been asked not to comment.',
    ].join('\n\n'),
    comments: [
      {
        authorName: 'R. Stavros',
        postedAt: '2024-05-02T15:30:00.000Z',
        body: 'Talks are better than shelling. Let them talk.',
        status: 'approved',
      },
      {
        authorName: 'Daniela',
        postedAt: '2024-05-02T16:05:00.000Z',
        body: '“Fiction” is what they said last year too, before the ceasefire was announced.',
        status: 'approved',
      },
    ],
  },
  {
    title: 'City votes to keep night buses after outcry',
    dek: 'The transport committee reversed a plan to cut three routes.',
    dateline: 'ELMSTEAD',
    byline: 'Priya Natarajan',
    section: 'Local',
    originalPublishedAt: '2024-09-18T19:45:00.000Z',
    publicationName: 'Elmstead Evening Post',
    body: [
      'ELMSTEAD - The city’s transport committee voted on Tuesday to keep all night bus routes running, a week after it proposed cutting three of them.',
      'Committee chair George Whitfield said the reversal followed more than 4,000 letters from residents. “We listened, and we were wrong,” he said.',
      'Nurses and hospital cleaners had said the cuts would leave them without a way home after late shifts, according to the union that represents them.',
      'The Elmstead Evening Post reported last week that the cuts would have saved less than one percent of the transport budget.',
    ].join('\n\n'),
    comments: [
      {
        authorName: 'Night shift nurse',
        postedAt: '2024-09-18T21:12:00.000Z',
        body: 'Thank you to everyone who wrote in. This matters.',
        status: 'approved',
      },
    ],
  },
];
