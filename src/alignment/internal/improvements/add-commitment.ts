import { formatPeriodKeyUnchecked as formatPeriodKey } from '../../../calendar/format-period-key.js';
import { periodOf } from '../../../calendar/period-of.js';
import { dayNumberUnchecked } from '../../../calendar/unchecked-days.js';
import type { Commitment } from '../../../model/commitment.js';
import type { Side } from '../../../model/side.js';
import { type Candidate, type CandidateBuilder, uniqueId } from './candidate.js';

const kinds = { vendor: 'enablement', partner: 'resourcing' } as const satisfies Record<
  Side,
  Commitment['kind']
>;
/** The commitment of each side with its article, for the description. */
const described = { vendor: 'an enablement', partner: 'a resourcing' } as const satisfies Record<
  Side,
  string
>;

/**
 * `add-commitment`: a planned commitment from each side that has none (enablement from the
 * vendor, resourcing from the partner), for the fiscal year of `asOf` (or the nearest year of the
 * objective's horizon), tied to the objective serving the partner's heaviest motive.
 */
export const addCommitment: CandidateBuilder = (context, findings) => {
  const { partnership, current, asOf } = context;
  const { objectives } = partnership.charter;
  const best = current.motives.find((m) => m.objectives.length > 0)?.objectives[0]?.objective;
  const objective = objectives.find((o) => o.id === best) ?? objectives[0];
  if (objective === undefined) return [];
  const sides = new Map<Side, Candidate['addresses'][number][]>();
  for (const finding of findings) {
    const missing: ReadonlyArray<Side> =
      finding.code === 'no-commitments'
        ? ['vendor', 'partner']
        : finding.params['side'] === 'vendor' || finding.params['side'] === 'partner'
          ? [finding.params['side']]
          : [];
    for (const side of missing) sides.set(side, [...(sides.get(side) ?? []), finding.code]);
  }
  const day = Math.min(
    Math.max(dayNumberUnchecked(asOf), dayNumberUnchecked(objective.horizon.start)),
    dayNumberUnchecked(objective.horizon.end),
  );
  const date =
    [asOf, objective.horizon.start, objective.horizon.end].find(
      (d) => dayNumberUnchecked(d) === day,
    ) ?? asOf;
  const period = formatPeriodKey(periodOf(partnership.calendar, date, 'year'));
  const taken = partnership.commitments.map((c) => c.id);
  return (['vendor', 'partner'] as const)
    .filter((side) => sides.has(side))
    .map((side): Candidate => {
      const id = uniqueId(`c-${side}`, taken);
      return {
        kind: 'add-commitment',
        subject: side,
        addresses: [...new Set(sides.get(side))],
        description: `Agree ${described[side]} commitment from the ${side} toward ${objective.id}`,
        changes: [
          `commitments: add ${id} (${side}, ${kinds[side]}, planned, tied to ${objective.id})`,
        ],
        patch: [
          {
            op: 'add',
            path: '/commitments/-',
            value: {
              id,
              side,
              kind: kinds[side],
              description: 'To be defined together',
              period,
              objectives: [objective.id],
              status: 'planned',
            },
          },
        ],
      };
    });
};
