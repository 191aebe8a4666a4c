import { findCalendarDate, looksLikeTimestamp, readCommentTimestamp } from './dates';

const reference = { now: new Date('2026-01-15T00:00:00Z'), timezone: 0 };

describe('findCalendarDate', () => {
  it.each([
    ['Published: October 6, 2011', '2011-10-06T12:00:00.000Z'],
    ['Published in The Lowland Courier, October 6th, 2011.', '2011-10-06T12:00:00.000Z'],
    ['Posted on 3 March 2019', '2019-03-03T12:00:00.000Z'],
    ['Thursday, 7 June 2018', '2018-06-07T12:00:00.000Z'],
    ['Updated: Oct. 7, 2011, 10:15 AM', '2011-10-07T10:15:00.000Z'],
    ['2011-10-06', '2011-10-06T12:00:00.000Z'],
  ])('reads %s', (text, iso) => {
    expect(findCalendarDate(text, reference)?.iso).toBe(iso);
  });

  it('ignores dates without a year or a day, which would be guesses', () => {
    expect(findCalendarDate('Published in October', reference)).toBeNull();
    expect(findCalendarDate('Published on Tuesday', reference)).toBeNull();
    expect(findCalendarDate('No date in this line at all', reference)).toBeNull();
  });

  it('uses the timezone given for dates printed without one', () => {
    const karachi = { ...reference, timezone: 300 };
    expect(findCalendarDate('Oct 5, 2011 - 2:54PM', karachi)?.iso).toBe('2011-10-05T09:54:00.000Z');
  });
});

describe('readCommentTimestamp', () => {
  it.each([
    ['Oct 5, 2011 - 2:54PM', '2011-10-05T14:54:00.000Z'],
    ['Oct 6, 2011 - 12:15AM', '2011-10-06T00:15:00.000Z'],
    ['September 2, 2017 at 6:40 pm', '2017-09-02T18:40:00.000Z'],
    ['5 Oct 2011 14:54', '2011-10-05T14:54:00.000Z'],
    ['2011-10-05 14:54', '2011-10-05T14:54:00.000Z'],
    ['Feb 29, 2020 - 1:00PM', '2020-02-29T13:00:00.000Z'],
  ])('reads %s', (line, iso) => {
    expect(readCommentTimestamp(line, reference)).toEqual({ kind: 'valid', iso, raw: line });
  });

  it.each([
    ['Oct 5, 2011 - 2:61PM', 'minute'],
    ['Oct 32, 2011 - 2:54PM', 'day'],
    ['Nov 31, 2020 - 5:10PM', 'no day 31'],
    ['Feb 29, 2019 - 1:00PM', 'no day 29'],
    ['Oct 5, 2011 - 14:54PM', 'AM/PM'],
    ['Oct 5, 20111 - 2:54PM', 'year'],
    ['Oct 5, 2011 - :54PM', 'could not be read'],
    ['Octember 5, 2011 - 2:54PM', 'could not be read'],
  ])('reports %s as broken (%s)', (line, reason) => {
    const reading = readCommentTimestamp(line, reference);
    expect(reading.kind).toBe('invalid');
    if (reading.kind === 'invalid') {
      expect(reading.reason).toContain(reason);
      expect(reading.raw).toBe(line);
    }
  });

  it('says a line of comment text is not a timestamp at all', () => {
    expect(readCommentTimestamp('lol what a decision', reference)).toEqual({ kind: 'not-a-timestamp' });
    expect(
      readCommentTimestamp(
        'I have lived here since 1987 and never seen anything like it, honestly',
        reference,
      ),
    ).toEqual({ kind: 'not-a-timestamp' });
  });
});

describe('looksLikeTimestamp', () => {
  it('accepts short date or time shaped lines only', () => {
    expect(looksLikeTimestamp('Mar 3, 2019 - 9:14AM')).toBe(true);
    expect(looksLikeTimestamp('3 hours ago')).toBe(true);
    expect(looksLikeTimestamp('Marta K')).toBe(false);
    expect(
      looksLikeTimestamp('In March 2019 the council voted to close the library and nobody was surprised'),
    ).toBe(false);
  });
});

describe('the usual comment timestamp shape', () => {
  it('reads the same instant as chrono does for every hour and timezone', () => {
    for (const timezone of [0, 300, -480]) {
      for (let hour = 1; hour <= 12; hour++) {
        for (const meridiem of ['AM', 'PM']) {
          const line = `Dec 31, 2019 - ${hour}:07${meridiem}`;
          const reading = readCommentTimestamp(line, { ...reference, timezone });
          const viaChrono = findCalendarDate(line, { ...reference, timezone });
          expect({ line, timezone, iso: reading.kind === 'valid' ? reading.iso : null }).toEqual({
            line,
            timezone,
            iso: viaChrono?.iso,
          });
        }
      }
    }
  });
});
