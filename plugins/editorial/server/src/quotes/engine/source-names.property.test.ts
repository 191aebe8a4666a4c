/**
 * Source names under generated articles (issue 15: no wrong source ever public). Each article has
 * a title-case headline naming the speaker among capitalised words, body sentences opened by
 * capitalised common words, a speaker introduced by title and full name, and quotes attributed
 * by surname and pronoun. Whatever the mix, a quote's named person is the one full name the body
 * gave (also when the surname is a time word: "Jo Day"), and no common word, pronoun or day
 * becomes a person; a time phrase opening a sentence ("In May", "Late last May") is never a
 * public source.
 */
import fc from 'fast-check';
import { extractQuotes } from './index';

const FIRST = ['Jo', 'Ola', 'Petra', 'Ivo', 'Mara', 'Anton', 'Lena', 'Tomas'];
/** Surnames, some of them also time words ("Jo Day", "Ola May"). */
const LAST = [
  'Roe',
  'Brun',
  'Lund',
  'Marek',
  'Holm',
  'Varga',
  'Okafor',
  'Sato',
  'Day',
  'May',
  'Summer',
  'Winter',
];
const TITLES = ['Mayor', 'Councillor', 'Senator', 'Director', 'Minister', 'Governor'];
const HEADLINE_WORDS = [
  'Offensive',
  'Things',
  'Supporter',
  'Shouts',
  'Word',
  'Rally',
  'Harbour',
  'Plan',
  'Again',
];
/** Sentence openers the article also writes in lower case. */
const OPENERS = [
  ['Last month', 'the last ferry left late'],
  ['More worrying', 'more boats came in'],
  ['Nobody', 'nobody was on the pier'],
  ['History', 'the history of the pier is long'],
];
const DAYS = ['Monday', 'Tuesday', 'Thursday'];
/** Time phrases that open a sentence before a cue; none of them names a source. */
const TIME_SUBJECTS = ['In May', 'Early June', 'Late last May', 'On Thursday', 'In March'];
const QUOTES = ['The pier is safe', 'We will rebuild the quay', 'Nobody was told', 'The tide is the problem'];

const article = fc.record({
  first: fc.constantFrom(...FIRST),
  last: fc.constantFrom(...LAST),
  title: fc.constantFrom(...TITLES),
  headline: fc.shuffledSubarray(HEADLINE_WORDS, { minLength: 3, maxLength: 5 }),
  openers: fc.shuffledSubarray(OPENERS, { minLength: 1, maxLength: 4 }),
  day: fc.constantFrom(...DAYS),
  timeSubject: fc.constantFrom(...TIME_SUBJECTS),
  quotes: fc.array(fc.tuple(fc.constantFrom(...QUOTES), fc.constantFrom('surname', 'pronoun', 'inverted')), {
    minLength: 1,
    maxLength: 4,
  }),
});

type Article = typeof article extends fc.Arbitrary<infer T> ? T : never;

function compose(a: Article) {
  const full = `${a.first} ${a.last}`;
  const headline = [a.headline[0], a.last, ...a.headline.slice(1)].join(' ');
  const paragraphs = [
    headline,
    `${a.title} ${full} spoke to the council on ${a.day}.`,
    ...a.openers.map(
      ([open, plain], i) => `${open}, ${plain}, and ${i % 2 ? 'the harbour' : 'the town'} waited.`,
    ),
    `${a.timeSubject} said the quay would be “closed for repairs.”`,
    ...a.quotes.map(([words, form]) =>
      form === 'surname'
        ? `“${words},” ${a.last} said.`
        : form === 'pronoun'
          ? `${a.last} paused. “${words},” she said.`
          : `“${words},” said ${a.last}.`,
    ),
  ];
  return { text: paragraphs.join('\n\n'), full };
}

describe('source names under generated articles', () => {
  it('credits every quote to the full name the body gave, never to a headline run, common word or day', () => {
    fc.assert(
      fc.property(article, (a) => {
        const { text, full } = compose(a);
        const quotes = extractQuotes(text);
        for (const [words] of a.quotes) {
          const q = quotes.find((x) => x.text.includes(words));
          expect(q).toBeDefined();
          expect(q!.source).toMatchObject({ name: full, kind: 'person' });
        }
        const forbidden = new Set([
          ...a.openers.map(([open]) => open.split(' ')[0]),
          ...DAYS,
          'He',
          'She',
          'It',
          'They',
        ]);
        const closed = quotes.find((x) => x.text.includes('closed for repairs'));
        if (closed?.source && closed.source.kind !== 'anonymous') expect(closed.confidence).toBeLessThan(0.5);
        for (const q of quotes)
          if (q.source?.kind === 'person') {
            expect(forbidden.has(q.source.name)).toBe(false);
            expect(q.source.name.split(' ').some((w) => a.headline.includes(w))).toBe(false);
          }
      }),
      { numRuns: 300 },
    );
  });
});
