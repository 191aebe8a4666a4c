import { useIntl } from 'react-intl';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** "3 hours ago" (relative) and the full date for a title attribute. */
export function useTimeFormat() {
  const intl = useIntl();
  return (iso: string) => {
    const date = new Date(iso);
    const diff = (date.getTime() - Date.now()) / 1000;
    const [unit, size] = UNITS.find(([, s]) => Math.abs(diff) >= s) ?? ['second', 1];
    return {
      relative: intl.formatRelativeTime(Math.round(diff / size), unit, { numeric: 'auto' }),
      full: intl.formatDate(date, { dateStyle: 'medium', timeStyle: 'short' } as any),
    };
  };
}
