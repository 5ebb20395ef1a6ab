import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type CascadeObjectiveJson,
  cascade,
  cascadeTotal,
  type FiscalCalendar,
  parsePartnership,
  rollUpCascade,
  toDecimal,
} from '../../src/index.js';
import { cascadeRows } from '../../src/report.js';

/** The sample objectives as JSON, as a document holds them. */
function load(file: string) {
  const doc = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../examples/data', file), 'utf8'),
  );
  return {
    doc,
    calendar: doc.calendar as FiscalCalendar,
    objectives: doc.charter.objectives as Array<CascadeObjectiveJson & { name: string }>,
  };
}

describe('cascade on the sample partnerships', () => {
  for (const file of ['northwind-advisory.json', 'lumen-field.json']) {
    it(`cascades every objective of ${file} exactly and rolls its first year up by quarter`, () => {
      const { calendar, objectives } = load(file);
      for (const objective of objectives) {
        const plan = cascade(objective, calendar, { granularity: 'month' });
        expect(cascadeTotal(plan).eq(toDecimal(objective.target))).toBe(true);
        const quarters = cascadeRows(rollUpCascade(plan, 'quarter')).slice(0, 4);
        expect(quarters).toHaveLength(4);
        if (objective.cascade === undefined) {
          // An objective without a cascade spec needs the granularity from the caller.
          expect(() => cascade(objective, calendar)).toThrow(/No granularity/);
        } else {
          expect(cascadeTotal(cascade(objective, calendar)).eq(toDecimal(objective.target))).toBe(
            true,
          );
        }
      }
    });

    it(`cascades the parsed objectives of ${file} as their JSON`, () => {
      const { doc, calendar, objectives } = load(file);
      const parsed = parsePartnership(doc);
      parsed.charter.objectives.forEach((objective, i) => {
        const options = { granularity: 'month' } as const;
        expect(cascade(objective, parsed.calendar, options).units).toEqual(
          cascade(objectives[i] as CascadeObjectiveJson, calendar, options).units,
        );
      });
    });
  }
});
