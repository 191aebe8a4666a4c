/**
 * Reader comment sections of pasted pages: repeated blocks of author name, timestamp and text
 * ("• Name" / "Oct 5, 2011 - 2:54PM" / text...), including multi-paragraph comments and replies
 * that address or quote an earlier comment.
 */
import { readCommentTimestamp, looksLikeTimestamp, type DateReference } from './dates';
import { normaliseForComparison, tidyLine, excerpt } from './text-utils';
import type { ImportWarning, ParsedComment } from './types';

export type { ParsedComment };

export interface CommentSectionResult {
  comments: ParsedComment[];
  warnings: ImportWarning[];
  /** Lines in the section that belong to no comment: widgets before the first one, action buttons. */
  strayLines: string[];
}

const BULLET = /^[•·▪◦‣●○■□*►▸]\s*(\S.*)$/;
/** Buttons copied along with each comment: "Reply", "Report abuse", "Recommend (3)". */
const COMMENT_ACTION =
  /^(reply|replies|report|report abuse|report comment|flag|like|likes|recommend|recommended|share|permalink|edit|delete|quote|(up|down)vote|\d+\s+(likes?|replies|recommendations?|points?)|(like|recommend|reply|replies)\s*\(\d+\))$/i;
const MAX_AUTHOR_LENGTH = 80;

interface CommentDraft {
  authorName: string;
  postedAt: string | null;
  postedAtRaw: string | null;
  timestampProblem: string | null;
  lines: string[];
}

function nextNonBlank(lines: string[], from: number): number {
  for (let i = from; i < lines.length; i++) if (lines[i].trim().length > 0) return i;
  return -1;
}

/** "Jane Roe | Oct 5, 2011 - 2:54PM" or "Jane Roe said on Oct 5, 2011": author and timestamp on one line. */
function splitAuthorAndTimestamp(
  line: string,
  reference: DateReference,
): { author: string; raw: string; iso: string } | null {
  if (line.length > 140 || !looksLikeTimestamp(line.slice(-60))) return null;
  const separators = /\s+(?:[|•·—–-]|said on|wrote on|on|at)\s+|,\s+|\s+\|\s*/g;
  let match: RegExpExecArray | null;
  while ((match = separators.exec(line))) {
    const author = line.slice(0, match.index).trim();
    const tail = line.slice(match.index + match[0].length);
    if (author.length === 0 || author.length > MAX_AUTHOR_LENGTH || looksLikeTimestamp(author)) continue;
    const reading = readCommentTimestamp(tail, reference);
    if (reading.kind === 'valid') return { author, raw: reading.raw, iso: reading.iso };
  }
  return null;
}

/** Joins comment lines: lines of one paragraph with newlines, paragraphs with one blank line. */
function bodyFromLines(lines: string[]): string {
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    const text = tidyLine(line);
    if (text.length === 0) {
      if (current.length) paragraphs.push(current.join('\n'));
      current = [];
    } else current.push(text);
  }
  if (current.length) paragraphs.push(current.join('\n'));
  return paragraphs.join('\n\n');
}

export function parseCommentSection(sectionLines: string[], reference: DateReference): CommentSectionResult {
  const warnings: ImportWarning[] = [];
  const strayLines: string[] = [];
  const drafts: CommentDraft[] = [];
  const usesBullets = sectionLines.some((line) => BULLET.test(line.trim()));

  let i = 0;
  while (i < sectionLines.length) {
    const line = tidyLine(sectionLines[i]);
    if (line.length === 0) {
      if (drafts.length) drafts[drafts.length - 1].lines.push('');
      i++;
      continue;
    }
    if (COMMENT_ACTION.test(line)) {
      strayLines.push(line);
      i++;
      continue;
    }
    const bullet = line.match(BULLET);
    const next = nextNonBlank(sectionLines, i + 1);
    const nextReading = next === -1 ? null : readCommentTimestamp(sectionLines[next], reference);
    const nextIsTimestamp = nextReading !== null && nextReading.kind !== 'not-a-timestamp';
    const ownTimestamp = looksLikeTimestamp(line);

    const startsWithBullet = bullet !== null && bullet[1].length <= MAX_AUTHOR_LENGTH;
    // Without bullets, a short line directly followed by a timestamp line is an author line.
    const authorBeforeTimestamp =
      !usesBullets && nextIsTimestamp && !ownTimestamp && line.length <= MAX_AUTHOR_LENGTH && next === i + 1;
    if (startsWithBullet || authorBeforeTimestamp) {
      const authorName = startsWithBullet && bullet ? bullet[1].trim() : line;
      const draft: CommentDraft = {
        authorName,
        postedAt: null,
        postedAtRaw: null,
        timestampProblem: null,
        lines: [],
      };
      if (nextReading && nextReading.kind !== 'not-a-timestamp' && next !== -1) {
        draft.postedAtRaw = nextReading.raw;
        if (nextReading.kind === 'valid') draft.postedAt = nextReading.iso;
        else draft.timestampProblem = nextReading.reason;
        i = next + 1;
      } else {
        const combined = startsWithBullet ? splitAuthorAndTimestamp(authorName, reference) : null;
        if (combined) {
          draft.authorName = combined.author;
          draft.postedAt = combined.iso;
          draft.postedAtRaw = combined.raw;
        } else draft.timestampProblem = 'missing';
        i++;
      }
      drafts.push(draft);
      continue;
    }
    if (!usesBullets) {
      const combined = splitAuthorAndTimestamp(line, reference);
      if (combined) {
        drafts.push({
          authorName: combined.author,
          postedAt: combined.iso,
          postedAtRaw: combined.raw,
          timestampProblem: null,
          lines: [],
        });
        i++;
        continue;
      }
    }
    if (drafts.length) drafts[drafts.length - 1].lines.push(sectionLines[i]);
    else strayLines.push(line);
    i++;
  }

  const comments: ParsedComment[] = [];
  for (const draft of drafts) {
    const body = bodyFromLines(draft.lines);
    const authorName = draft.authorName
      .replace(/\s+(says|said|wrote)\s*:?$/i, '')
      .replace(/[:\s]+$/, '')
      .trim();
    if (body.length === 0) {
      warnings.push({
        code: 'comment-body-missing',
        message: `A comment by "${excerpt(authorName, 60)}" has no text and was left out.`,
      });
      continue;
    }
    const index = comments.length;
    if (draft.timestampProblem === 'missing') {
      warnings.push({
        code: 'comment-timestamp-missing',
        message: `Comment ${index + 1} by "${excerpt(authorName, 60)}" has no timestamp.`,
        commentIndex: index,
      });
    } else if (draft.timestampProblem) {
      warnings.push({
        code: 'comment-timestamp-invalid',
        message: `Comment ${index + 1} by "${excerpt(authorName, 60)}" has a broken timestamp "${draft.postedAtRaw}": ${draft.timestampProblem}.`,
        commentIndex: index,
      });
    }
    comments.push({ authorName, postedAt: draft.postedAt, postedAtRaw: draft.postedAtRaw, body });
  }
  linkReplies(comments);
  return { comments, warnings, strayLines };
}

/** The earlier author whose name the text starts with, longest name first ("AN" must not steal "ANNA"). */
function matchEarlierAuthor(text: string, earlierAuthors: Set<string>): string | null {
  const lower = text.toLowerCase();
  let best: string | null = null;
  for (const authorName of earlierAuthors) {
    const name = authorName.toLowerCase();
    if (name.length === 0 || !lower.startsWith(name)) continue;
    const after = text.charAt(name.length);
    if (after && /[\p{L}\p{N}]/u.test(after)) continue;
    if (!best || authorName.length > best.length) best = authorName;
  }
  return best;
}

function latestIndexBy(
  comments: ParsedComment[],
  before: number,
  author: string,
  quotedText?: string,
): number | undefined {
  const wanted = author.toLowerCase();
  const quote = quotedText ? normaliseForComparison(quotedText) : null;
  let fallback: number | undefined;
  for (let j = before - 1; j >= 0; j--) {
    if (comments[j].authorName.toLowerCase() !== wanted) continue;
    if (!quote || normaliseForComparison(comments[j].body).includes(quote)) return j;
    if (fallback === undefined) fallback = j;
  }
  return fallback;
}

function latestIndexQuoting(
  comments: ParsedComment[],
  before: number,
  quotedText: string,
): number | undefined {
  const quote = normaliseForComparison(quotedText);
  if (quote.length < 12) return undefined;
  for (let j = before - 1; j >= 0; j--)
    if (normaliseForComparison(comments[j].body).includes(quote)) return j;
  return undefined;
}

/**
 * Marks replies: "@Name ...", "Replying to Name: ...", "Name wrote: ..." / "> quoted lines", or a
 * comment opening with a quotation of an earlier comment. The parent is the latest earlier
 * comment by that author (the one containing the quotation, when there is one).
 */
export function linkReplies(comments: ParsedComment[]): void {
  const earlier = new Set<string>();
  comments.forEach((comment, index) => {
    if (index > 0) earlier.add(comments[index - 1].authorName);
    const body = comment.body;
    // Only replies open with one of these; skipping the rest keeps big sections linear.
    if (
      !/^(@|>|["“]|re\b|reply|replying|in reply|responding)/i.test(body) &&
      !/^.{1,80}?\s+(wrote|said|says|writes)\s*:/.test(body)
    )
      return;
    const lines = body.split('\n');
    const quoteLines = lines.filter((l) => /^>\s?/.test(l)).map((l) => l.replace(/^>\s?/, '').trim());
    let author: string | null = null;
    let quotedText: string | undefined = quoteLines.length ? quoteLines.join(' ') : undefined;

    const at = body.match(/^@\s?(.{1,80})/s);
    const replyingTo = body.match(
      /^(?:replying to|reply to|in reply to|responding to|re)\b\s*:?\s*@?(.{1,80})/is,
    );
    const wrote = body.match(/^(.{1,80}?)\s+(?:wrote|said|says|writes)\s*:\s*(.*)$/m);
    if (at) author = matchEarlierAuthor(at[1], earlier) ?? at[1].split(/[\s:,]/)[0];
    // "Reply to all of this: no." names nobody: only a known author makes it a reply.
    else if (replyingTo) author = matchEarlierAuthor(replyingTo[1], earlier);
    else if (wrote && lines[0].startsWith(wrote[0].split('\n')[0]) && (wrote.index ?? 1) === 0) {
      // "The minister said: ..." is not a reply; "Jane wrote:" names someone even before we know them.
      author =
        matchEarlierAuthor(wrote[1], earlier) ??
        (/\b(wrote|writes)\b/.test(wrote[0]) ? wrote[1].trim() : null);
      const inline = wrote[2].match(/^["“](.+?)["”]/);
      if (!quotedText && inline) quotedText = inline[1];
    }
    if (!author) {
      const opening = body.match(/^["“](.{12,400}?)["”]/s);
      const quoted = quotedText ?? opening?.[1];
      if (quoted) {
        const parent = latestIndexQuoting(comments, index, quoted);
        if (parent !== undefined) {
          comment.parentIndex = parent;
          comment.quotedAuthor = comments[parent].authorName;
          comment.quotedText = quoted;
        }
      }
      return;
    }
    comment.quotedAuthor = author;
    if (quotedText) comment.quotedText = quotedText;
    const parent = latestIndexBy(comments, index, author, quotedText);
    if (parent !== undefined) comment.parentIndex = parent;
  });
}
