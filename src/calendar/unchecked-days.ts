/**
 * Day numbers without checks, for the library's own hot loops: whole days since 1970-01-01 in the
 * proleptic Gregorian calendar, by pure integer arithmetic (H. Hinnant's civil-date algorithms),
 * so nothing here can depend on the process's time zone. These functions assume valid input (a
 * real `YYYY-MM-DD` date, a day number from year 0 to 9999) and answer garbage otherwise: public
 * callers use the checked {@link toDayNumber}, {@link fromDayNumber}, {@link addDays},
 * {@link daysBetween} and {@link compareDates}. Not exported from the package.
 *
 * @module
 */

const daysOfCommonMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** The first and last day numbers the day API covers: 0000-01-01 and 9999-12-31. */
export const FIRST_DAY = -719_528;
export const LAST_DAY = 2_932_896;

/** Whether a calendar year is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days of a month (1-based) in a calendar year; 0 for a month that does not exist. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (daysOfCommonMonth[month - 1] ?? 0);
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

/** The digit at a position of a string, or -1 for anything but 0-9. */
function digitAt(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

/**
 * The day number of a string if it is a real calendar date written `YYYY-MM-DD`, otherwise
 * `undefined`. Reads characters, no regular expression: cheap enough to check every date.
 */
export function dayNumberOrUndefined(text: string): number | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) {
    return undefined;
  }
  const y1 = digitAt(text, 0);
  const y2 = digitAt(text, 1);
  const y3 = digitAt(text, 2);
  const y4 = digitAt(text, 3);
  const m1 = digitAt(text, 5);
  const m2 = digitAt(text, 6);
  const d1 = digitAt(text, 8);
  const d2 = digitAt(text, 9);
  // Every digit is 0 to 9, or -1: one negative makes the bitwise or negative.
  if ((y1 | y2 | y3 | y4 | m1 | m2 | d1 | d2) < 0) return undefined;
  const year = y1 * 1000 + y2 * 100 + y3 * 10 + y4;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  // A month outside 1 to 12 has 0 days (`daysInMonth`), so the day test refuses it as well.
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayFromCivil(year, month, day);
}

/** Whether a string is a real calendar date written `YYYY-MM-DD`. */
export function isRealIsoDate(value: string): boolean {
  return dayNumberOrUndefined(value) !== undefined;
}

/** The day number of an ISO date, unchecked: the caller guarantees a real `YYYY-MM-DD` date. */
export function dayNumberUnchecked(date: string): number {
  const at = (index: number) => date.charCodeAt(index) - 48;
  return dayFromCivil(
    at(0) * 1000 + at(1) * 100 + at(2) * 10 + at(3),
    at(5) * 10 + at(6),
    at(8) * 10 + at(9),
  );
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The ISO date of a day number, unchecked: the caller guarantees a day of years 0 to 9999. */
export function isoDateUnchecked(dayNumber: number): string {
  const [year, month, day] = civilFromDay(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}
