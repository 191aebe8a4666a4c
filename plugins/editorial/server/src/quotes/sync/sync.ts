import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { lockQuoteSync, newDocumentId, type Status } from '../../core/db';
import {
  deleteQuotes,
  findArticlePublication,
  findArticleRows,
  findArticleVersion,
  findVersionQuotes,
  insertQuotes,
  linkQuoteArticles,
  linkQuoteSources,
  saveExtractionState,
  unlinkQuotesFromOtherRows,
  updateQuotes,
  type StoredQuote,
} from '../quote.repository';
import { normaliseQuoteText, sourceKey, type EngineQuote } from './quote-engine';
import { upsertSources, refreshUnused, type SourceRow, type SourceWanted } from './sources';
import { isClosedClass, isNamedSourceName } from './names';
import type { QuoteEvidence } from '../../../../shared/quotes';

export const HISTORY_LIMIT = 50;

export interface ExtractionState {
  status: 'ok' | 'error' | 'disabled';
  error: string | null;
  at: string;
  counts: { quotes: number; anonymous: number; added: number; removed: number; kept: number };
  history: {
    at: string;
    status: Status;
    added: number;
    removed: { text: string; speaker: string | null; state: string }[];
  }[];
  /** Hash of the body and the settings this state was computed from. */
  hash?: string;
  /**
   * The version (draft or published) the state was computed for. Strapi's publish and draft
   * discard copy the row, state included, to the other version: a copied state never matches.
   */
  version?: Status;
  /** The article row it was computed on, when known (a state written with the insert has none). */
  rowId?: number;
}

/** Bump when the extractor or the sync changes what it stores, so stored states stop matching. */
const SYNC_VERSION = 2;

/** What a version's quotes depend on: its text and the minimum confidence. */
export const syncHash = (body: string, minConfidence: number) =>
  crypto.createHash('sha1').update(`${SYNC_VERSION}\0${minConfidence}\0${body}`).digest('hex');

/** Identity of a quote across saves: its normalised text (n-th occurrence when the same words recur). */
export function matchKeys(texts: string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((t) => {
    const h = crypto.createHash('sha1').update(normaliseQuoteText(t)).digest('hex').slice(0, 40);
    const n = (seen.get(h) ?? 0) + 1;
    seen.set(h, n);
    return n === 1 ? h : `${h}~${n}`;
  });
}

/** Offsets where each paragraph after the first starts; the index of an offset is a binary search. */
const paragraphBreaks = (body: string): number[] => {
  const out: number[] = [];
  const re = /\n\s*\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) out.push(m.index);
  return out;
};

const paragraphIndexAt = (breaks: number[], offset: number) => {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/** The quote as shown to editors: without the enclosing quotation marks and the trailing comma. */
export function displayText(text: string): string {
  let t = String(text ?? '').trim();
  const m = /^["\u201c\u201e«]([\s\S]*)["\u201d»]$/u.exec(t);
  if (m && !/["\u201c\u201d]/u.test(m[1])) t = m[1];
  return t.replace(/[\s,]+$/u, '').trim();
}

const cueText = (cue: unknown): string | null => {
  const text = cue && typeof cue === 'object' ? (cue as { text?: string }).text : cue;
  return typeof text === 'string' && text ? text.slice(0, 80) : null;
};

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export interface SyncDeps {
  extract: (text: string) => EngineQuote[];
  minConfidence: number;
  /** Re-extract even when the body is the one the stored quotes were computed from. */
  full?: boolean;
  /** The article was created by this save: it has no quotes yet, nothing to read or diff. */
  created?: boolean;
  /** The draft row this save created, as the document service returned it. */
  createdRow?: { id: number; body: string | null };
  /** Resolve the source of every quote not locked by an editor again (the alias migration). */
  reresolve?: boolean;
  /** A create's quotes, extracted before the insert, whose state the insert already wrote. */
  prepared?: PreparedCreate;
}

/** What a create extracted before its insert: the quotes, and the state stored with the row. */
export interface PreparedCreate {
  found: EngineQuote[];
  state: ExtractionState;
}

/**
 * Extraction for a new draft, before Strapi inserts it: its state goes into the insert itself,
 * which saves the create a statement (`npm run bench -- quotes-save`). Null when extraction
 * fails: the save then takes the ordinary path, which records the failure.
 */
export function prepareCreate(
  extract: SyncDeps['extract'],
  body: string,
  minConfidence: number,
): PreparedCreate | null {
  let found: EngineQuote[];
  try {
    found = storedQuotesOf(extract(body));
  } catch {
    return null;
  }
  const anonymous = found.filter((q) => q.source?.kind === 'anonymous').length;
  const counts = { quotes: found.length, anonymous, added: found.length, removed: 0, kept: 0 };
  const state = nextExtractionState(
    null,
    { creates: found.length, removed: [] },
    counts,
    syncHash(body, minConfidence),
    undefined,
    'draft',
  )!;
  return { found, state };
}

/** States the sync may set; verified and rejected are an editor's and stay. */
const SYNC_STATES = new Set(['extracted', 'needs_review']);

/** The engine's evidence for a quote; built from its cue and speaker until the engine gives it. */
export function evidenceOf(q: EngineQuote): QuoteEvidence {
  const e = (q as { evidence?: Partial<QuoteEvidence> | null }).evidence;
  const mention = (m: any) => ({
    text: String(m?.text ?? '').slice(0, 300),
    start: Number(m?.start ?? 0),
    end: Number(m?.end ?? 0),
  });
  return {
    cue: typeof e?.cue === 'string' ? e.cue.slice(0, 80) : cueText(q.cue),
    rule: typeof e?.rule === 'string' && e.rule ? e.rule.slice(0, 80) : (q.type ?? 'direct'),
    mentions: (Array.isArray(e?.mentions) ? e!.mentions : q.speaker ? [q.speaker] : [])
      .slice(0, 20)
      .map(mention),
  };
}

/**
 * A named source the engine gave that cannot be one: a closed-class word ("Thursday", "he") names
 * nobody, so the quote keeps no source and waits for review; a name without a capitalised word
 * ("officials") is an anonymous description.
 */
export function guardSource(q: EngineQuote): EngineQuote & { unsure?: boolean } {
  const s = q.source;
  if (!s || s.kind === 'anonymous' || isNamedSourceName(s.name)) return q;
  if (isClosedClass(s.name)) return { ...q, source: null, unsure: true };
  return { ...q, source: { ...s, kind: 'anonymous' } };
}

type SyncResult = {
  status: Status;
  quotes: number;
  added: number;
  removed: number;
  kept: number;
  unchanged?: boolean;
  error?: string;
  anonymous?: number;
};

/** The writes one sync makes, planned from the extracted quotes and the stored ones. */
interface QuotePlan {
  creates: Record<string, unknown>[];
  createSources: (number | null)[];
  updates: { id: number; data: Record<string, unknown> }[];
  relink: { own: number; target: number | null }[];
  reArticle: { own: number; target: number | null }[];
  removed: StoredQuote[];
  /** Sources that may have to change their `unused` mark. */
  touchedSources: number[];
}

/**
 * Re-syncs the quotes of one version (draft or published) of an article with its body.
 * One read of the existing quotes, a diff by match key, batched writes. Editor state
 * (verified / rejected / edited text / locked source) is kept for every quote whose text is
 * still in the body. Must run inside a transaction (`trx`).
 */
export async function syncVersion(
  strapi: Core.Strapi,
  trx: any,
  documentId: string,
  status: Status,
  deps: SyncDeps,
): Promise<SyncResult> {
  const row = deps.createdRow
    ? { id: deps.createdRow.id, body: deps.createdRow.body, quoteExtraction: null }
    : await findArticleVersion(strapi, documentId, status);
  const stored = row ? extractionStateOf(row.quoteExtraction) : null;
  // A prepared create stored its state (and hash) with the insert: no hash to compute again.
  const hash = row && !deps.prepared ? syncHash(String(row.body ?? ''), deps.minConfidence) : null;

  // Nothing changed since the last sync of this row (publish of an unchanged draft, a save that
  // only touched other fields): skip extraction and the diff; only drop the links Strapi's
  // publish copied onto the new published row.
  if (
    row &&
    !deps.full &&
    stored?.status === 'ok' &&
    stored.hash === hash &&
    stored.version === status &&
    (stored.rowId == null || stored.rowId === row.id)
  ) {
    await unlinkQuotesFromOtherRows(strapi, trx, documentId, status, row.id);
    return { status, unchanged: true, ...stored.counts, added: 0, removed: 0 };
  }

  const existing = deps.created ? [] : await findVersionQuotes(strapi, trx, documentId, status);
  if (!row) return removeVersionQuotes(strapi, trx, status, existing);

  const body = String(row.body ?? '');
  const found = deps.prepared?.found ?? extractOrRecordFailure(strapi, deps, body, documentId, status);
  if (!Array.isArray(found)) {
    await saveExtractionState(strapi, row.id, failedState(found.message, stored, existing.length));
    return {
      status,
      error: found.message,
      removed: 0,
      added: 0,
      kept: existing.length,
      quotes: existing.length,
    };
  }

  const keys = matchKeys(found.map((q) => q.text));
  const { byKey, duplicates } = indexByMatchKey(existing);
  const sources = await upsertSources(strapi, trx, sourcesWanted(found, keys, byKey, deps), documentId, () =>
    findArticlePublication(strapi, row.id),
  );
  const plan = planQuoteChanges({
    found,
    keys,
    byKey,
    duplicates,
    existing,
    sources,
    body,
    documentId,
    status,
    articleId: row.id,
    minConfidence: deps.minConfidence,
  });
  await applyQuotePlan(strapi, trx, plan, row.id);

  const anonymous = found.filter((q) => q.source?.kind === 'anonymous').length;
  const counts = {
    quotes: found.length,
    anonymous,
    added: plan.creates.length,
    removed: plan.removed.length,
    kept: found.length - plan.creates.length,
  };
  // A prepared create stored its state with the insert: every quote it found is a new one.
  const next = deps.prepared
    ? null
    : nextExtractionState(
        stored,
        { creates: plan.creates.length, removed: plan.removed },
        counts,
        hash!,
        row.id,
        status,
      );
  if (next) await saveExtractionState(strapi, row.id, next);
  return { status, ...counts };
}

const extractionStateOf = (v: unknown): ExtractionState | null =>
  v && typeof v === 'object' ? (v as ExtractionState) : null;

/** The version is gone (unpublish, delete): so are its quotes. */
async function removeVersionQuotes(
  strapi: Core.Strapi,
  trx: any,
  status: Status,
  existing: StoredQuote[],
): Promise<SyncResult> {
  if (existing.length) {
    await deleteQuotes(
      strapi,
      trx,
      existing.map((q) => q.id),
    );
    await refreshUnused(
      strapi,
      trx,
      existing.map((q) => q.source?.id).filter((id): id is number => id != null),
    );
  }
  return { status, removed: existing.length, added: 0, kept: 0, quotes: 0 };
}

/** Every non-empty quote the engine found, cleaned for display. */
function storedQuotesOf(found: EngineQuote[]): EngineQuote[] {
  // Every quote is stored; those below the minimum confidence wait for an editor (needs_review).
  return found
    .filter((q) => q.text && q.text.trim())
    .map((q) => guardSource({ ...q, text: displayText(q.text) }));
}

/** Every non-empty quote the engine finds, cleaned for display; or the engine's error. */
function extractOrRecordFailure(
  strapi: Core.Strapi,
  deps: SyncDeps,
  body: string,
  documentId: string,
  status: Status,
): EngineQuote[] | { message: string } {
  try {
    return storedQuotesOf(deps.extract(body));
  } catch (error) {
    const message = (error as Error)?.message ?? String(error);
    strapi.log.error(`[editorial] quote extraction failed for article ${documentId} (${status}): ${message}`);
    return { message };
  }
}

function failedState(message: string, previous: ExtractionState | null, quotes: number): ExtractionState {
  return {
    status: 'error',
    error: message.slice(0, 500),
    at: new Date().toISOString(),
    counts: previous?.counts ?? { quotes, anonymous: 0, added: 0, removed: 0, kept: quotes },
    history: previous?.history ?? [],
  };
}

/** Stored quotes by match key; a second quote with the same key (or none) is a duplicate to drop. */
function indexByMatchKey(existing: StoredQuote[]) {
  const byKey = new Map<string, StoredQuote>();
  const duplicates: StoredQuote[] = [];
  for (const q of existing) {
    if (q.matchKey && !byKey.has(q.matchKey)) byKey.set(q.matchKey, q);
    else duplicates.push(q);
  }
  return { byKey, duplicates };
}

/** Sources of the quotes whose attribution the extractor decides (new ones, and kept ones not locked by an editor). */
function sourcesWanted(
  found: EngineQuote[],
  keys: string[],
  byKey: Map<string, StoredQuote>,
  deps: SyncDeps,
): SourceWanted[] {
  const wanted: SourceWanted[] = [];
  found.forEach((q, i) => {
    const prior = byKey.get(keys[i]);
    const unchanged =
      !deps.reresolve &&
      prior &&
      prior.source &&
      (prior.speakerText ?? null) === (q.speaker?.text?.slice(0, 500) ?? null);
    if (q.source && !(prior && (prior.sourceLocked || unchanged))) {
      wanted.push({ source: q.source, forms: q.speaker?.text ? [q.speaker.text] : [] });
    }
  });
  return wanted;
}

/** The fields of a quote the engine decides, as stored. */
function engineFields(q: EngineQuote, paragraphIndex: number) {
  return {
    start: q.start,
    end: q.end,
    paragraphIndex,
    segments: (q.segments ?? []).map((g) => ({ start: g.start, end: g.end })),
    speakerText: q.speaker?.text?.slice(0, 500) ?? null,
    cue: cueText(q.cue),
    type: q.type ?? 'direct',
    confidence: q.confidence ?? null,
    evidence: evidenceOf(q),
  };
}

/** What changed in a kept quote (editor state stays); empty when nothing did. */
function changedFields(
  prior: StoredQuote,
  q: EngineQuote,
  fields: ReturnType<typeof engineFields>,
  reviewState: string,
): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  if (prior.start !== fields.start) data.start = fields.start;
  if (prior.end !== fields.end) data.end = fields.end;
  if (prior.paragraphIndex !== fields.paragraphIndex) data.paragraphIndex = fields.paragraphIndex;
  if (!sameJson(prior.segments, fields.segments)) data.segments = JSON.stringify(fields.segments);
  if ((prior.speakerText ?? null) !== fields.speakerText) data.speakerText = fields.speakerText;
  if ((prior.cue ?? null) !== fields.cue) data.cue = fields.cue;
  if (prior.type !== fields.type) data.type = fields.type;
  if ((prior.confidence ?? null) !== fields.confidence) data.confidence = fields.confidence;
  if (!sameJson(prior.evidence, fields.evidence)) data.evidence = JSON.stringify(fields.evidence);
  if (SYNC_STATES.has(prior.state) && prior.state !== reviewState) data.state = reviewState;
  if (!prior.editedByEditor && prior.text !== q.text) data.text = q.text;
  return data;
}

/** The diff by match key: quotes to create, update, relink and remove. Reads and writes nothing. */
function planQuoteChanges(input: {
  found: EngineQuote[];
  keys: string[];
  byKey: Map<string, StoredQuote>;
  duplicates: StoredQuote[];
  existing: StoredQuote[];
  sources: Map<string, SourceRow>;
  body: string;
  documentId: string;
  status: Status;
  articleId: number;
  minConfidence: number;
}): QuotePlan {
  const { found, keys, byKey, sources, articleId } = input;
  const plan: QuotePlan = {
    creates: [],
    createSources: [],
    updates: [],
    relink: [],
    reArticle: [],
    removed: [],
    touchedSources: [],
  };
  // Sources gaining a quote need their `unused` mark checked, unless the upsert just read them as used.
  const knownUsed = new Set([...sources.values()].filter((s) => s.unused === false).map((s) => Number(s.id)));
  const gained = (id: number | null) => {
    if (id != null && !knownUsed.has(Number(id))) plan.touchedSources.push(id);
  };
  const sourceIdOf = (q: EngineQuote, prior?: StoredQuote) =>
    q.source ? (sources.get(sourceKey(q.source))?.id ?? prior?.source?.id ?? null) : null;
  const keep = new Set<string>();
  const breaks = paragraphBreaks(input.body);
  const now = new Date();

  found.forEach((q, i) => {
    const key = keys[i];
    keep.add(key);
    const fields = engineFields(q, paragraphIndexAt(breaks, q.start));
    const reviewState =
      (q.confidence ?? 0) < input.minConfidence || (q as { unsure?: boolean }).unsure
        ? 'needs_review'
        : 'extracted';
    const prior = byKey.get(key);
    const sourceId = sourceIdOf(q, prior);
    if (!prior) {
      plan.creates.push({
        documentId: newDocumentId(),
        text: q.text,
        matchKey: key,
        articleDocumentId: input.documentId,
        articleStatus: input.status,
        state: reviewState,
        editedByEditor: false,
        sourceLocked: false,
        ...fields,
        segments: JSON.stringify(fields.segments),
        evidence: JSON.stringify(fields.evidence),
        createdAt: now,
        updatedAt: now,
      });
      plan.createSources.push(sourceId);
      gained(sourceId);
      return;
    }
    const data = changedFields(prior, q, fields, reviewState);
    if (Object.keys(data).length) plan.updates.push({ id: prior.id, data: { ...data, updatedAt: now } });
    if (!prior.sourceLocked && (prior.source?.id ?? null) !== sourceId) {
      plan.relink.push({ own: prior.id, target: sourceId });
      if (prior.source?.id) plan.touchedSources.push(prior.source.id);
      gained(sourceId);
    }
    if (prior.articleIds.length !== 1 || prior.articleIds[0] !== articleId)
      plan.reArticle.push({ own: prior.id, target: articleId });
  });

  plan.removed = [
    ...input.existing.filter((q) => q.matchKey && !keep.has(q.matchKey) && byKey.get(q.matchKey) === q),
    ...input.duplicates,
  ];
  for (const q of plan.removed) if (q.source?.id) plan.touchedSources.push(q.source.id);
  return plan;
}

/** The planned writes: removals, one batched update, batched inserts, links, then `unused` marks. */
async function applyQuotePlan(strapi: Core.Strapi, trx: any, plan: QuotePlan, articleId: number) {
  if (plan.removed.length)
    await deleteQuotes(
      strapi,
      trx,
      plan.removed.map((q) => q.id),
    );
  await updateQuotes(strapi, trx, plan.updates);
  const ids = plan.creates.length ? await insertQuotes(strapi, trx, plan.creates) : [];
  ids.forEach((id, i) => {
    plan.relink.push({ own: id, target: plan.createSources[i] });
    plan.reArticle.push({ own: id, target: articleId });
  });
  const fresh = new Set(ids);
  await linkQuoteSources(strapi, trx, plan.relink, fresh);
  await linkQuoteArticles(strapi, trx, plan.reArticle, fresh);
  if (plan.touchedSources.length) await refreshUnused(strapi, trx, plan.touchedSources);
}

/** The state to store after a sync, with a history entry when quotes came or went; null when it would not change. */
function nextExtractionState(
  previous: ExtractionState | null,
  change: { creates: number; removed: StoredQuote[] },
  counts: ExtractionState['counts'],
  hash: string,
  rowId: number | undefined,
  status: Status,
): ExtractionState | null {
  const { creates, removed } = change;
  const changed =
    !previous ||
    previous.status !== 'ok' ||
    removed.length ||
    creates ||
    previous.counts?.quotes !== counts.quotes ||
    previous.counts?.anonymous !== counts.anonymous ||
    previous.hash !== hash ||
    previous.version !== status ||
    previous.rowId !== rowId;
  if (!changed) return null;
  const now = new Date().toISOString();
  const history = [...(previous?.history ?? [])];
  if (removed.length || creates) {
    history.unshift({
      at: now,
      status,
      added: creates,
      removed: removed.map((q) => ({
        text: String(q.text).slice(0, 300),
        speaker: q.speakerText ?? null,
        state: q.state,
      })),
    });
  }
  return {
    status: 'ok',
    error: null,
    at: now,
    counts,
    history: history.slice(0, HISTORY_LIMIT),
    hash,
    version: status,
    ...(rowId == null ? {} : { rowId }),
  };
}

/**
 * Records a failed sync on the article's versions (the quotes panel shows it); their quotes stay
 * as they were. Best effort: a failure here is logged, never thrown into the save.
 */
export async function markSyncFailed(strapi: Core.Strapi, trx: any, documentId: string, message: string) {
  try {
    for (const r of await findArticleRows(strapi, documentId)) {
      await saveExtractionState(strapi, r.id, failedState(message, extractionStateOf(r.quoteExtraction), 0));
    }
  } catch (error) {
    strapi.log.error(
      `[editorial] could not record the failed quote sync of article ${documentId}: ${(error as Error)?.message ?? error}`,
    );
  }
}

export { lockQuoteSync };
