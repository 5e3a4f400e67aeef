/**
 * Dates and times in e-mails: always in Europe/Brussels (where the shifts happen, whatever the
 * server's zone), written the way the resident's language writes them.
 */
import type { Locale } from '../../../src/schema/index.js';

/** The time zone of every date in an e-mail. */
export const MAIL_TIME_ZONE = 'Europe/Brussels';

const TAGS: Record<Locale, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

/** `zaterdag 2 mei 2026 om 10:00`. */
export function dateTime(locale: Locale, iso: string): string {
  return new Intl.DateTimeFormat(TAGS[locale], {
    timeZone: MAIL_TIME_ZONE,
    dateStyle: 'full',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/** `zaterdag 2 mei 2026`. */
export function date(locale: Locale, iso: string): string {
  return new Intl.DateTimeFormat(TAGS[locale], { timeZone: MAIL_TIME_ZONE, dateStyle: 'full' }).format(new Date(iso));
}

/**
 * A shift: `zaterdag 2 mei 2026, 10:00–12:00` on one day, both ends in full when it runs past
 * midnight (Brussels time).
 */
export function shiftTime(locale: Locale, start: string, end: string): string {
  const s = new Date(start);
  const e = new Date(end);
  if (date(locale, start) === date(locale, end)) {
    const time = new Intl.DateTimeFormat(TAGS[locale], { timeZone: MAIL_TIME_ZONE, timeStyle: 'short' });
    return `${date(locale, start)}, ${time.formatRange(s, e)}`;
  }
  return `${dateTime(locale, start)} – ${dateTime(locale, end)}`;
}

/** The calendar day (`2026-05-02`) of an instant in Brussels. */
export function brusselsDay(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: MAIL_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

/** The hour (0–23) of an instant in Brussels. */
export function brusselsHour(at: Date): number {
  return Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: MAIL_TIME_ZONE, hour: '2-digit', hourCycle: 'h23' }).format(at),
  );
}
