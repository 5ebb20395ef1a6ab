import type { IsoDate } from '../../calendar/iso-date.js';

const DAY = 86_400_000;

/** The ISO date `days` days after `date` (UTC arithmetic: no time zone involved). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** The number of days from `start` to `end` (negative when `end` is earlier). */
export function daysBetween(start: IsoDate, end: IsoDate): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / DAY);
}
