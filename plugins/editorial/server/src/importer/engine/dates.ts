/**
 * Dates in imported pages: publication lines ("Published: October 6, 2011") and comment
 * timestamps ("Oct 5, 2011 - 2:54PM"). chrono-node reads the many forms; the checks here make
 * sure a broken timestamp is reported instead of being read as some other date.
 */
import * as chrono from 'chrono-node';

export interface DateReference {
  now: Date;
  /** Minutes east of UTC, or a timezone abbreviation chrono knows; used when the text has none. */
  timezone: string | number;
}

export interface FoundDate {
  iso: string;
  /** The words chrono read as the date. */
  matchedText: string;
  /** Index of the match in the searched text. */
  index: number;
  hasTime: boolean;
}

const MONTH_WORD =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\b\.?/i;

const MONTH_INDEX: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  may: 4,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  oct: 9,
  nov: 10,
  dec: 11,
};

function toFound(result: chrono.ParsedResult): FoundDate | null {
  const date = result.start.date();
  if (Number.isNaN(date.getTime())) return null;
  return {
    iso: date.toISOString(),
    matchedText: result.text,
    index: result.index,
    hasTime: result.start.isCertain('hour'),
  };
}

/**
 * The first full calendar date (day, month and year all printed) in a piece of text, e.g. the
 * date inside "Published in The Daily Lantern, March 3rd, 2019." Partial dates are ignored
 * because they would be guesses.
 */
export function findCalendarDate(text: string, reference: DateReference): FoundDate | null {
  const results = chrono.parse(text, { instant: reference.now, timezone: reference.timezone });
  for (const result of results) {
    const start = result.start;
    if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue;
    const found = toFound(result);
    if (found) return found;
  }
  return null;
}

/** Whether a short line is shaped like a timestamp (so a failure to read it is a broken timestamp). */
export function looksLikeTimestamp(line: string): boolean {
  const text = line.trim();
  if (text.length === 0 || text.length > 60 || !/\d/.test(text)) return false;
  if (text.split(/\s+/).length > 9) return false;
  return (
    MONTH_WORD.test(text) ||
    /\b\d{0,2}:\d{1,2}(?!\d)/.test(text) ||
    /\b\d{4}-\d{1,2}-\d{1,2}\b/.test(text) ||
    /\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/.test(text) ||
    /\b(ago|yesterday|today)\b/i.test(text)
  );
}

export type TimestampReading =
  | { kind: 'valid'; iso: string; raw: string }
  | { kind: 'invalid'; raw: string; reason: string }
  | { kind: 'not-a-timestamp' };

/** Digits that no real date or time can have: day 32+, hour 25+, minute 60+. */
function impossibleNumbers(text: string): string | null {
  const time = text.match(/\b(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?\s*([ap]\.?m\.?)?/i);
  if (time) {
    const hour = Number(time[1]);
    const minute = Number(time[2]);
    if (minute > 59 || time[2].length !== 2) return `minute "${time[2]}" is not a valid minute`;
    if (time[4] ? hour < 1 || hour > 12 : hour > 23)
      return `hour "${time[1]}" is not valid${time[4] ? ' with AM/PM' : ''}`;
  }
  const monthThenDay = text.match(new RegExp(`${MONTH_WORD.source}\\s+(\\d{1,3})(?!\\d|:)`, 'i'));
  const dayThenMonth = text.match(new RegExp(`\\b(\\d{1,3})(?:st|nd|rd|th)?\\s+${MONTH_WORD.source}`, 'i'));
  const day = monthThenDay
    ? Number(monthThenDay[monthThenDay.length - 1])
    : dayThenMonth
      ? Number(dayThenMonth[1])
      : null;
  if (day !== null && (day < 1 || day > 31)) return `day "${day}" is not a valid day of the month`;
  const year = text.match(/\b(\d{5,})\b/);
  if (year) return `"${year[1]}" is not a valid year`;
  const monthName = (monthThenDay ?? dayThenMonth)?.[0].match(MONTH_WORD)?.[0];
  const fourDigitYear = text.match(/\b(1[89]\d\d|2\d{3})\b/);
  if (day !== null && monthName) {
    const month = MONTH_INDEX[monthName.slice(0, 3).toLowerCase()];
    // Day 0 of the next month is the last day of this one (leap years included).
    const daysInMonth = new Date(
      Date.UTC(fourDigitYear ? Number(fourDigitYear[1]) : 2000, month + 1, 0),
    ).getUTCDate();
    if (day > daysInMonth) return `${monthName.replace(/\.$/, '')} has no day ${day}`;
  }
  return null;
}

/**
 * The shape comment sections print most ("Oct 5, 2011 - 2:54PM"), read without chrono: bulk
 * imports have thousands. Anything else goes to chrono. Ranges were checked by impossibleNumbers.
 */
function readUsualTimestamp(text: string, offsetMinutes: number): string | null {
  const match = text.match(
    /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})\s*(?:[-–—,@]|at)?\s*(\d{1,2}):(\d{2})\s*([AaPp])\.?[Mm]\.?$/,
  );
  if (!match) return null;
  const month = MONTH_INDEX[match[1].slice(0, 3).toLowerCase()];
  if (month === undefined || !MONTH_WORD.test(match[1])) return null;
  const hour12 = Number(match[4]) % 12;
  const hour = /[Pp]/.test(match[6]) ? hour12 + 12 : hour12;
  const utc =
    Date.UTC(Number(match[3]), month, Number(match[2]), hour, Number(match[5])) - offsetMinutes * 60000;
  return new Date(utc).toISOString();
}

/**
 * Reads a comment's timestamp line. The whole line must be one date for it to count, so
 * "Oct 35, 2011 - 2:99PM" is reported as broken rather than read as "Oct 3".
 */
export function readCommentTimestamp(line: string, reference: DateReference): TimestampReading {
  const raw = line.trim().replace(/^[-–—•·|,@\s]+|[-–—•·|,\s]+$/g, '');
  if (!looksLikeTimestamp(raw)) return { kind: 'not-a-timestamp' };
  const impossible = impossibleNumbers(raw);
  if (impossible) return { kind: 'invalid', raw, reason: impossible };
  const quick = typeof reference.timezone === 'number' ? readUsualTimestamp(raw, reference.timezone) : null;
  if (quick) return { kind: 'valid', iso: quick, raw };
  const results = chrono.parse(raw, { instant: reference.now, timezone: reference.timezone });
  const result = results[0];
  if (!result) return { kind: 'invalid', raw, reason: 'no date could be read' };
  const leftover = `${raw.slice(0, result.index)} ${raw.slice(result.index + result.text.length)}`
    .replace(/\s+/g, ' ')
    .trim();
  if (leftover.replace(/[\s,.\-–—|@]+/g, '').replace(/^(at|on)$/i, '').length > 0) {
    return { kind: 'invalid', raw, reason: `"${leftover}" could not be read as part of the date` };
  }
  const start = result.start;
  const relative = /\b(ago|yesterday|today)\b/i.test(raw);
  if (!relative && (!start.isCertain('month') || !start.isCertain('day'))) {
    return { kind: 'invalid', raw, reason: 'the day or month is missing' };
  }
  const found = toFound(result);
  if (!found) return { kind: 'invalid', raw, reason: 'no date could be read' };
  return { kind: 'valid', iso: found.iso, raw };
}
