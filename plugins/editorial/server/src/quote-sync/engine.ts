/**
 * The quote engine as the sync sees it. The real engine (server/src/quotes, written on main)
 * has the same interface; until it lands this module provides a small interim extractor so
 * the save pipeline, the admin and the tests work end to end. Switching is one import line:
 *   export { extractQuotes, normaliseQuoteText, sourceKey } from '../quotes';
 */
export type EngineSourceKind = 'person' | 'organization' | 'outlet' | 'anonymous';

export interface EngineSource {
  name: string;
  kind: EngineSourceKind;
  description: string | null;
}

export interface EngineQuote {
  text: string;
  start: number;
  end: number;
  segments: { start: number; end: number }[];
  type: 'direct' | 'mixed' | 'indirect';
  cue: string | null;
  speaker: { text: string; start: number; end: number } | null;
  source: EngineSource | null;
  confidence: number;
}

/** Lower-case, straight quotes, collapsed spaces, no surrounding punctuation. */
export function normaliseQuoteText(text: string): string {
  return String(text ?? '')
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f«»]/g, '"')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s"',.;:!?-]+|[\s"',.;:!?-]+$/g, '')
    .trim();
}

const TITLES = /^(mr|mrs|ms|miss|dr|prof|professor|sir|dame|gen|general|col|colonel|sen|senator|rep|gov|governor|mayor|minister|president|judge)\.?\s+/i;

export function sourceKey(source: Pick<EngineSource, 'name' | 'kind'>): string {
  let name = String(source.name ?? '').normalize('NFKC').trim();
  if (source.kind !== 'anonymous') name = name.replace(/^the\s+/i, '').replace(TITLES, '');
  return `${source.kind}:${name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()}`;
}

// ---------------------------------------------------------------------------------------------
// Interim extractor: direct quotes with a speech verb next to them.

const CUES = 'said|says|reported|added|adds|told|tells|asked|asks|explained|warned|insisted|argued|noted|wrote|stated|replied|recalled|acknowledged|admitted|declared|claimed';
const OPEN = '["\u201c]';
const CLOSE = '["\u201d]';
const NAME = "(?:(?:Mr|Mrs|Ms|Dr|Prof)\\.?\\s+)?[A-Z][\\p{L}'\\-]+(?:\\s+(?:(?:de|van|von|al|bin|da|del|la|le)\\s+)?[A-Z][\\p{L}'\\-]+){0,3}";
const ANON = "(?:an?|one|two|three|several)\\s+(?:[a-z][\\p{L}\\-]*\\s+){0,5}?(?:official|officials|source|sources|diplomat|diplomats|aide|aides|person|people|employee|employees|executive|executives|resident|residents|officer|officers|member|members|spokesperson|spokesman|spokeswoman)(?:\\s+(?:who|familiar|close|with|of|at|in)\\b[^,.;\"\u201c\u201d]*)?";
const OUTLET_HINT = /\b(Times|Post|News|Journal|Herald|Gazette|Tribune|Chronicle|Reuters|Press|Guardian|Courier|Observer|Telegraph|Agency|Radio|TV|Television|Broadcasting)\b/;
const ORG_HINT = /\b(Ministry|Department|Council|Company|Corporation|Corp|Inc|Ltd|University|Authority|Commission|Union|Association|Bank|Party|Office|Institute|Foundation|Police|Army|Agency|Board|Group)\b/;

const SENT_AFTER = new RegExp(
  `${OPEN}([^"\u201c\u201d]{3,2000}?)${CLOSE}\\s*,?\\s*(?:(${CUES})\\s+(${NAME}|${ANON}|the\\s+${NAME})|(${NAME}|${ANON}|the\\s+${NAME})\\s+(${CUES}))(?:,\\s*([^.\u201c"]{2,160}))?`,
  'gu'
);
const SENT_BEFORE = new RegExp(`(${NAME}|${ANON})\\s+(${CUES})(?:\\s+\\w+)?\\s*[:,]\\s*${OPEN}([^"\u201c\u201d]{3,2000}?)${CLOSE}`, 'gu');

function kindOf(name: string): EngineSourceKind {
  if (/^(an?|one|two|three|several)\s/i.test(name)) return 'anonymous';
  if (OUTLET_HINT.test(name)) return 'outlet';
  if (ORG_HINT.test(name)) return 'organization';
  return 'person';
}

function canonicalName(raw: string, kind: EngineSourceKind) {
  let n = raw.trim().replace(/\s+/g, ' ');
  if (kind === 'anonymous') return n.replace(/^(an?|one)\s+/i, 'a ').replace(/\s+(who|familiar|close|with|of|at|in)\b.*$/i, (m) => m);
  if (kind === 'outlet' || kind === 'organization') return n.replace(/^the\s+/i, 'The ');
  return n.replace(TITLES, '');
}

export interface ExtractOptions {
  /** Throw on purpose (tests of the failure path): any body containing this marker fails. */
  failMarker?: string;
}

export function extractQuotes(text: string, options: ExtractOptions = {}): EngineQuote[] {
  const body = String(text ?? '');
  if (options.failMarker && body.includes(options.failMarker)) throw new Error('quote engine failed on this text');
  const found: EngineQuote[] = [];
  const known: { name: string; kind: EngineSourceKind; description: string | null }[] = [];

  const resolve = (raw: string, description: string | null): EngineSource => {
    const kind0 = kindOf(raw);
    let name = canonicalName(raw, kind0);
    if (kind0 === 'anonymous') return { name: name.toLowerCase(), kind: 'anonymous', description };
    const bare = name.replace(/^The\s+/, '');
    // "Faizi" or "Mr. Faizi" after "Amir Faizi"; "the Times" after "The New York Times".
    const earlier = known.find(
      (k) => k.name === name || k.name.endsWith(` ${bare}`) || k.name.replace(/^The\s+/, '').split(' ').slice(-1)[0] === bare
    );
    if (earlier) return { name: earlier.name, kind: earlier.kind, description: earlier.description ?? description };
    const src = { name, kind: kind0, description };
    known.push(src);
    return src;
  };

  const push = (m: RegExpExecArray, raw: string, qStart: number, speakerRaw: string, cue: string, description: string | null) => {
    const quote = raw.replace(/[\s,]+$/, '');
    const speakerStart = m.index + m[0].indexOf(speakerRaw);
    const source = resolve(speakerRaw, description?.trim() || null);
    found.push({
      text: quote,
      start: qStart,
      end: qStart + quote.length,
      segments: [{ start: qStart, end: qStart + quote.length }],
      type: 'direct',
      cue: cue.toLowerCase(),
      speaker: { text: speakerRaw, start: speakerStart, end: speakerStart + speakerRaw.length },
      source,
      confidence: source.kind === 'person' && speakerRaw.split(' ').length >= 2 ? 0.9 : 0.75,
    });
  };

  const matches: { m: RegExpExecArray; before: boolean }[] = [];
  for (const m of body.matchAll(SENT_AFTER)) matches.push({ m: m as RegExpExecArray, before: false });
  for (const m of body.matchAll(SENT_BEFORE)) matches.push({ m: m as RegExpExecArray, before: true });
  matches.sort((a, b) => a.m.index - b.m.index);
  const taken: [number, number][] = [];
  for (const { m, before } of matches) {
    const quote = before ? m[3] : m[1];
    const qStart = m.index + m[0].indexOf(quote);
    if (taken.some(([s, e]) => qStart < e && qStart + quote.length > s)) continue;
    taken.push([qStart, qStart + quote.length]);
    if (before) push(m, quote, qStart, m[1], m[2], null);
    else push(m, quote, qStart, (m[3] ?? m[4]).replace(/^the\s+(?=[A-Z])/, 'the '), m[2] ?? m[5], m[6] ?? null);
  }
  return found;
}
