import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { ARTICLE, QUOTE, SOURCE, newDocumentId, joinInfo, kx, tableOf, lockQuoteSync, setLinks, chunks, type Status } from './db';
import { normaliseQuoteText, sourceKey, type EngineQuote } from './quote-engine';
import { upsertSources, refreshUnused, type SourceWanted } from './sources';
import { isClosedClass, isNamedSourceName } from './names';
import type { QuoteEvidence } from '../../../../shared/quotes';

export const HISTORY_LIMIT = 50;

export interface ExtractionState {
  status: 'ok' | 'error' | 'disabled';
  error: string | null;
  at: string;
  counts: { quotes: number; anonymous: number; added: number; removed: number; kept: number };
  history: { at: string; status: Status; added: number; removed: { text: string; speaker: string | null; state: string }[] }[];
  /** Hash of the body and the settings this state was computed from, and the article row it belongs to. */
  hash?: string;
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

const parseJson = (v: unknown) => {
  if (typeof v !== 'string') return v ?? null;
  try {
    return JSON.parse(v);
  } catch {
    return null;
  }
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
}

/** States the sync may set; verified and rejected are an editor's and stay. */
const SYNC_STATES = new Set(['extracted', 'needs_review']);

/** The engine's evidence for a quote; built from its cue and speaker until the engine gives it. */
export function evidenceOf(q: EngineQuote): QuoteEvidence {
  const e = (q as { evidence?: Partial<QuoteEvidence> | null }).evidence;
  const mention = (m: any) => ({ text: String(m?.text ?? '').slice(0, 300), start: Number(m?.start ?? 0), end: Number(m?.end ?? 0) });
  return {
    cue: typeof e?.cue === 'string' ? e.cue.slice(0, 80) : cueText(q.cue),
    rule: typeof e?.rule === 'string' && e.rule ? e.rule.slice(0, 80) : q.type ?? 'direct',
    mentions: (Array.isArray(e?.mentions) ? e!.mentions : q.speaker ? [q.speaker] : []).slice(0, 20).map(mention),
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

/**
 * Re-syncs the quotes of one version (draft or published) of an article with its body.
 * One read of the existing quotes, a diff by match key, batched writes. Editor state
 * (verified / rejected / edited text / locked source) is kept for every quote whose text is
 * still in the body. Must run inside a transaction (`trx`).
 */
export async function syncVersion(strapi: Core.Strapi, trx: any, documentId: string, status: Status, deps: SyncDeps) {
  const quoteLink = joinInfo(strapi, QUOTE, 'source');
  const articleLink = joinInfo(strapi, QUOTE, 'article');
  const quoteTable = tableOf(strapi, QUOTE);

  // One read of the version, one read of its quotes with their links (source, article row).
  const articleRow = deps.createdRow
    ? { id: deps.createdRow.id, body: deps.createdRow.body, quote_extraction: null }
    : await kx(strapi, trx, tableOf(strapi, ARTICLE))
        .select('id', 'body', 'quote_extraction')
        .where('document_id', documentId)
        .modify((qb: any) => (status === 'draft' ? qb.whereNull('published_at') : qb.whereNotNull('published_at')))
        .first();
  const row = articleRow
    ? { id: Number(articleRow.id), body: articleRow.body, quoteExtraction: parseJson(articleRow.quote_extraction) }
    : null;

  // Nothing changed since the last sync of this row (publish of an unchanged draft, a save that
  // only touched other fields): skip extraction and the diff. Strapi's publish copies the draft's
  // relations onto the new published row, so links of these quotes to other rows are dropped.
  const stored: ExtractionState | null = row?.quoteExtraction && typeof row.quoteExtraction === 'object' ? row.quoteExtraction : null;
  const hash = row ? syncHash(String(row.body ?? ''), deps.minConfidence) : null;
  if (row && !deps.full && stored?.status === 'ok' && stored.hash === hash && stored.rowId === row.id) {
    await kx(strapi, trx, articleLink.table)
      .whereIn(articleLink.ownColumn, (qb: any) => qb.select('id').from(quoteTable).where({ article_document_id: documentId, article_status: status }))
      .andWhereNot(articleLink.targetColumn, row.id)
      .delete();
    return { status, unchanged: true, ...stored.counts, added: 0, removed: 0 };
  }

  const raw = deps.created ? [] : await kx(strapi, trx, quoteTable)
    .select(
      `${quoteTable}.id`, 'document_id', 'text', 'match_key', 'start', 'end', 'paragraph_index', 'segments', 'speaker_text', 'cue', 'type',
      'confidence', 'evidence', 'state', 'edited_by_editor', 'source_locked',
      `sl.${quoteLink.targetColumn} as source_id`, `al.${articleLink.targetColumn} as article_id`
    )
    .leftJoin(`${quoteLink.table} as sl`, `sl.${quoteLink.ownColumn}`, `${quoteTable}.id`)
    .leftJoin(`${articleLink.table} as al`, `al.${articleLink.ownColumn}`, `${quoteTable}.id`)
    .where({ article_document_id: documentId, article_status: status })
    .orderBy(`${quoteTable}.id`);
  const existing: any[] = [];
  // Links quote -> article row: publishing can leave a quote linked to several rows of the
  // document (Strapi copies relations onto the new version), so they are collected, not assumed.
  const articleLinks = new Map<number, number[]>();
  for (const r of raw) {
    const id = Number(r.id);
    if (!articleLinks.has(id)) {
      articleLinks.set(id, []);
      existing.push({
        id,
        documentId: r.document_id,
        text: r.text,
        matchKey: r.match_key,
        start: r.start == null ? null : Number(r.start),
        end: r.end == null ? null : Number(r.end),
        paragraphIndex: r.paragraph_index == null ? null : Number(r.paragraph_index),
        segments: parseJson(r.segments),
        speakerText: r.speaker_text,
        cue: r.cue,
        type: r.type,
        confidence: r.confidence == null ? null : Number(r.confidence),
        evidence: parseJson(r.evidence),
        state: r.state,
        editedByEditor: !!r.edited_by_editor,
        sourceLocked: !!r.source_locked,
        source: r.source_id == null ? null : { id: Number(r.source_id) },
      });
    }
    if (r.article_id != null && !articleLinks.get(id)!.includes(Number(r.article_id))) articleLinks.get(id)!.push(Number(r.article_id));
  }

  const removeQuotes = async (ids: number[]) => {
    for (const part of chunks(ids)) {
      await kx(strapi, trx, quoteLink.table).whereIn(quoteLink.ownColumn, part).delete();
      await kx(strapi, trx, articleLink.table).whereIn(articleLink.ownColumn, part).delete();
      await kx(strapi, trx, quoteTable).whereIn('id', part).delete();
    }
  };

  if (!row) {
    // The version is gone (unpublish, delete): so are its quotes.
    if (existing.length) {
      await removeQuotes(existing.map((q) => q.id));
      await refreshUnused(strapi, trx, existing.map((q) => q.source?.id));
    }
    return { status, removed: existing.length, added: 0, kept: 0, quotes: 0 };
  }

  const previous: ExtractionState | null = row.quoteExtraction && typeof row.quoteExtraction === 'object' ? row.quoteExtraction : null;
  const now = new Date().toISOString();
  const body = String(row.body ?? '');
  let found: EngineQuote[];
  try {
    // Every quote is stored; those below the minimum confidence wait for an editor (needs_review).
    found = deps.extract(body).filter((q) => q.text && q.text.trim());
  } catch (error) {
    const message = (error as Error)?.message ?? String(error);
    strapi.log.error(`[editorial] quote extraction failed for article ${documentId} (${status}): ${message}`);
    const state: ExtractionState = {
      status: 'error',
      error: message.slice(0, 500),
      at: now,
      counts: previous?.counts ?? { quotes: existing.length, anonymous: 0, added: 0, removed: 0, kept: existing.length },
      history: previous?.history ?? [],
    };
    await kx(strapi, trx, tableOf(strapi, ARTICLE)).where({ id: row.id }).update({ quote_extraction: JSON.stringify(state) });
    return { status, error: message, removed: 0, added: 0, kept: existing.length, quotes: existing.length };
  }

  found = found.map((q) => guardSource({ ...q, text: displayText(q.text) }));
  const keys = matchKeys(found.map((q) => q.text));
  const byKey = new Map<string, any>();
  const duplicates: any[] = [];
  for (const q of existing) {
    if (q.matchKey && !byKey.has(q.matchKey)) byKey.set(q.matchKey, q);
    else duplicates.push(q);
  }

  // Sources of the quotes whose attribution the extractor decides (new ones, and kept ones not locked by an editor).
  const wanted: SourceWanted[] = [];
  found.forEach((q, i) => {
    const prior = byKey.get(keys[i]);
    const unchanged = !deps.reresolve && prior && prior.source && (prior.speakerText ?? null) === (q.speaker?.text?.slice(0, 500) ?? null);
    if (q.source && !(prior && (prior.sourceLocked || unchanged))) {
      wanted.push({ source: q.source, forms: q.speaker?.text ? [q.speaker.text] : [] });
    }
  });
  const sources = await upsertSources(strapi, trx, wanted, documentId, () => loadPublication(strapi, trx, row.id));
  const sourceIdOf = (q: EngineQuote, prior?: any) => {
    if (!q.source) return null;
    return sources.get(sourceKey(q.source))?.id ?? prior?.source?.id ?? null;
  };

  const creates: any[] = [];
  const createSources: (number | null)[] = [];
  const updates: { id: number; data: Record<string, unknown> }[] = [];
  const relink: { own: number; target: number | null }[] = [];
  const reArticle: { own: number; target: number | null }[] = [];
  // Sources that may have to change their `unused` mark: those losing a quote, and those gaining
  // one unless the upsert just read them as used (then nothing to check or write).
  const touchedSources: number[] = [];
  const knownUsed = new Set([...sources.values()].filter((s) => s.unused === false).map((s) => Number(s.id)));
  const gained = (id: number | null) => {
    if (id != null && !knownUsed.has(Number(id))) touchedSources.push(id);
  };
  const keep = new Set<string>();
  const breaks = paragraphBreaks(body);

  found.forEach((q, i) => {
    const key = keys[i];
    keep.add(key);
    const paragraphIndex = paragraphIndexAt(breaks, q.start);
    const fields = {
      start: q.start,
      end: q.end,
      paragraph_index: paragraphIndex,
      segments: (q.segments ?? []).map((g) => ({ start: g.start, end: g.end })),
      speaker_text: q.speaker?.text?.slice(0, 500) ?? null,
      cue: cueText(q.cue),
      type: q.type ?? 'direct',
      confidence: q.confidence ?? null,
      evidence: evidenceOf(q),
    };
    const reviewState = (q.confidence ?? 0) < deps.minConfidence || (q as { unsure?: boolean }).unsure ? 'needs_review' : 'extracted';
    const prior = byKey.get(key);
    const sourceId = sourceIdOf(q, prior);
    if (!prior) {
      creates.push({
        document_id: newDocumentId(),
        text: q.text,
        match_key: key,
        article_document_id: documentId,
        article_status: status,
        state: reviewState,
        edited_by_editor: false,
        source_locked: false,
        ...fields,
        segments: JSON.stringify(fields.segments),
        evidence: JSON.stringify(fields.evidence),
        created_at: new Date(),
        updated_at: new Date(),
      });
      createSources.push(sourceId);
      gained(sourceId);
      return;
    }
    const data: Record<string, unknown> = {};
    if (prior.start !== fields.start) data.start = fields.start;
    if (prior.end !== fields.end) data.end = fields.end;
    if (prior.paragraphIndex !== fields.paragraph_index) data.paragraph_index = fields.paragraph_index;
    if (!sameJson(prior.segments, fields.segments)) data.segments = JSON.stringify(fields.segments);
    if ((prior.speakerText ?? null) !== fields.speaker_text) data.speaker_text = fields.speaker_text;
    if ((prior.cue ?? null) !== fields.cue) data.cue = fields.cue;
    if (prior.type !== fields.type) data.type = fields.type;
    if ((prior.confidence ?? null) !== fields.confidence) data.confidence = fields.confidence;
    if (!sameJson(prior.evidence, fields.evidence)) data.evidence = JSON.stringify(fields.evidence);
    if (SYNC_STATES.has(prior.state) && prior.state !== reviewState) data.state = reviewState;
    if (!prior.editedByEditor && prior.text !== q.text) data.text = q.text;
    if (Object.keys(data).length) updates.push({ id: prior.id, data: { ...data, updated_at: new Date() } });
    if (!prior.sourceLocked && (prior.source?.id ?? null) !== sourceId) {
      relink.push({ own: prior.id, target: sourceId });
      if (prior.source?.id) touchedSources.push(prior.source.id);
      gained(sourceId);
    }
    const links = articleLinks.get(Number(prior.id)) ?? [];
    if (links.length !== 1 || links[0] !== Number(row.id)) reArticle.push({ own: prior.id, target: row.id });
  });

  const removed = [...existing.filter((q) => q.matchKey && !keep.has(q.matchKey) && byKey.get(q.matchKey) === q), ...duplicates];
  if (removed.length) {
    await removeQuotes(removed.map((q) => q.id));
    for (const q of removed) if (q.source?.id) touchedSources.push(q.source.id);
  }
  await batchUpdate(strapi, trx, quoteTable, updates);
  let fresh = new Set<number>();
  if (creates.length) {
    const ids: number[] = [];
    for (const part of chunks(creates, 100)) {
      const inserted = await kx(strapi, trx, quoteTable).insert(part).returning('id');
      for (const r of inserted as any[]) ids.push(Number(typeof r === 'object' ? r.id : r));
    }
    ids.forEach((id, i) => {
      relink.push({ own: id, target: createSources[i] });
      reArticle.push({ own: id, target: row.id });
    });
    fresh = new Set(ids);
  }
  await setLinks(strapi, trx, quoteLink, relink, fresh);
  await setLinks(strapi, trx, articleLink, reArticle, fresh);
  if (touchedSources.length) await refreshUnused(strapi, trx, touchedSources);

  const anonymous = found.filter((q) => q.source?.kind === 'anonymous').length;
  const counts = { quotes: found.length, anonymous, added: creates.length, removed: removed.length, kept: found.length - creates.length };
  const history = [...(previous?.history ?? [])];
  if (removed.length || creates.length) {
    history.unshift({
      at: now,
      status,
      added: creates.length,
      removed: removed.map((q) => ({ text: String(q.text).slice(0, 300), speaker: q.speakerText ?? null, state: q.state })),
    });
  }
  const changed =
    !previous ||
    previous.status !== 'ok' ||
    removed.length ||
    creates.length ||
    previous.counts?.quotes !== counts.quotes ||
    previous.counts?.anonymous !== anonymous ||
    previous.hash !== hash ||
    previous.rowId !== row.id;
  if (changed) {
    const state: ExtractionState = {
      status: 'ok',
      error: null,
      at: now,
      counts,
      history: history.slice(0, HISTORY_LIMIT),
      hash: hash!,
      rowId: row.id,
    };
    await kx(strapi, trx, tableOf(strapi, ARTICLE)).where({ id: row.id }).update({ quote_extraction: JSON.stringify(state) });
  }
  return { status, ...counts };
}

/**
 * Records a failed sync on the article's versions (the quotes panel shows it); their quotes stay
 * as they were. Best effort: a failure here is logged, never thrown into the save.
 */
export async function markSyncFailed(strapi: Core.Strapi, trx: any, documentId: string, message: string) {
  try {
    const rows = await kx(strapi, trx, tableOf(strapi, ARTICLE)).select('id', 'quote_extraction').where('document_id', documentId);
    for (const r of rows) {
      const previous: ExtractionState | null = parseJson(r.quote_extraction);
      const state: ExtractionState = {
        status: 'error',
        error: message.slice(0, 500),
        at: new Date().toISOString(),
        counts: previous?.counts ?? { quotes: 0, anonymous: 0, added: 0, removed: 0, kept: 0 },
        history: previous?.history ?? [],
      };
      await kx(strapi, trx, tableOf(strapi, ARTICLE)).where({ id: r.id }).update({ quote_extraction: JSON.stringify(state) });
    }
  } catch (error) {
    strapi.log.error(`[editorial] could not record the failed quote sync of article ${documentId}: ${(error as Error)?.message ?? error}`);
  }
}

/** All row updates in one statement: SET col = CASE id WHEN … THEN … ELSE col END. */
async function batchUpdate(strapi: Core.Strapi, trx: any, table: string, updates: { id: number; data: Record<string, unknown> }[]) {
  if (!updates.length) return;
  if (updates.length === 1) {
    await kx(strapi, trx, table).where({ id: updates[0].id }).update(updates[0].data);
    return;
  }
  const knex = strapi.db.connection;
  const columns = [...new Set(updates.flatMap((u) => Object.keys(u.data)))];
  const set: Record<string, unknown> = {};
  for (const col of columns) {
    const rows = updates.filter((u) => col in u.data);
    const value = (v: unknown) => (v instanceof Date ? v.getTime() : v);
    const isDate = rows.some((u) => u.data[col] instanceof Date);
    if (isDate) {
      set[col] = rows[0].data[col];
      continue;
    }
    set[col] = knex.raw(`CASE ?? ${rows.map(() => 'WHEN ? THEN ?').join(' ')} ELSE ?? END`, [
      'id',
      ...rows.flatMap((u) => [u.id, value(u.data[col]) as any]),
      col,
    ]);
  }
  for (const part of chunks(updates.map((u) => u.id))) await kx(strapi, trx, table).whereIn('id', part).update(set);
}

async function loadPublication(strapi: Core.Strapi, trx: any, articleId: number) {
  const link = joinInfo(strapi, ARTICLE, 'publication');
  const sources = tableOf(strapi, SOURCE);
  const r = await kx(strapi, trx, link.table)
    .join(sources, `${sources}.id`, `${link.table}.${link.targetColumn}`)
    .select(`${sources}.id`, `${sources}.name`, `${sources}.slug`, `${sources}.kind`, `${sources}.alias_keys`)
    .where(`${link.table}.${link.ownColumn}`, articleId)
    .first();
  return r ? { id: Number(r.id), name: r.name, slug: r.slug, kind: r.kind, aliasKeys: r.alias_keys } : null;
}

export { lockQuoteSync };
