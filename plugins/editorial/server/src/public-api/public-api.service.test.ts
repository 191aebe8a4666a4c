import { summariseSourcing, toPublicQuote, type PublicQuote } from './public-api.service';

const src = (slug: string, kind: 'person' | 'anonymous' | 'outlet' | 'organisation', name = slug) => ({
  documentId: `d-${slug}`,
  name,
  slug,
  kind,
  affiliation: null,
});
const quote = (source: ReturnType<typeof src> | null): PublicQuote => ({
  documentId: Math.random().toString(36),
  text: 't',
  type: 'direct',
  cue: null,
  speaker: null,
  verified: false,
  position: { paragraph: 0, start: 0, end: 1 },
  source,
});

describe('summariseSourcing', () => {
  it('counts named, anonymous and unattributed quotes and the anonymous share of attributed ones', () => {
    const ann = src('ann', 'person', 'Ann');
    const official = src('official', 'anonymous', 'An official');
    const result = summariseSourcing([quote(ann), quote(ann), quote(official), quote(null)]);
    expect(result.sourcing).toEqual({
      quotes: 4,
      named: 2,
      anonymous: 1,
      unattributed: 1,
      anonymousShare: 0.333,
    });
    expect(result.sourcesCited.map((s) => [s.slug, s.quoteCount])).toEqual([
      ['ann', 2],
      ['official', 1],
    ]);
  });

  it('gives a zero share when nothing is attributed', () => {
    expect(summariseSourcing([]).sourcing).toEqual({
      quotes: 0,
      named: 0,
      anonymous: 0,
      unattributed: 0,
      anonymousShare: 0,
    });
    expect(summariseSourcing([quote(null)]).sourcing.anonymousShare).toBe(0);
  });
});

describe('toPublicQuote', () => {
  it('keeps public fields only', () => {
    const q = toPublicQuote({
      id: 7,
      documentId: 'q1',
      text: 'Hello',
      type: 'direct',
      cue: 'said',
      speakerText: 'Ann',
      state: 'verified',
      paragraphIndex: 2,
      start: 10,
      end: 15,
      matchKey: 'secret-key',
      confidence: 0.9,
      source: {
        documentId: 's1',
        name: 'Ann',
        slug: 'ann',
        kind: 'person',
        affiliation: 'Council',
        aliasKeys: 'x',
      },
    });
    expect(q).toEqual({
      documentId: 'q1',
      text: 'Hello',
      type: 'direct',
      cue: 'said',
      speaker: 'Ann',
      verified: true,
      position: { paragraph: 2, start: 10, end: 15 },
      source: { documentId: 's1', name: 'Ann', slug: 'ann', kind: 'person', affiliation: 'Council' },
    });
  });
});
