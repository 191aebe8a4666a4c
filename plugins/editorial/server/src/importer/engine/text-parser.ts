/**
 * The plain-text rules: header (headline, dek, byline, date lines, captions, credits), body
 * paragraphs with the dateline taken out, boilerplate removed and reported, and the reader
 * comment section. The HTML path feeds the article text it extracts through the same rules.
 */
import { parseCommentSection, type ParsedComment } from './comments';
import { findCalendarDate, type DateReference } from './dates';
import {
  classifyBoilerplate,
  readArchiveNote,
  readByline,
  readCaption,
  readCommentHeading,
  readDateline,
  readPublishedLine,
  sectionFromTeaser,
  type ArchiveNote,
} from './line-rules';
import {
  excerpt,
  looksLikeMarkup,
  normaliseForComparison,
  normaliseText,
  stripMarkup,
  tidyLine,
} from './text-utils';
import type { ArticleFields, Caption, ImportWarning, RemovedBoilerplate } from './types';

/** Facts already known from HTML metadata; they win over what the text rules would guess. */
export interface FieldHints {
  title?: string | null;
  dek?: string | null;
  byline?: string | null;
  publishedAt?: { iso: string; raw: string } | null;
  publicationName?: string | null;
  section?: string | null;
  canonicalUrl?: string | null;
}

/** The article fields as the text rules read them (the title may still be missing), and the rest. */
export interface TextParseResult extends Omit<
  ArticleFields,
  'title' | 'titleNeedsReview' | 'suggestedTitle'
> {
  title: string | null;
  paragraphs: string[];
  captions: Caption[];
  comments: ParsedComment[];
  commentCountDeclared: number | null;
  removedBoilerplate: RemovedBoilerplate[];
  warnings: ImportWarning[];
}

type Item = { type: 'blank' } | { type: 'meta' } | { type: 'content'; text: string };

const URL_LINE =
  /^(?:(?:source|url|link|original(?:ly)? at|canonical)\s*:\s*)?(https?:\/\/[^\s<>"]{3,2000})$/i;
const TITLE_LABEL = /^(?:title|headline)\s*:\s*(.{3,300})$/i;

/** A standalone line that reads like a headline: short, no full stop, starts with a capital. */
function isHeadlineLike(line: string): boolean {
  if (line.length < 8 || line.length > 200) return false;
  const words = line.split(/\s+/).length;
  if (words < 2 || words > 28) return false;
  if (/[.,;]$/.test(line) && !/\.\.\.$|…$/.test(line)) return false;
  if (!/^["“‘'(\p{Lu}\p{N}]/u.test(line)) return false;
  return readDateline(line) === null;
}

/** Whether consecutive lines are one paragraph wrapped at a fixed width rather than one paragraph each. */
function looksHardWrapped(lines: string[]): boolean {
  if (lines.length < 2) return false;
  if (lines.some((line) => line.length > 100)) return false;
  let wrapped = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    const endsSentence = /[.!?:"”’)]$/.test(lines[i]);
    const nextStartsLower = /^\p{Ll}/u.test(lines[i + 1]);
    if (!endsSentence || nextStartsLower) wrapped++;
  }
  return wrapped * 2 >= lines.length - 1;
}

function joinWrapped(lines: string[]): string {
  const parts: string[] = [lines[0]];
  for (let i = 1; i < lines.length; i++) {
    // A line ending in a hyphen ("well-" + "known") continues the word: no space is added.
    const previous = lines[i - 1];
    const hyphenated =
      previous.length > 1 &&
      previous.endsWith('-') &&
      /\p{L}/u.test(previous.charAt(previous.length - 2)) &&
      /^\p{Ll}/u.test(lines[i]);
    parts.push(hyphenated ? lines[i] : ` ${lines[i]}`);
  }
  return parts.join('');
}

/** A short line that is only a date ("Thursday, 6 October 2011"), as printed under headlines. */
function standaloneDate(line: string, reference: DateReference): { iso: string; raw: string } | null {
  if (line.length > 60 || !/\d{4}/.test(line)) return null;
  const found = findCalendarDate(line, reference);
  if (!found) return null;
  const rest = line.replace(found.matchedText, '').replace(/[\s,.\-–—|:]+/g, '');
  // Weekday names and "on" are allowed around the date, nothing much else.
  if (rest.replace(/^(on)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)?(on)?$/i, '').length > 3)
    return null;
  return { iso: found.iso, raw: line };
}

function sameCalendarDay(a: string, b: string): boolean {
  return a.slice(0, 10) === b.slice(0, 10);
}

export function parseTextArticle(
  rawText: string,
  reference: DateReference,
  hints: FieldHints = {},
): TextParseResult {
  const warnings: ImportWarning[] = [];
  const removedBoilerplate: RemovedBoilerplate[] = [];
  let text = normaliseText(rawText);

  if (looksLikeMarkup(text)) {
    const stripped = stripMarkup(text);
    text = stripped.text;
    const scripts = stripped.removed.filter((piece) => /^<script/i.test(piece)).length;
    for (const piece of stripped.removed.slice(0, 20))
      removedBoilerplate.push({ kind: 'markup', text: excerpt(piece, 120) });
    warnings.push({
      code: 'markup-removed',
      message: `Removed ${stripped.removed.length} piece(s) of HTML markup from the text${scripts ? `, including ${scripts} script(s)` : ''}.`,
    });
  }

  const lines = text.split('\n');

  // The reader comment section runs from its heading to the end, minus trailing boilerplate.
  let headingIndex = -1;
  let commentCountDeclared: number | null = null;
  for (let i = 0; i < lines.length; i++) {
    const heading = readCommentHeading(tidyLine(lines[i]));
    if (heading) {
      headingIndex = i;
      commentCountDeclared = heading.declaredCount;
      break;
    }
  }
  const articleLines = headingIndex === -1 ? lines : lines.slice(0, headingIndex);
  let sectionLines = headingIndex === -1 ? [] : lines.slice(headingIndex + 1);
  const trailingBoilerplate: string[] = [];
  for (let end = sectionLines.length - 1; end >= 0; end--) {
    const line = tidyLine(sectionLines[end]);
    if (line.length === 0) continue;
    if (!classifyBoilerplate(line)) break;
    trailingBoilerplate.unshift(line);
    sectionLines = sectionLines.slice(0, end);
  }

  let byline = hints.byline ?? null;
  let publishedAt = hints.publishedAt ?? null;
  let publicationName = hints.publicationName ?? null;
  let section = hints.section ?? null;
  let canonicalUrl = hints.canonicalUrl ?? null;
  let labelledTitle: string | null = null;
  const archiveNotes: ArchiveNote[] = [];
  const captions: Caption[] = [];
  const captionKeys = new Set<string>();
  const items: Item[] = [];
  let contentSeen = 0;

  const noteBoilerplate = (line: string): boolean => {
    const kind = classifyBoilerplate(line);
    if (!kind) return false;
    removedBoilerplate.push({ kind, text: line });
    if (kind === 'section-teaser' && !section) section = sectionFromTeaser(line);
    return true;
  };

  const notePublished = (iso: string, raw: string) => {
    if (!publishedAt) publishedAt = { iso, raw };
    else if (!sameCalendarDay(publishedAt.iso, iso)) {
      warnings.push({
        code: 'date-conflict',
        message: `The page gives two publication dates: "${publishedAt.raw}" and "${raw}"; the first was kept.`,
      });
    }
  };

  for (const rawLine of articleLines) {
    const line = tidyLine(rawLine);
    if (line.length === 0) {
      items.push({ type: 'blank' });
      continue;
    }
    const archive = readArchiveNote(line);
    if (archive) {
      archiveNotes.push(archive);
      removedBoilerplate.push({ kind: 'archive-note', text: line });
      items.push({ type: 'meta' });
      continue;
    }
    if (noteBoilerplate(line)) {
      items.push({ type: 'meta' });
      continue;
    }
    const titleLabel: RegExpMatchArray | null =
      contentSeen === 0 && !labelledTitle ? line.match(TITLE_LABEL) : null;
    if (titleLabel) {
      labelledTitle = titleLabel[1].trim();
      items.push({ type: 'meta' });
      continue;
    }
    const published = readPublishedLine(line);
    if (published) {
      const found = findCalendarDate(published.rest, reference);
      if (found) {
        if (published.kind === 'published') {
          notePublished(found.iso, line);
          if (published.publicationName && !publicationName) publicationName = published.publicationName;
        } else removedBoilerplate.push({ kind: 'update-note', text: line });
        items.push({ type: 'meta' });
        continue;
      }
    }
    const bylineText = readByline(line);
    if (bylineText) {
      if (!byline) byline = bylineText;
      const dated = line.includes('|')
        ? findCalendarDate(line.split('|').slice(1).join('|'), reference)
        : null;
      if (dated) notePublished(dated.iso, line);
      items.push({ type: 'meta' });
      continue;
    }
    const caption = readCaption(line);
    if (caption) {
      const key = normaliseForComparison(caption.text || caption.credit || line);
      if (captionKeys.has(key)) removedBoilerplate.push({ kind: 'duplicate-caption', text: line });
      else {
        captionKeys.add(key);
        captions.push(caption);
      }
      items.push({ type: 'meta' });
      continue;
    }
    // The first bare URL is the page's address; later ones are links the body cites, and stay.
    const url = canonicalUrl ? null : line.match(URL_LINE);
    if (url) {
      canonicalUrl = url[1];
      items.push({ type: 'meta' });
      continue;
    }
    // A bare date under the headline; later in the body a date-only line is left alone.
    if (contentSeen <= 2 && !publishedAt) {
      const date = standaloneDate(line, reference);
      if (date) {
        notePublished(date.iso, line);
        items.push({ type: 'meta' });
        continue;
      }
    }
    if (captionKeys.has(normaliseForComparison(line))) {
      removedBoilerplate.push({ kind: 'duplicate-caption', text: line });
      items.push({ type: 'meta' });
      continue;
    }
    contentSeen++;
    items.push({ type: 'content', text: line });
  }

  for (const line of trailingBoilerplate) noteBoilerplate(line);

  // Header: the headline is the first content line when it stands alone and reads like one.
  let title: string | null = hints.title ?? labelledTitle;
  let dek: string | null = hints.dek ?? null;
  const contentAt = (from: number): number => {
    for (let i = from; i < items.length; i++) if (items[i].type === 'content') return i;
    return -1;
  };
  const standsAlone = (index: number): boolean => {
    const next = items[index + 1];
    const previous = items[index - 1];
    return (!next || next.type !== 'content') && (!previous || previous.type !== 'content');
  };
  const textAt = (index: number): string => (items[index] as { type: 'content'; text: string }).text;
  // Pages pasted with one paragraph per line often put the headline right above the first one:
  // a line without a full stop heading a block of long one-line paragraphs is that headline.
  const leadsLineParagraphs = (index: number): boolean => {
    const block: string[] = [];
    for (let i = index; i < items.length && items[i].type === 'content' && block.length < 4; i++)
      block.push(textAt(i));
    const first = block[0];
    return (
      block.length >= 3 &&
      !/[.!?…"”’:]$/.test(first) &&
      first.length <= 120 &&
      !looksHardWrapped(block) &&
      block.slice(1).every((line) => line.length > 120)
    );
  };
  const firstContent = contentAt(0);
  let bodyStart = 0;
  if (firstContent !== -1) {
    const first = textAt(firstContent);
    if (title && normaliseForComparison(first) === normaliseForComparison(title)) {
      items[firstContent] = { type: 'meta' };
    } else if (
      !title &&
      (standsAlone(firstContent) || leadsLineParagraphs(firstContent)) &&
      isHeadlineLike(first) &&
      contentAt(firstContent + 1) !== -1
    ) {
      title = first;
      items[firstContent] = { type: 'meta' };
      bodyStart = firstContent + 1;
    }
    if (title && !dek) {
      const candidate = contentAt(bodyStart);
      if (candidate !== -1 && standsAlone(candidate)) {
        const candidateText = textAt(candidate);
        const following = contentAt(candidate + 1);
        let metaBetween = false;
        for (let i = candidate + 1; i < (following === -1 ? items.length : following); i++)
          if (items[i].type === 'meta') metaBetween = true;
        const nextStartsWithDateline = following !== -1 && readDateline(textAt(following)) !== null;
        if (
          following !== -1 &&
          candidateText.length >= 20 &&
          candidateText.length <= 350 &&
          !readDateline(candidateText) &&
          !/:$/.test(candidateText) &&
          (metaBetween || nextStartsWithDateline)
        ) {
          dek = candidateText;
          items[candidate] = { type: 'meta' };
        }
      }
    }
  }

  // Body: consecutive content lines form a block; a block is either hard-wrapped prose or one paragraph per line.
  const paragraphs: string[] = [];
  const seenParagraphs = new Set<string>();
  let block: string[] = [];
  const flush = () => {
    if (!block.length) return;
    const pieces = looksHardWrapped(block) ? [joinWrapped(block)] : block;
    for (const piece of pieces) {
      const key = normaliseForComparison(piece);
      if (seenParagraphs.has(key)) {
        removedBoilerplate.push({ kind: 'duplicate-paragraph', text: piece });
        continue;
      }
      seenParagraphs.add(key);
      paragraphs.push(piece);
    }
    block = [];
  };
  for (const item of items) {
    if (item.type === 'content') block.push(item.text);
    else flush();
  }
  flush();

  let dateline: string | null = null;
  if (paragraphs.length) {
    const found = readDateline(paragraphs[0]);
    if (found) {
      dateline = found.dateline;
      paragraphs[0] = found.rest;
    }
  }

  let creditLine: string | null = null;
  let partnerName: string | null = null;
  const named = archiveNotes.find((note) => note.partnerName.length > 0);
  if (named) {
    creditLine = named.creditLine;
    partnerName = named.partnerName;
    if (!publicationName) publicationName = named.partnerName;
  } else if (archiveNotes.length) {
    warnings.push({
      code: 'partner-name-missing',
      message: `The archive note "${archiveNotes[0].creditLine}" names no partner: add the credit by hand.`,
    });
  }

  const sectionResult = parseCommentSection(sectionLines, reference);
  for (const stray of sectionResult.strayLines)
    removedBoilerplate.push({ kind: 'comment-widget', text: stray });
  warnings.push(...sectionResult.warnings);
  if (commentCountDeclared !== null && commentCountDeclared !== sectionResult.comments.length) {
    warnings.push({
      code: 'comment-count-mismatch',
      message: `The comment heading says ${commentCountDeclared} but ${sectionResult.comments.length} comment(s) were found.`,
    });
  }

  const published = publishedAt as { iso: string; raw: string } | null;
  return {
    title,
    dek,
    dateline,
    byline,
    originalPublishedAt: published ? published.iso : null,
    originalPublishedAtRaw: published ? published.raw : null,
    publicationName,
    creditLine,
    partnerName,
    section,
    canonicalUrl,
    paragraphs,
    captions,
    comments: sectionResult.comments,
    commentCountDeclared,
    removedBoilerplate,
    warnings,
  };
}
