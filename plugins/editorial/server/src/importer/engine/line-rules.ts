/**
 * Rules that recognise one line of a pasted page: boilerplate (share widgets, teasers, letter
 * prompts, archive notes...), credits, captions, bylines and comment headings. Every pattern is
 * anchored and bounded so each line is checked in linear time.
 */
import type { BoilerplateKind } from './types';

const SHARE_WORD =
  '(?:facebook|twitter|x|email|e-mail|mail|print|whatsapp|linkedin|reddit|pinterest|telegram|tumblr|share|tweet|like|google\\+|copy link|messenger)';
const SHARE_ONLY = new RegExp(`^${SHARE_WORD}(?:\\s*[|•·,/]?\\s*${SHARE_WORD}){0,12}\\s*:?$`, 'i');

interface BoilerplateRule {
  kind: BoilerplateKind;
  pattern: RegExp;
  /** Longer lines are body text that happens to mention the words. */
  maxLength: number;
}

const BOILERPLATE_RULES: BoilerplateRule[] = [
  { kind: 'share-widget', pattern: SHARE_ONLY, maxLength: 120 },
  { kind: 'share-widget', pattern: /^(facebook|disqus|twitter) (conversations|comments)$/i, maxLength: 40 },
  {
    kind: 'share-widget',
    pattern: /^(share|email|send) (this|the) (article|story|page|post)\b/i,
    maxLength: 80,
  },
  {
    kind: 'share-widget',
    pattern:
      /^(share|follow us|like us|find us) on (facebook|twitter|x|instagram|whatsapp|linkedin|social media)\b/i,
    maxLength: 120,
  },
  { kind: 'share-widget', pattern: /^(click|tap) (here )?to (share|tweet|email|print)\b/i, maxLength: 100 },
  { kind: 'section-teaser', pattern: /^more (in|from|on|about)\s+\S.{0,60}$/i, maxLength: 70 },
  { kind: 'section-teaser', pattern: /^more (stories|news|headlines|articles)\b.{0,40}$/i, maxLength: 60 },
  {
    kind: 'related-links',
    pattern:
      /^(related( (articles?|stories|story|coverage|content|reading|links))?|read more|read next|also read|see also|you (may|might) also like|recommended( for you)?|most (read|popular|viewed|shared)|trending( now)?|top stories|latest (news|stories))\s*[:.]?(\s.{0,100})?$/i,
    maxLength: 120,
  },
  {
    kind: 'letter-prompt',
    pattern:
      /(we want to hear what you think|(submit|send|write) (us )?a letter to the editor|letters? to the editor (at|via|here)|have your say\b|tell us what you think|write to (us|the editor) at|letters@)/i,
    maxLength: 300,
  },
  { kind: 'letter-prompt', pattern: /^letters? to the editor$/i, maxLength: 30 },
  {
    kind: 'comment-widget',
    pattern:
      /^(comments? (are|is) (closed|disabled|moderated)|add (a|your) comment|post (a|your) comment|leave a (reply|comment)|comment policy|(show|view|load|hide)( all)? comments|loading comments|join the (conversation|discussion)|be the first to comment)\b.{0,80}$/i,
    maxLength: 120,
  },
  {
    kind: 'advertisement',
    pattern:
      /^(advertisement|advertising|sponsored( content)?|story continues below( this)?( advertisement)?|ad|promoted)$/i,
    maxLength: 45,
  },
  {
    kind: 'newsletter-prompt',
    pattern: /^(sign up|subscribe)\b.{0,150}\b(newsletter|inbox|email|updates|briefing|digest)\b.{0,80}$/i,
    maxLength: 240,
  },
  { kind: 'newsletter-prompt', pattern: /^subscribe( now| today| here)?[.!]?$/i, maxLength: 20 },
  { kind: 'copyright', pattern: /^(©|\(c\)|copyright\b)\s*.{0,200}$/i, maxLength: 220 },
];

export function classifyBoilerplate(line: string): BoilerplateKind | null {
  if (line.length === 0) return null;
  for (const rule of BOILERPLATE_RULES) {
    if (line.length <= rule.maxLength && rule.pattern.test(line)) return rule.kind;
  }
  return null;
}

/** Teaser "More in Lowlands" names the section the article belongs to. */
export function sectionFromTeaser(line: string): string | null {
  const match = line.match(/^more (?:in|from|on|about)\s+(.{2,60}?)\s*[.:]?$/i);
  if (!match) return null;
  const name = match[1].trim();
  // "More from our partners" names no section.
  if (!/^[\p{Lu}\p{N}]/u.test(name) || /^(our|the|this|these|us)\b/i.test(name)) return null;
  return name;
}

export interface ArchiveNote {
  /** Partner or original publication; empty when the page printed none. */
  partnerName: string;
  creditLine: string;
}

const ARCHIVE_PATTERNS: RegExp[] = [
  /^this (?:article|story|piece|post|report) (?:is|was|comes) (?:from|taken from) the archives? of (?:our )?(?:partner|partners|sister (?:publication|site|paper))\s*(.{0,120}?)\s*\.?$/i,
  /^(?:this (?:article|story|piece|post|report) )?(?:originally|first) (?:appeared|ran|was published|published) (?:in|on|at|by)\s+(.{0,120}?)\s*\.?$/i,
  /^this (?:article|story|piece|post|report) (?:is|was) (?:republished|reprinted|reproduced)(?: with permission)? from\s+(.{0,120}?)\s*\.?$/i,
  /^(?:republished|reprinted|reproduced)(?: with permission)? from\s+(.{0,120}?)\s*\.?$/i,
  /^from the archives? of (?:our partner\s*)?(.{0,120}?)\s*\.?$/i,
];

/** "This article is from the archive of our partner The Meridian Wire." (the name may be missing). */
export function readArchiveNote(line: string): ArchiveNote | null {
  if (line.length > 200) return null;
  for (const pattern of ARCHIVE_PATTERNS) {
    const match = line.match(pattern);
    if (match) {
      // A trailing date ("originally appeared in X on May 2, 2019") is not part of the name.
      const partnerName = match[1]
        .replace(/\s+on\s+\w+\.? \d{1,2}(st|nd|rd|th)?,? \d{4}$/i, '')
        .replace(/[\s.,;:]+$/, '')
        .trim();
      return { partnerName, creditLine: line.trim() };
    }
  }
  return null;
}

export interface PublishedLine {
  kind: 'published' | 'updated';
  /** "Published in The Daily Lantern, March 3rd, 2019." names the publication. */
  publicationName: string | null;
  /** Text after the label, where the date is searched. */
  rest: string;
}

export function readPublishedLine(line: string): PublishedLine | null {
  if (line.length > 200) return null;
  const match = line.match(
    /^(published|posted|first published|originally published|updated|last updated|last modified|modified|date|dated)\b(?:\s+(?:on|at))?\s*[:\-–—]?\s*(.*)$/i,
  );
  if (!match) return null;
  const label = match[1].toLowerCase();
  let rest = match[2];
  let publicationName: string | null = null;
  const inPublication = rest.match(/^(?:in|by)\s+(.{2,100}?)(?:,|\s+on\b)\s*(.*)$/i);
  if (inPublication && !/^\d/.test(inPublication[1])) {
    publicationName = inPublication[1].trim();
    rest = inPublication[2];
  }
  return { kind: /updated|modified/.test(label) ? 'updated' : 'published', publicationName, rest };
}

/** Words that start a sentence, not a name, after "By": "By the end of the year, ..." */
const NOT_A_NAME =
  /^(the|a|an|this|that|then|now|late|early|mid|noon|midnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|contrast|comparison|far|all|some|most|law|default|design|way|next|last|january|february|march|april|may|june|july|august|september|october|november|december|\d)\b/i;

export function readByline(line: string): string | null {
  if (line.length > 140) return null;
  const match = line.match(/^(?:by|written by|reporting by|words by)\s*:?\s+(.+)$/i);
  if (!match) return null;
  let names = match[1].trim();
  if (NOT_A_NAME.test(names) || !/^[\p{Lu}]/u.test(names)) return null;
  // "By Jane Roe | March 3, 2019" or "By Jane Roe, Staff Reporter": keep the names and role.
  names = names.split(/\s+[|•·]\s+/)[0].replace(/[\s.;]+$/, '');
  if (names.split(/\s+/).length > 14) return null;
  return names;
}

export interface CaptionLine {
  text: string;
  credit: string | null;
}

const CAPTION_KEYWORD =
  '(?:PHOTO|PHOTOS|PHOTOGRAPH|PICTURE|IMAGE|PIC|FILE PHOTO|PHOTO CREDIT|CREDIT|Photo|Photograph|Picture|Image|File photo|Photo credit)';

/** "Students gather outside the hall. PHOTO: FILE" or "(Photo: Lena Park / Agency)". */
export function readCaption(line: string): CaptionLine | null {
  if (line.length > 400) return null;
  const trailing = line.match(
    new RegExp(`^(.*?)\\s*\\(?\\b${CAPTION_KEYWORD}\\s*:\\s*([^()]{1,80}?)\\)?\\s*$`),
  );
  if (trailing) {
    const text = trailing[1].trim();
    const credit = trailing[2].trim().replace(/[.]$/, '');
    // Body sentences can contain "photo:"; a caption credit is short and has no sentence in it.
    if (credit.split(/\s+/).length > 8 || /[.!?]\s/.test(credit)) return null;
    return { text, credit: credit || null };
  }
  const labelled = line.match(/^(?:caption|photo caption)\s*:\s*(.{2,})$/i);
  if (labelled) return { text: labelled[1].trim(), credit: null };
  return null;
}

export interface CommentHeading {
  declaredCount: number | null;
}

/** "Reader Comments (23)", "23 Comments", "Comments: 4", "Reader comments". */
export function readCommentHeading(line: string): CommentHeading | null {
  if (line.length > 60) return null;
  const withCount =
    line.match(
      /^(?:reader|readers'?|user|your)?\s*(?:comments?|responses?|replies|discussion)\s*[(:[]\s*(\d{1,6})\s*[)\]]?$/i,
    ) ?? line.match(/^(\d{1,6})\s+(?:reader\s+|user\s+)?(?:comments?|responses?|replies)$/i);
  if (withCount) return { declaredCount: Number(withCount[1]) };
  if (/^(?:reader|readers'?|user)\s+(?:comments?|responses?)$/i.test(line) || /^comments$/i.test(line))
    return { declaredCount: null };
  return null;
}

/** "PORT ALDER -", "KESTREL BAY:", "ASHBURY, Wessex —", "LONDON (Wire Service) -" at the start of the first paragraph. */
export function readDateline(paragraph: string): { dateline: string; rest: string } | null {
  const match = paragraph.match(
    /^((?:[\p{Lu}][\p{Lu}.'’-]*)(?:\s+[\p{Lu}][\p{Lu}.'’-]*){0,3}(?:,\s*[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,2})?(?:\s*\([^()]{1,30}\))?)\s*(?:[-–—:]+)\s*(?=\S)(.*)$/su,
  );
  if (!match) return null;
  const place = match[1].trim();
  const cityPart = place.split(/[,(]/)[0];
  // At least three capitals in the city name, all letters upper case: "NEW YORK", not "US officials".
  if ((cityPart.match(/\p{Lu}/gu) ?? []).length < 3 || /\p{Ll}/u.test(cityPart)) return null;
  const rest = match[2].trim();
  if (rest.length === 0) return null;
  return { dateline: place, rest };
}
