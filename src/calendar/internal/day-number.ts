/**
 * Day numbers: whole days since 1970-01-01 in the proleptic Gregorian calendar. Pure integer
 * arithmetic (H. Hinnant's civil-date algorithms), so nothing here can depend on the process's
 * time zone, and converting is cheap enough for hot loops.
 *
 * @module
 */
import { ValidationError } from '../../errors.js';

const daysBeforeCommonMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Whether a calendar year is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days of a month (1-based) in a calendar year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (daysBeforeCommonMonth[month - 1] ?? 0);
}

/** The day number of a civil date (month and day 1-based). */
export function dayFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The civil date `[year, month, day]` of a day number. */
export function civilFromDay(dayNumber: number): readonly [number, number, number] {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** The weekday of a day number: 0 for Sunday to 6 for Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDay(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a string is a real calendar date written `YYYY-MM-DD`. */
export function isRealIsoDate(value: string): boolean {
  const match = isoPattern.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * The day number of an ISO date, checking it is a real date.
 *
 * @throws {ValidationError} when the value is not a real date written `YYYY-MM-DD`
 */
export function toDayNumber(value: string, name = 'date'): number {
  const match = typeof value === 'string' ? isoPattern.exec(value) : null;
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return dayFromCivil(year, month, day);
    }
  }
  throw new ValidationError(`Invalid ${name}`, [
    {
      code: 'invalid-date',
      path: [name],
      message: 'Not a real calendar date in the form YYYY-MM-DD',
      received: JSON.stringify(value) ?? String(value),
      expected: 'an ISO date such as "2027-03-31"',
    },
  ]);
}

function twoDigits(value: number): string {
  return value < 10 ? `0${value}` : `${value}`;
}

/** The ISO date (`YYYY-MM-DD`) of a day number (years 1000 to 9999; fiscal years stay far inside). */
export function fromDayNumber(dayNumber: number): string {
  const [year, month, day] = civilFromDay(dayNumber);
  return `${year}-${twoDigits(month)}-${twoDigits(day)}`;
}
