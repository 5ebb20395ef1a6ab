import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FiscalCalendar, Period, WeekBasedCalendar } from '../../src/index.js';

const q3 = () => ({ calendar: 'calendar', granularity: 'quarter', year: 2027, index: 3 }) as const;

describe('Period', () => {
  it('accepts a period at each end of the fiscal years and of the indices', () => {
    for (const period of [q3(), { ...q3(), year: 1900, index: 1 }, { ...q3(), year: 2200 }]) {
      expect(Period.parse(period)).toEqual(period);
    }
    const week53 = { calendar: 'nrf-4-5-4', granularity: 'week', year: 2023, index: 53 } as const;
    expect(Period.parse(week53)).toEqual(week53);
  });

  it('refuses an empty calendar id, a year outside 1900 to 2200 and an index outside 1 to 53', () => {
    const refused = [
      { ...q3(), calendar: '' },
      { ...q3(), year: 1899 },
      { ...q3(), year: 2201 },
      { ...q3(), index: 0 },
      { ...q3(), index: 54 },
    ].map((period) => Period.safeParse(period).error?.issues.map((issue) => issue.path.join('.')));
    expect(refused).toEqual([['calendar'], ['year'], ['year'], ['index'], ['index']]);
  });

  it('documents every field in its JSON Schema', () => {
    expect(z.toJSONSchema(Period)).toMatchInlineSnapshot(`
      {
        "$defs": {
          "Granularity": {
            "description": "How long a period is.",
            "enum": [
              "year",
              "half",
              "quarter",
              "month",
              "week",
            ],
            "title": "Granularity",
            "type": "string",
          },
          "Period": {
            "additionalProperties": false,
            "description": "A period of a fiscal calendar.",
            "properties": {
              "calendar": {
                "description": "The id of the fiscal calendar the period belongs to.",
                "minLength": 1,
                "type": "string",
              },
              "granularity": {
                "$ref": "#/$defs/Granularity",
                "description": "How long the period is.",
              },
              "index": {
                "description": "Which period of its granularity within the fiscal year, from 1.",
                "maximum": 53,
                "minimum": 1,
                "type": "integer",
              },
              "year": {
                "description": "The name of the fiscal year, such as 2027 for FY2027.",
                "maximum": 2200,
                "minimum": 1900,
                "type": "integer",
              },
            },
            "readOnly": true,
            "required": [
              "calendar",
              "granularity",
              "year",
              "index",
            ],
            "title": "Fiscal period",
            "type": "object",
          },
        },
        "$ref": "#/$defs/Period",
        "$schema": "https://json-schema.org/draft/2020-12/schema",
      }
    `);
  });
});

describe('WeekBasedCalendar', () => {
  it('accepts a year end in any month, either rule, each pattern and either leap week', () => {
    const calendars = [
      {
        kind: 'week-based',
        id: 'fy-445',
        yearEnd: { month: 12, weekday: 'saturday', rule: 'last' },
        pattern: '4-4-5',
        leapWeek: 'first-quarter',
      },
      {
        kind: 'week-based',
        id: 'fy-544',
        yearEnd: { month: 6, weekday: 'friday', rule: 'nearest' },
        pattern: '5-4-4',
        leapWeek: 'last-period',
      },
    ] as const;
    for (const calendar of calendars) expect(FiscalCalendar.parse(calendar)).toEqual(calendar);
  });

  it('documents every field in its JSON Schema', () => {
    expect(z.toJSONSchema(WeekBasedCalendar)).toMatchInlineSnapshot(`
      {
        "$defs": {
          "WeekBasedCalendar": {
            "additionalProperties": false,
            "description": "Fiscal years of 52 or 53 whole weeks ending on a given weekday.",
            "properties": {
              "id": {
                "description": "A stable identifier of the calendar; every period names its calendar by it.",
                "minLength": 1,
                "type": "string",
              },
              "kind": {
                "const": "week-based",
                "description": "Fiscal months are groups of whole weeks.",
                "type": "string",
              },
              "leapWeek": {
                "description": "Where the 53rd week goes: the twelfth fiscal month ("last-period", the default) or the first fiscal month ("first-quarter").",
                "enum": [
                  "last-period",
                  "first-quarter",
                ],
                "type": "string",
              },
              "pattern": {
                "description": "Weeks in each of the three fiscal months of every quarter.",
                "enum": [
                  "4-4-5",
                  "4-5-4",
                  "5-4-4",
                ],
                "type": "string",
              },
              "yearEnd": {
                "additionalProperties": false,
                "description": "Where every fiscal year ends.",
                "properties": {
                  "month": {
                    "description": "The calendar month (1 = January) whose end anchors the end of the year.",
                    "maximum": 12,
                    "minimum": 1,
                    "type": "integer",
                  },
                  "rule": {
                    "description": "Ends on the last such weekday of the month ("last") or on the one nearest the last day of the month ("nearest").",
                    "enum": [
                      "last",
                      "nearest",
                    ],
                    "type": "string",
                  },
                  "weekday": {
                    "$ref": "#/$defs/Weekday",
                    "description": "The day of the week on which every fiscal year ends.",
                  },
                },
                "required": [
                  "month",
                  "weekday",
                  "rule",
                ],
                "type": "object",
              },
              "yearNaming": {
                "description": "How a fiscal year is named: by the calendar year in which it ends ("end-year", the default) or in which it starts ("start-year").",
                "enum": [
                  "end-year",
                  "start-year",
                ],
                "type": "string",
              },
            },
            "required": [
              "kind",
              "id",
              "yearEnd",
              "pattern",
            ],
            "title": "52/53-week fiscal calendar",
            "type": "object",
          },
          "Weekday": {
            "description": "A day of the week.",
            "enum": [
              "monday",
              "tuesday",
              "wednesday",
              "thursday",
              "friday",
              "saturday",
              "sunday",
            ],
            "title": "Weekday",
            "type": "string",
          },
        },
        "$ref": "#/$defs/WeekBasedCalendar",
        "$schema": "https://json-schema.org/draft/2020-12/schema",
      }
    `);
  });
});
