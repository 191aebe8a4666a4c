/**
 * Adapter between the comment service and the rule engine (server/src/moderation, written
 * separately with the interface `moderateComment(input, settings, context?)`,
 * `defaultModerationSettings`, `validateModerationSettings(obj)`). Until that module lands on
 * main, a small built-in engine with the same interface is used; swap the import below once it does.
 */
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import type { ModerationReason } from '../../../shared/moderation-api';

export type Decision = 'approve' | 'pending' | 'flag' | 'reject';
export interface EngineResult {
  decision: Decision;
  reasons: ModerationReason[];
}
export interface RecentComment {
  text: string;
  articleDocumentId: string;
  postedAt: string;
  sameClient: boolean;
}
export interface EngineContext {
  articleMode?: 'open' | 'premoderated' | 'closed';
  articleDocumentId?: string;
  recent?: RecentComment[];
  author?: { approved: number; rejected: number; pending: number; flagged: number };
  reportCount?: number;
  now?: string;
}
export type Settings = Record<string, any>;

export const fallbackDefaultSettings: Settings = {
  maxLinks: 2,
  shoutingRatio: 0.7,
  shoutingMinLetters: 20,
  duplicateWindowMinutes: 60,
  reportThreshold: 3,
  trustedMinApproved: 3,
  bannedWords: [] as string[],
  suspectWords: [] as string[],
};

let matcher: RegExpMatcher | null = null;
const profanity = () =>
  (matcher ??= new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers }));

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function wordSpans(text: string, words: string[]) {
  const spans: { start: number; end: number; word: string }[] = [];
  for (const w of words) {
    if (!w.trim()) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(w.trim())}(?![\\p{L}\\p{N}])`, 'giu');
    for (const m of text.matchAll(re)) spans.push({ start: m.index!, end: m.index! + m[0].length, word: w });
  }
  return spans;
}

function fallbackModerate(input: { text: string }, settings: Settings, context: EngineContext = {}): EngineResult {
  const s = { ...fallbackDefaultSettings, ...settings };
  const text = input.text;
  const reasons: (ModerationReason & { decision: Decision })[] = [];

  const banned = wordSpans(text, s.bannedWords ?? []);
  const profane = profanity().getAllMatches(text, true);
  if (banned.length || profane.length) {
    reasons.push({
      rule: 'banned-words',
      detail: `${banned.length + profane.length} banned word(s)`,
      spans: [...banned.map(({ start, end }) => ({ start, end })), ...profane.map((m) => ({ start: m.startIndex, end: m.endIndex + 1 }))],
      decision: 'reject',
    });
  }
  const suspect = wordSpans(text, s.suspectWords ?? []);
  if (suspect.length) {
    reasons.push({ rule: 'suspect-words', detail: `${suspect.length} suspect word(s)`, spans: suspect.map(({ start, end }) => ({ start, end })), decision: 'flag' });
  }
  const links = [...text.matchAll(/\b(?:https?:\/\/|www\.)\S+/gi)];
  if (links.length > s.maxLinks) {
    reasons.push({ rule: 'links', detail: `${links.length} links (more than ${s.maxLinks})`, spans: links.map((m) => ({ start: m.index!, end: m.index! + m[0].length })), decision: 'pending' });
  }
  const letters = text.match(/\p{L}/gu) ?? [];
  const upper = text.match(/\p{Lu}/gu) ?? [];
  if (letters.length >= s.shoutingMinLetters && upper.length / letters.length >= s.shoutingRatio) {
    reasons.push({ rule: 'shouting', detail: `${Math.round((100 * upper.length) / letters.length)}% capitals`, spans: [{ start: 0, end: text.length }], decision: 'flag' });
  }
  const n = norm(text);
  const dup = (context.recent ?? []).find((r) => norm(r.text) === n && (r.sameClient || r.articleDocumentId !== context.articleDocumentId));
  if (dup && n.length > 0) {
    reasons.push({ rule: 'duplicate', detail: dup.sameClient ? 'same text posted recently by the same client' : 'same text posted recently on another article', spans: [{ start: 0, end: text.length }], decision: 'reject' });
  }
  if ((context.reportCount ?? 0) >= s.reportThreshold) {
    reasons.push({ rule: 'reports', detail: `${context.reportCount} reader reports`, spans: [], decision: 'flag' });
  }
  if (context.articleMode === 'premoderated') {
    reasons.push({ rule: 'article-mode', detail: 'article is pre-moderated', spans: [], decision: 'pending' });
  }
  const rank: Record<Decision, number> = { approve: 0, pending: 1, flag: 2, reject: 3 };
  let decision: Decision = 'approve';
  for (const r of reasons) if (rank[r.decision] > rank[decision]) decision = r.decision;
  const trusted = (context.author?.approved ?? 0) >= s.trustedMinApproved && (context.author?.rejected ?? 0) === 0;
  if (trusted && decision === 'pending' && context.articleMode !== 'premoderated') decision = 'approve';
  return { decision, reasons: reasons.map(({ decision: _d, ...r }) => r) };
}

function fallbackValidate(obj: unknown): { ok: true; settings: Settings } | { ok: false; field: string; message: string } {
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return { ok: false, field: 'body', message: 'must be an object' };
  const o = obj as Settings;
  for (const k of Object.keys(o)) if (!(k in fallbackDefaultSettings)) return { ok: false, field: k, message: 'unknown setting' };
  for (const k of ['maxLinks', 'shoutingMinLetters', 'duplicateWindowMinutes', 'reportThreshold', 'trustedMinApproved']) {
    if (k in o && (!Number.isInteger(o[k]) || o[k] < 0)) return { ok: false, field: k, message: 'must be a non-negative integer' };
  }
  if ('shoutingRatio' in o && (typeof o.shoutingRatio !== 'number' || o.shoutingRatio < 0 || o.shoutingRatio > 1)) {
    return { ok: false, field: 'shoutingRatio', message: 'must be a number between 0 and 1' };
  }
  for (const k of ['bannedWords', 'suspectWords']) {
    if (k in o && (!Array.isArray(o[k]) || o[k].some((w: unknown) => typeof w !== 'string' || !w.trim() || w.length > 100))) {
      return { ok: false, field: k, message: 'must be a list of non-empty words' };
    }
  }
  return { ok: true, settings: { ...fallbackDefaultSettings, ...o } };
}

export const engine = {
  moderateComment: fallbackModerate,
  defaultModerationSettings: fallbackDefaultSettings,
  /** Returns the full settings or throws an Error whose `field` names the bad setting. */
  validate(obj: unknown): Settings {
    const r = fallbackValidate(obj);
    if ('field' in r) throw Object.assign(new Error(`${r.field}: ${r.message}`), { field: r.field });
    return (r as { settings: Settings }).settings;
  },
};
