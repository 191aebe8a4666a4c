/**
 * HTML pages: sanitize first (sanitize-html drops scripts, styles and every inline handler, so
 * nothing executable survives into any field), read metadata, keep comment sections in common
 * markup (WordPress lists, schema.org Comment, generic .comment blocks) as comments, report
 * navigation/footer/sidebar boilerplate, find the main article with Readability (on linkedom),
 * then run its text through the plain-text rules.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import sanitizeHtml from 'sanitize-html';
import { linkReplies, type ParsedComment } from './comments';
import { findCalendarDate, readCommentTimestamp, type DateReference } from './dates';
import { classifyBoilerplate, readCaption, readCommentHeading } from './line-rules';
import { parseTextArticle, type FieldHints, type TextParseResult } from './text-parser';
import { excerpt, normaliseForComparison, stripMarkup, tidyLine } from './text-utils';
import type { Caption, ImportWarning, RemovedBoilerplate } from './types';
import { words, wordSet } from '../../../../shared/words';

/* linkedom's DOM, typed only as far as this module uses it (the project compiles without lib.dom). */
interface DomElement {
  tagName: string;
  textContent: string | null;
  parentElement: DomElement | null;
  children: ArrayLike<DomElement>;
  childNodes: ArrayLike<DomNode>;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}
interface DomNode {
  nodeType: number;
  textContent: string | null;
}
interface DomDocument {
  title: string;
  body: DomElement | null;
  documentElement: DomElement;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export interface HtmlExtraction {
  parsed: TextParseResult;
  warnings: ImportWarning[];
  removedBoilerplate: RemovedBoilerplate[];
}

export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).trimStart().toLowerCase();
  if (
    head.startsWith('<!doctype html') ||
    head.startsWith('<html') ||
    (head.startsWith('<?xml') && head.includes('<html'))
  )
    return true;
  const tags = text
    .slice(0, 20000)
    .match(
      /<\/?(p|div|article|section|main|h[1-6]|body|head|br|span|ul|ol|li|table|nav|footer)\b[^<>]{0,500}>/gi,
    );
  return (tags?.length ?? 0) >= 3;
}

const ALLOWED_TAGS = words(`
  html head body title meta link main article section header footer nav aside div span p br hr h1 h2
  h3 h4 h5 h6 ul ol li dl dt dd blockquote q cite pre code em strong b i u s small sub sup mark abbr
  time address figure figcaption img a table thead tbody tfoot tr th td caption label
`);

/** Safe attributes only: no `on*` handler, no style, no src other than http(s). */
const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: {
    '*': ['class', 'id', 'itemprop', 'itemtype', 'itemscope', 'role', 'lang', 'title', 'datetime'],
    meta: ['name', 'property', 'content', 'itemprop', 'charset'],
    link: ['rel', 'href'],
    a: ['href', 'rel'],
    img: ['alt', 'src'],
    time: ['datetime'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href', 'src', 'content'],
  allowProtocolRelative: false,
  nonTextTags: words(`
    script style textarea option noscript button select template
    svg iframe object embed canvas math form
  `),
  allowVulnerableTags: false,
};

function countUnsafe(html: string): { scripts: number; handlers: number; jsUrls: number } {
  return {
    scripts: (html.match(/<script\b/gi) ?? []).length,
    handlers: (html.match(/<[a-z][^<>]{0,2000}?\son[a-z]{3,30}\s*=/gi) ?? []).length,
    jsUrls: (html.match(/(href|src|action)\s*=\s*["']?\s*javascript:/gi) ?? []).length,
  };
}

/** JSON-LD (read before sanitizing removes the script elements): headline, date, author, publisher. */
interface LinkedData {
  headline?: string;
  datePublished?: string;
  author?: string;
  publisher?: string;
  section?: string;
  url?: string;
  description?: string;
}

function readLinkedData(html: string): LinkedData {
  const data: LinkedData = {};
  const lower = html.toLowerCase();
  let position = 0;
  for (let guard = 0; guard < 20; guard++) {
    const at = lower.indexOf('application/ld+json', position);
    if (at === -1) break;
    const open = lower.indexOf('>', at);
    const close = lower.indexOf('</script', open);
    if (open === -1 || close === -1) break;
    position = close;
    let parsed: unknown;
    try {
      parsed = JSON.parse(html.slice(open + 1, close));
    } catch {
      continue;
    }
    const queue: unknown[] = Array.isArray(parsed) ? parsed : [parsed];
    for (const node of queue) {
      if (typeof node !== 'object' || node === null) continue;
      const record = node as Record<string, unknown>;
      if (Array.isArray(record['@graph'])) queue.push(...(record['@graph'] as unknown[]));
      const type = String(record['@type'] ?? '');
      if (!/Article|Posting|Report/i.test(type)) continue;
      const name = (value: unknown): string | undefined => {
        const first = Array.isArray(value) ? value[0] : value;
        if (typeof first === 'string') return first;
        if (first && typeof first === 'object' && typeof (first as Record<string, unknown>).name === 'string')
          return (first as Record<string, string>).name;
        return undefined;
      };
      data.headline ??= typeof record.headline === 'string' ? record.headline : undefined;
      data.datePublished ??= typeof record.datePublished === 'string' ? record.datePublished : undefined;
      data.author ??= name(record.author);
      data.publisher ??= name(record.publisher);
      data.section ??= typeof record.articleSection === 'string' ? record.articleSection : undefined;
      data.url ??= typeof record.url === 'string' ? record.url : undefined;
      data.description ??= typeof record.description === 'string' ? record.description : undefined;
    }
  }
  return data;
}

/** Values from attributes and JSON are plain text too: tags in them are removed, whitespace tidied. */
function plain(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = tidyLine(stripMarkup(value).text);
  return text.length ? text : null;
}

function meta(document: DomDocument, ...keys: string[]): string | null {
  for (const key of keys) {
    const element =
      document.querySelector(`meta[property="${key}"]`) ??
      document.querySelector(`meta[name="${key}"]`) ??
      document.querySelector(`meta[itemprop="${key}"]`);
    const content = plain(element?.getAttribute('content'));
    if (content) return content;
  }
  return null;
}

function httpUrl(value: string | null | undefined): string | null {
  return value && /^https?:\/\/\S+$/.test(value) && value.length <= 2000 ? value : null;
}

function readDate(
  value: string | null | undefined,
  reference: DateReference,
): { iso: string; raw: string } | null {
  if (!value) return null;
  const direct = /^\d{4}-\d{2}-\d{2}/.test(value) ? new Date(value) : null;
  if (direct && !Number.isNaN(direct.getTime())) {
    // A bare YYYY-MM-DD is a calendar day: noon UTC, like the text path.
    const iso = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00.000Z` : direct.toISOString();
    return { iso, raw: value };
  }
  const found = findCalendarDate(value, reference);
  return found ? { iso: found.iso, raw: value } : null;
}

function captionFromText(text: string): Caption {
  const credited = readCaption(text);
  return credited ? { text: credited.text, credit: credited.credit } : { text, credit: null };
}

const BLOCK_TAGS = wordSet(`
  P H1 H2 H3 H4 H5 H6 LI BLOCKQUOTE PRE DT DD TR FIGCAPTION CAPTION ADDRESS DIV SECTION ARTICLE MAIN
  HEADER FOOTER UL OL DL TABLE TBODY THEAD FIGURE ASIDE NAV BODY HTML
`);

/**
 * Block elements to lines of text: each paragraph-level element becomes one line (its <br>s
 * become line breaks), figcaptions go to `captions`.
 */
function elementToLines(root: DomElement, captions: Caption[] | null): string[] {
  const lines: string[] = [];
  let inline = '';
  const flush = () => {
    for (const piece of inline.split('\n')) {
      const line = tidyLine(piece);
      if (line) lines.push(line);
    }
    inline = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      inline += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as unknown as DomElement;
    const tag = element.tagName.toUpperCase();
    if (tag === 'BR') {
      inline += '\n';
      return;
    }
    if (tag === 'IMG') return;
    if (tag === 'FIGCAPTION' && captions) {
      flush();
      const text = tidyLine(element.textContent ?? '');
      if (text) captions.push(captionFromText(text));
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    const children = element.childNodes;
    for (let i = 0; i < children.length; i++) walk(children[i]);
    if (block) flush();
  };
  walk(root as unknown as DomNode);
  flush();
  return lines;
}

const COMMENT_ITEM_SELECTOR = [
  '[itemtype*="schema.org/Comment"]',
  '[itemtype*="schema.org/UserComments"]',
  'li.comment',
  'article.comment',
  'div.comment',
  'li.comment-item',
  'div.comment-item',
  'li.reader-comment',
  'div.reader-comment',
  'li.c-comment',
  'div.c-comment',
  'article.c-comment',
].join(', ');

const COMMENT_CONTAINER_SELECTOR =
  '#comments, .comments-area, .comments, .comment-section, .comments-section, #disqus_thread, .comment-respond, #respond, .commentlist, .comment-list';

interface DomComments {
  comments: ParsedComment[];
  declaredCount: number | null;
  warnings: ImportWarning[];
}

function readDomComments(document: DomDocument, reference: DateReference): DomComments {
  const warnings: ImportWarning[] = [];
  const items = Array.from(document.querySelectorAll(COMMENT_ITEM_SELECTOR));
  const itemSet = new Set(items);
  const owner = (element: DomElement): DomElement | null => {
    for (let node = element.parentElement; node; node = node.parentElement)
      if (itemSet.has(node)) return node;
    return null;
  };
  /** The first match that belongs to this comment and not to a reply nested in it. */
  const own = (item: DomElement, selectors: string[]): DomElement | null => {
    for (const selector of selectors) {
      const matches = item.querySelectorAll(selector);
      for (let i = 0; i < matches.length; i++) if (owner(matches[i]) === item) return matches[i];
    }
    return null;
  };

  const comments: ParsedComment[] = [];
  const indexOfItem = new Map<DomElement, number>();
  const problems: Array<{ index: number; raw: string | null; reason: string }> = [];
  for (const item of items) {
    const authorElement = own(item, [
      '[itemprop="author"] [itemprop="name"]',
      '[itemprop="author"]',
      '.comment-author .fn',
      '.fn',
      '.comment-author',
      '.comment__author',
      '.author',
      '.username',
      '.user-name',
      'cite',
    ]);
    const authorName = tidyLine(authorElement?.textContent ?? '')
      .replace(/\s+(says|said|wrote)\s*:?$/i, '')
      .trim();
    const timeElement = own(item, [
      'time[datetime]',
      '[itemprop="dateCreated"]',
      '[itemprop="datePublished"]',
      'time',
      '.comment-date',
      '.comment__date',
      '.comment-time',
      '.comment-metadata',
      '.timestamp',
      '.date',
    ]);
    const bodyElement = own(item, [
      '[itemprop="text"]',
      '.comment-content',
      '.comment__content',
      '.comment-text',
      '.comment__text',
      '.comment__body',
      '.comment-body-text',
      '.comment-message',
      '.text',
      '.content',
    ]);
    let bodyLines: string[];
    if (bodyElement) bodyLines = elementToLines(bodyElement, null);
    else {
      // No body wrapper: the comment's own text minus the author and time lines.
      const skip = new Set(
        [authorElement?.textContent, timeElement?.textContent].map((t) => tidyLine(t ?? '')).filter(Boolean),
      );
      bodyLines = [];
      for (let i = 0; i < item.childNodes.length; i++) {
        const child = item.childNodes[i];
        if (child.nodeType === 1 && itemSet.has(child as unknown as DomElement)) continue;
        if (child.nodeType === 1) {
          const el = child as unknown as DomElement;
          if (/^(OL|UL)$/.test(el.tagName.toUpperCase()) && el.querySelector(COMMENT_ITEM_SELECTOR)) continue;
          bodyLines.push(...elementToLines(el, null).filter((line) => !skip.has(line)));
        } else if (child.nodeType === 3) {
          const line = tidyLine(child.textContent ?? '');
          if (line && !skip.has(line)) bodyLines.push(line);
        }
      }
    }
    const body = bodyLines
      .filter((line) => !/^(reply|report|like|flag|share|permalink|edit)$/i.test(line))
      .join('\n\n');
    if (!body) {
      warnings.push({
        code: 'comment-body-missing',
        message: `A comment${authorName ? ` by "${excerpt(authorName, 60)}"` : ''} has no text and was left out.`,
      });
      continue;
    }
    let postedAt: string | null = null;
    let postedAtRaw: string | null = null;
    const datetime = timeElement?.getAttribute('datetime') ?? timeElement?.getAttribute('content') ?? null;
    const timeText = tidyLine(timeElement?.textContent ?? '');
    const index = comments.length;
    if (datetime && !Number.isNaN(new Date(datetime).getTime()) && /^\d{4}-\d{2}-\d{2}/.test(datetime)) {
      postedAt = new Date(datetime).toISOString();
      postedAtRaw = datetime;
    } else if (timeText || datetime) {
      postedAtRaw = timeText || datetime;
      const reading = readCommentTimestamp(postedAtRaw ?? '', reference);
      if (reading.kind === 'valid') postedAt = reading.iso;
      else
        problems.push({
          index,
          raw: postedAtRaw,
          reason: reading.kind === 'invalid' ? reading.reason : 'it is not a date',
        });
    } else problems.push({ index, raw: null, reason: 'missing' });
    const parentItem = owner(item);
    const parentIndex = parentItem ? indexOfItem.get(parentItem) : undefined;
    indexOfItem.set(item, index);
    const comment: ParsedComment = { authorName: authorName || 'Anonymous', postedAt, postedAtRaw, body };
    if (!authorName)
      warnings.push({
        code: 'comment-author-missing',
        message: `Comment ${index + 1} has no author name; it was set to "Anonymous".`,
        commentIndex: index,
      });
    if (parentIndex !== undefined) {
      comment.parentIndex = parentIndex;
      comment.quotedAuthor = comments[parentIndex].authorName;
    }
    comments.push(comment);
  }
  for (const problem of problems) {
    const author = comments[problem.index].authorName;
    warnings.push(
      problem.reason === 'missing'
        ? {
            code: 'comment-timestamp-missing',
            message: `Comment ${problem.index + 1} by "${excerpt(author, 60)}" has no timestamp.`,
            commentIndex: problem.index,
          }
        : {
            code: 'comment-timestamp-invalid',
            message: `Comment ${problem.index + 1} by "${excerpt(author, 60)}" has a broken timestamp "${problem.raw}": ${problem.reason}.`,
            commentIndex: problem.index,
          },
    );
  }
  // Replies marked in the text ("@Name") where the markup does not nest them.
  const unlinked = comments.filter((c) => c.parentIndex === undefined);
  if (unlinked.length === comments.length) linkReplies(comments);

  let declaredCount: number | null = null;
  // Without comment markup the heading stays: the text rules read the section under it.
  if (items.length === 0) return { comments, declaredCount, warnings };
  const headings = document.querySelectorAll('h1, h2, h3, h4, h5, .comments-title, .comment-count');
  for (let i = 0; i < headings.length; i++) {
    const text = tidyLine(headings[i].textContent ?? '');
    const heading = readCommentHeading(text);
    const wordpress = text.match(/^(\d{1,6})\s+(?:comments?|responses?|replies|thoughts?)\b/i);
    if (heading || wordpress) {
      declaredCount = heading ? heading.declaredCount : Number(wordpress?.[1]);
      headings[i].remove();
      break;
    }
  }
  // Take the whole comment area out so Readability does not mistake it for the article.
  for (const container of Array.from(document.querySelectorAll(COMMENT_CONTAINER_SELECTOR)))
    container.remove();
  for (const item of items) if (!owner(item)) item.remove();
  return { comments, declaredCount, warnings };
}

const CHROME_SELECTORS: Array<{ selector: string; kind: RemovedBoilerplate['kind'] }> = [
  {
    selector: 'nav, [role="navigation"], .nav, .navbar, .menu, .breadcrumbs, .breadcrumb',
    kind: 'navigation',
  },
  { selector: 'footer, [role="contentinfo"], .site-footer, .footer', kind: 'page-footer' },
  {
    selector: 'aside, [role="complementary"], .sidebar, .related, .related-articles, .most-read, .popular',
    kind: 'sidebar',
  },
  {
    selector: '.share, .sharing, .social, .social-share, .share-buttons, .share-tools',
    kind: 'share-widget',
  },
  {
    selector: '.ad, .ads, .advert, .advertisement, .promo, .newsletter, .newsletter-signup',
    kind: 'advertisement',
  },
];

function insideArticle(element: DomElement): boolean {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const tag = node.tagName.toUpperCase();
    if (tag === 'ARTICLE' || tag === 'MAIN') return true;
  }
  return false;
}

/** Removes page chrome and reports what it said, so nothing disappears unseen. */
function removeChrome(document: DomDocument, removed: RemovedBoilerplate[]): void {
  for (const { selector, kind } of CHROME_SELECTORS) {
    for (const element of Array.from(document.querySelectorAll(selector))) {
      if (!element.parentElement) continue; // already removed with an ancestor
      // A footer inside the article carries credits and dates the text rules want to see.
      if (kind === 'page-footer' && insideArticle(element)) continue;
      const text = elementToLines(element, null).join(' · ');
      if (text) removed.push({ kind, text: excerpt(text, 200) });
      element.remove();
    }
  }
}

function parseDocument(html: string): DomDocument {
  const full = /<html[\s>]/i.test(html)
    ? html
    : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(full).document as unknown as DomDocument;
}

export function extractHtmlArticle(html: string, reference: DateReference): HtmlExtraction {
  const warnings: ImportWarning[] = [];
  const removedBoilerplate: RemovedBoilerplate[] = [];
  const unsafe = countUnsafe(html);
  const linked = readLinkedData(html);
  const clean = sanitizeHtml(html, SANITIZE_OPTIONS);
  if (unsafe.scripts || unsafe.handlers || unsafe.jsUrls) {
    const parts = [
      unsafe.scripts ? `${unsafe.scripts} script element(s)` : null,
      unsafe.handlers ? `${unsafe.handlers} element(s) with inline event handlers` : null,
      unsafe.jsUrls ? `${unsafe.jsUrls} javascript: link(s)` : null,
    ].filter(Boolean);
    warnings.push({
      code: 'unsafe-markup-removed',
      message: `Removed ${parts.join(', ')}; none of it reaches the article.`,
    });
  }

  const document = parseDocument(clean);
  const titleFromHead = plain(document.querySelector('title')?.textContent);
  const siteName = meta(document, 'og:site_name', 'application-name') ?? plain(linked.publisher);
  const hints: FieldHints = {
    title:
      plain(linked.headline) ??
      meta(document, 'og:title', 'twitter:title') ??
      plain(document.querySelector('h1')?.textContent) ??
      null,
    dek: meta(document, 'og:description', 'description', 'twitter:description') ?? plain(linked.description),
    byline: meta(document, 'author', 'article:author', 'byl') ?? plain(linked.author),
    publicationName: siteName,
    section: meta(document, 'article:section') ?? plain(linked.section),
    canonicalUrl:
      httpUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ??
      httpUrl(meta(document, 'og:url')) ??
      httpUrl(linked.url),
  };
  hints.publishedAt =
    readDate(
      meta(document, 'article:published_time', 'datePublished', 'date', 'pubdate', 'publish-date') ??
        linked.datePublished,
      reference,
    ) ??
    readDate(
      document
        .querySelector('article time[datetime], header time[datetime], time[itemprop="datePublished"]')
        ?.getAttribute('datetime'),
      reference,
    );
  if (!hints.title && titleFromHead) hints.title = titleFromHead;
  // "Headline - Site Name" in <title>: the site name is not part of the headline.
  if (hints.title && siteName)
    hints.title =
      hints.title.replace(
        new RegExp(`\\s*[|\\-–—:]\\s*${siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
        '',
      ) || hints.title;

  const domComments = readDomComments(document, reference);
  warnings.push(...domComments.warnings);
  removeChrome(document, removedBoilerplate);

  // Readability often drops figures; their captions are read first (and only once).
  const captions: Caption[] = [];
  for (const figcaption of Array.from(document.querySelectorAll('figcaption'))) {
    const text = tidyLine(figcaption.textContent ?? '');
    if (text) captions.push(captionFromText(text));
    figcaption.remove();
  }
  let lines: string[] = [];
  let readabilityByline: string | null = null;
  try {
    const article = new Readability<DomElement>(document as never, {
      serializer: (node: unknown) => node as DomElement,
      charThreshold: 200,
    }).parse();
    if (article && article.content) {
      lines = elementToLines(article.content, captions);
      readabilityByline = plain(article.byline);
    }
  } catch {
    lines = [];
  }
  if (lines.length === 0) {
    warnings.push({
      code: 'readability-fallback',
      message: 'The main article could not be singled out; the whole page text was used.',
    });
    const fallback = parseDocument(clean);
    if (fallback.body) lines = elementToLines(fallback.body, captions);
  }
  // A meta description that merely repeats the first paragraph is not a dek.
  if (
    hints.dek &&
    lines.some((line) =>
      normaliseForComparison(line).startsWith(
        normaliseForComparison(hints.dek ?? '').replace(/…$|\.\.\.$/, ''),
      ),
    )
  )
    hints.dek = null;
  hints.byline = hints.byline ?? readabilityByline;
  if (hints.byline) {
    const byline = hints.byline;
    lines = lines.filter(
      (line) =>
        normaliseForComparison(line) !== normaliseForComparison(byline) &&
        normaliseForComparison(line) !== normaliseForComparison(`By ${byline}`),
    );
  }

  // Lines the text rules would call boilerplate are reported there; nothing else to do here.
  const parsed = parseTextArticle(lines.join('\n\n'), reference, hints);
  parsed.captions = [...captions, ...parsed.captions];
  if (domComments.comments.length > 0 || parsed.comments.length === 0) {
    parsed.comments = domComments.comments;
    parsed.commentCountDeclared = domComments.declaredCount;
    parsed.warnings = parsed.warnings.filter((w) => !/^comment-/.test(w.code));
    if (domComments.declaredCount !== null && domComments.declaredCount !== domComments.comments.length) {
      parsed.warnings.push({
        code: 'comment-count-mismatch',
        message: `The comment heading says ${domComments.declaredCount} but ${domComments.comments.length} comment(s) were found.`,
      });
    }
  }
  if (classifyBoilerplate(parsed.title ?? '')) parsed.title = null;
  return { parsed, warnings, removedBoilerplate };
}
