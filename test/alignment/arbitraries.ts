// Generators of valid partnerships for the alignment properties: variations of a base partnership
// (the tiny one, or a parsed sample) over everything the score reads.
import { fc } from '@fast-check/vitest';
import type { Partnership } from '../../src/alignment/internal/partnership.js';
import { CadenceId, CommitmentId, StakeholderId } from '../../src/model/ids.js';
import { builtInMotives, type MotiveId } from '../../src/model/motive.js';
import { toDecimal } from '../../src/money/to-decimal.js';

const d = toDecimal;
export const anyMotive: fc.Arbitrary<MotiveId> = fc.constantFrom<MotiveId>(
  ...builtInMotives,
  'custom:net-new-logos',
);
export const anyStrength = fc.constantFrom('weak', 'moderate', 'strong' as const);
/** A ratio with up to 3 decimals, from 0 to 1. */
export const anyRatio = fc.integer({ min: 0, max: 1000 }).map((n) => d(n).div(1000));
const anyDate = fc
  .integer({ min: 0, max: 5 * 365 })
  .map((n) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
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

export function variations(base: Partnership): fc.Arbitrary<Partnership> {
  const { charter } = base;
  const objectiveIds = charter.objectives.map((o) => o.id);
  return fc
    .record({
      margin: anyRatio,
      benchmark: anyRatio,
      profile: fc.option(anyProfile, { nil: undefined }),
      contributions: fc.array(
        fc.array(fc.record({ motive: anyMotive, strength: anyStrength }), { maxLength: 3 }),
        { minLength: objectiveIds.length, maxLength: objectiveIds.length },
      ),
      metricMotives: fc.array(fc.uniqueArray(anyMotive, { maxLength: 2 }), {
        minLength: objectiveIds.length,
        maxLength: objectiveIds.length,
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
        }),
        { maxLength: 4 },
      ),
      cadences: fc.subarray([...charter.reviewCadences]),
      held: fc.array(fc.record({ date: anyDate, cadence: fc.constantFrom('qbr', 'strategic') }), {
        maxLength: 6,
      }),
      dropOpportunities: fc.boolean(),
    })
    .map((v): Partnership => {
      const signer = charter.stakeholders[0]?.id ?? StakeholderId.parse('someone');
      return {
        ...base,
        partner: {
          ...base.partner,
          ...(v.profile === undefined ? {} : { motiveProfile: v.profile }),
        },
        charter: {
          ...charter,
          opportunities: v.dropOpportunities ? [] : charter.opportunities,
          objectives: charter.objectives.map((o, i) => ({
            ...o,
            ...(v.dropOpportunities ? { opportunity: undefined } : {}),
            contributions: v.contributions[i] ?? [],
            metric: { ...o.metric, motives: v.metricMotives[i] ?? [] },
          })),
          stakeholders: v.extraSponsor
            ? [
                ...v.stakeholders,
                {
                  id: StakeholderId.parse('x-sponsor'),
                  side: 'partner',
                  name: 'X',
                  role: 'executive-sponsor',
                },
              ]
            : v.stakeholders,
          reviewCadences: v.cadences,
          reviewsHeld: v.held.map((h) => ({
            cadence: CadenceId.parse(h.cadence),
            date: h.date,
            attendees: [],
          })),
        },
        goals: base.goals.map((goal, i) => {
          const status = v.statuses[i] ?? 'agreed';
          return {
            ...goal,
            provenance:
              status === 'agreed'
                ? { status, agreedBy: [signer], agreedOn: '2026-01-15' }
                : status === 'proposed'
                  ? { status, proposedBy: 'partner' }
                  : { status, assignedBy: 'vendor' },
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
          status: 'planned',
        })),
        terms: { ...base.terms, resaleMargin: v.margin, benchmarkMargin: v.benchmark },
      };
    });
}
