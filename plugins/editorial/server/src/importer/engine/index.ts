/** Article importer: pure parsing of pasted or uploaded news pages into previews for drafts. */
export {
  parseArticle,
  parseArticleAsync,
  tryParseArticle,
  summariseImport,
  type ParseOutcome,
} from './parse-article';
export { ImportError, isImportError, type ImportErrorCode } from './errors';
export { decodeInput, DEFAULT_MAX_BYTES } from './decode';
export { parseTextArticle, type FieldHints, type TextParseResult } from './text-parser';
export { extractHtmlArticle, looksLikeHtml } from './html-parser';
export { parseCommentSection, linkReplies, type ParsedComment } from './comments';
export { readCommentTimestamp, findCalendarDate, looksLikeTimestamp } from './dates';
export { fingerprintOf, suggestTitle, firstSentence, normaliseForComparison } from './text-utils';
export * from './types';
export {
  toDraftData,
  bodyAsMarkdown,
  escapeMarkdown,
  type DraftData,
  type ArticleDraftData,
  type CommentDraftData,
} from './to-draft';
