// Generators of valid partnerships for the alignment properties: variations of a base partnership
// (the tiny one, or a parsed sample) over everything the score reads.
import { fc } from '@fast-check/vitest';
import { fromDayNumber, toDayNumber } from '../../src/calendar/day-number.js';
import { CadenceId, CommitmentId, StakeholderId } from '../../src/model/ids.js';
import { builtInMotives, type MotiveId } from '../../src/model/motive.js';
import type { Partnership } from '../../src/model/partnership.js';
import { toDecimal } from '../../src/money/to-decimal.js';

const d = toDecimal;
/** Every built-in motive and one custom motive. */
export const motives: ReadonlyArray<MotiveId> = [...builtInMotives, 'custom:net-new-logos'];
export const anyMotive: fc.Arbitrary<MotiveId> = fc.constantFrom<MotiveId>(...motives);
export const anyStrength = fc.constantFrom('weak', 'moderate', 'strong' as const);
/** A ratio with up to 3 decimals, from 0 to 1. */
export const anyRatio = fc.integer({ min: 0, max: 1000 }).map((n) => d(n).div(1000));
const anyDate = fc
  .integer({ min: 0, max: 5 * 365 })
  .map((n) => fromDayNumber(toDayNumber('2025-01-01') + n));
export const anyAsOf = anyDate;

/** A profile of 1–5 motives with weights in twentieths, summing to exactly 1. */
const anyProfile = fc.uniqueArray(anyMotive, { minLength: 1, maxLength: 5 }).chain((motives) =>
  fc
    .array(fc.integer({ min: 1, max: 10 }), {
      minLength: motives.length,
      maxLength: motives.length,
    })
    .map((parts) => {
      const total = parts.reduce((s, n) => s + n, 0);
      const weights: Record<string, ReturnType<typeof d>> = {};
      let left = d(1);
      motives.forEach((motive, index) => {
        const weight =
          index === motives.length - 1
            ? left
            : d(parts[index] ?? 1)
                .div(total)
                .toDecimalPlaces(6, 1);
        weights[motive] = weight;
        left = left.minus(weight);
      });
      return { source: 'declared' as const, weights: weights as Record<MotiveId, typeof left> };
    }),
);

/**
 * Valid variations of a partnership (each passes every check of a parsed document): margins,
 * declared profiles, contributions and metric motives, objective weights, goal provenance,
 * stakeholders, commitments with any status, cadences, and reviews held with any attendees.
 */
export function variations(base: Partnership): fc.Arbitrary<Partnership> {
  const { charter } = base;
  const objectiveIds = charter.objectives.map((o) => o.id);
  const count = objectiveIds.length;
  return fc
    .record({
      margin: anyRatio,
      benchmark: anyRatio,
      profile: fc.option(anyProfile, { nil: undefined }),
      contributions: fc.array(
        fc.array(fc.record({ motive: anyMotive, strength: anyStrength }), { maxLength: 3 }),
        { minLength: count, maxLength: count },
      ),
      metricMotives: fc.array(fc.uniqueArray(anyMotive, { maxLength: 2 }), {
        minLength: count,
        maxLength: count,
      }),
      weights: fc.array(fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }), {
        minLength: count,
        maxLength: count,
      }),
      statuses: fc.array(fc.constantFrom('agreed', 'proposed', 'assigned' as const), {
        minLength: base.goals.length,
        maxLength: base.goals.length,
      }),
      stakeholders: fc.subarray([...charter.stakeholders]),
      extraSponsor: fc.boolean(),
      commitments: fc.array(
        fc.record({
          side: fc.constantFrom('vendor', 'partner' as const),
          objectives: fc.subarray(objectiveIds),
          status: fc.constantFrom('planned', 'in-progress', 'delivered', 'missed' as const),
        }),
        { maxLength: 4 },
      ),
      cadences: fc.subarray([...charter.reviewCadences]),
      held: fc.array(
        fc.record({
          date: anyDate,
          cadence: fc.nat(),
          attendees: fc.array(fc.nat(), { maxLength: 4 }),
        }),
        { maxLength: 6 },
      ),
      dropOpportunities: fc.boolean(),
    })
    .map((v): Partnership => {
      const stakeholders = v.extraSponsor
        ? [
            ...v.stakeholders,
            {
              id: StakeholderId.parse('x-sponsor'),
              side: 'partner' as const,
              name: 'X',
              role: 'executive-sponsor' as const,
            },
          ]
        : v.stakeholders;
      const signer = stakeholders[0]?.id;
      return {
        ...base,
        partner: {
          ...base.partner,
          ...(v.profile === undefined ? {} : { motiveProfile: v.profile }),
        },
        charter: {
          ...charter,
          opportunities: v.dropOpportunities ? [] : charter.opportunities,
          objectives: charter.objectives.map((o, i) => {
            const { opportunity: _opportunity, weight: _weight, ...rest } = o;
            const weight = v.weights[i];
            return {
              ...rest,
              ...(v.dropOpportunities || o.opportunity === undefined
                ? {}
                : { opportunity: o.opportunity }),
              ...(weight === undefined ? {} : { weight: d(weight) }),
              contributions: v.contributions[i] ?? [],
              metric: { ...o.metric, motives: v.metricMotives[i] ?? [] },
            };
          }),
          stakeholders,
          reviewCadences: v.cadences,
          reviewsHeld:
            v.cadences.length === 0
              ? []
              : v.held.map((h) => ({
                  cadence: CadenceId.parse(v.cadences[h.cadence % v.cadences.length]?.id ?? 'qbr'),
                  date: h.date,
                  attendees: [
                    ...new Set(
                      stakeholders.length === 0
                        ? []
                        : h.attendees.map(
                            (n) => stakeholders[n % stakeholders.length]?.id ?? signer,
                          ),
                    ),
                  ].filter((id) => id !== undefined),
                })),
        },
        goals: base.goals.map((goal, i) => {
          const wanted = v.statuses[i] ?? 'agreed';
          const status = wanted === 'agreed' && signer === undefined ? 'proposed' : wanted;
          return {
            ...goal,
            provenance:
              status === 'agreed' && signer !== undefined
                ? { status, agreedBy: [signer], agreedOn: '2026-01-15' }
                : status === 'assigned'
                  ? { status, assignedBy: 'vendor' }
                  : { status: 'proposed', proposedBy: 'partner' },
          };
        }),
        commitments: v.commitments.map((c, i) => ({
          id: CommitmentId.parse(`c-${i}`),
          side: c.side,
          kind: 'enablement',
          period: base.commitments[0]?.period ?? {
            calendar: base.calendar.id,
            granularity: 'year',
            year: 2027,
            index: 1,
          },
          objectives: c.objectives,
          status: c.status,
        })),
        terms: { ...base.terms, resaleMargin: v.margin, benchmarkMargin: v.benchmark },
      };
    });
}
