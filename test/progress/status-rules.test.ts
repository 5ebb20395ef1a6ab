// Every branch of the status rule, each with its sentence, its threshold and its numbers.
import { describe, expect, it } from 'vitest';
import { calendarYear, evaluateProgress, type ProgressPlan } from '../../src/index.js';
import { actualsOf, json, planOf, quarter } from './fixtures.js';

/** 10 deals a quarter, 40 over 2027. */
const flat = (): ProgressPlan =>
  planOf({ target: 40, steps: [1, 2, 3, 4].map((i) => [quarter(i), 10] as const) });

const statusOf = (plan: ProgressPlan, values: ReadonlyArray<number>, asOf: string) =>
  json(
    evaluateProgress(
      plan,
      actualsOf(values.map((value, i) => [quarter(i + 1), value] as const)),
      calendarYear,
      { asOf },
    ).status,
  );

describe('evaluateProgress', () => {
  it('is not started before the horizon', () => {
    expect(statusOf(flat(), [], '2026-12-15')).toMatchInlineSnapshot(`
      {
        "missingPeriods": [],
        "numbers": {
          "actualToDate": "0",
          "attainment": "0",
          "expectedToDate": "0",
          "gap": "0",
          "pace": null,
          "threshold": null,
        },
        "rule": "The horizon starts on 2027-01-01, after the as-of date 2026-12-15.",
        "status": "not-started",
      }
    `);
  });

  it('is achieved once an increasing flow meets its target, or at the horizon’s end', () => {
    expect([
      statusOf(flat(), [40], '2027-03-31'),
      statusOf(flat(), [10, 10, 10, 10], '2027-12-31'),
    ]).toMatchInlineSnapshot(`
      [
        {
          "missingPeriods": [],
          "numbers": {
            "actualToDate": "40",
            "attainment": "1",
            "expectedToDate": "10",
            "gap": "30",
            "pace": "4",
            "threshold": "1",
          },
          "rule": "Attainment 1 is at least the achieved threshold 1, so the target is already met.",
          "status": "achieved",
        },
        {
          "missingPeriods": [],
          "numbers": {
            "actualToDate": "40",
            "attainment": "1",
            "expectedToDate": "40",
            "gap": "0",
            "pace": "1",
            "threshold": "1",
          },
          "rule": "Attainment 1 is at least the achieved threshold 1 at the horizon's end (2027-12-31).",
          "status": "achieved",
        },
      ]
    `);
  });

  it('is unknown when the horizon ended without an attainment, off-track when it ended short', () => {
    const zero = planOf({ target: 0, steps: [[quarter(1), 10]] });
    expect([
      statusOf(zero, [10], '2027-12-31'),
      statusOf(flat(), [10, 10, 10, 5], '2027-12-31'),
    ]).toMatchInlineSnapshot(`
      [
        {
          "missingPeriods": [],
          "numbers": {
            "actualToDate": "10",
            "attainment": null,
            "expectedToDate": "10",
            "gap": "0",
            "pace": "1",
            "threshold": null,
          },
          "rule": "The horizon ended on 2027-12-31 and attainment cannot be computed.",
          "status": "unknown",
        },
        {
          "missingPeriods": [],
          "numbers": {
            "actualToDate": "35",
            "attainment": "0.875",
            "expectedToDate": "40",
            "gap": "-5",
            "pace": "0.875",
            "threshold": "1",
          },
          "rule": "The horizon ended on 2027-12-31 with attainment 0.875, below the achieved threshold 1.",
          "status": "off-track",
        },
      ]
    `);
  });

  it('reads ahead, on-track, at-risk and off-track by pace', () => {
    // Q1 planned 10: 11 → pace 1.1; 10 → 1; 9 → 0.9; 7 → 0.7.
    expect(
      [11, 10, 9, 7].map((value) => statusOf(flat(), [value], '2027-03-31')),
    ).toMatchInlineSnapshot(`
      [
        {
          "missingPeriods": [],
          "numbers": {
            "actualToDate": "11",
            "attainment": "0.275",
            "expectedToDate": "10",
            "gap": "1",
            "pace": "1.1",
            "threshold": "1.05",
          },
          "rule": "Pace 1.1 (actual 11 against 10 expected to date) is at least the ahead threshold 1.05.",
          "status": "ahead",
        },
        {
          "missingPeriods": [],
          "numbers": {
            "actualToDate": "10",
            "attainment": "0.25",
            "expectedToDate": "10",
            "gap": "0",
            "pace": "1",
            "threshold": "0.95",
          },
          "rule": "Pace 1 (actual 10 against 10 expected to date) is at least the on-track threshold 0.95.",
          "status": "on-track",
        },
        {
          "missingPeriods": [],
          "numbers": {
            "actualToDate": "9",
            "attainment": "0.225",
            "expectedToDate": "10",
            "gap": "-1",
            "pace": "0.9",
            "threshold": "0.8",
          },
          "rule": "Pace 0.9 (actual 9 against 10 expected to date) is below the on-track threshold 0.95 and at least the at-risk threshold 0.8.",
          "status": "at-risk",
        },
        {
          "missingPeriods": [],
          "numbers": {
            "actualToDate": "7",
            "attainment": "0.175",
            "expectedToDate": "10",
            "gap": "-3",
            "pace": "0.7",
            "threshold": "0.8",
          },
          "rule": "Pace 0.7 (actual 7 against 10 expected to date) is below the at-risk threshold 0.8.",
          "status": "off-track",
        },
      ]
    `);
  });

  it('says how a maintained metric reads on-track', () => {
    const held = planOf({
      aggregation: 'last',
      direction: 'maintain',
      baseline: 98,
      target: 100,
      steps: [1, 2, 3, 4].map((i) => [quarter(i), 100] as const),
    });
    expect(statusOf(held, [98], '2027-03-31')).toMatchInlineSnapshot(`
      {
        "missingPeriods": [],
        "numbers": {
          "actualToDate": "98",
          "attainment": "1",
          "expectedToDate": "100",
          "gap": "-2",
          "pace": "1",
          "threshold": "0.95",
        },
        "rule": "Pace 1 (level 98 against 100 planned by 2027-03-31) is at least the on-track threshold 0.95 (a maintained metric within ±0.05 of its plan reads 1).",
        "status": "on-track",
      }
    `);
  });
});
