import { formatPeriodKeyUnchecked as formatPeriodKey } from '../../../calendar/format-period-key.js';
import { periodsBetween } from '../../../calendar/periods-between.js';
import { dayNumberUnchecked, isoDateUnchecked } from '../../../calendar/unchecked-days.js';
import type { JsonPatchOperation } from '../../improvement.js';
import { type CandidateBuilder, codesOf, representatives, uniqueId } from './candidate.js';

const DUE_WITHIN_DAYS = 45;

/**
 * `add-strategic-review`: a yearly strategic review cadence (due within 45 days of the fiscal
 * year's end), with the reviews already due by `asOf` recorded as held on time by both sides'
 * representatives.
 */
export const addStrategicReview: CandidateBuilder = (context, findings) => {
  const { partnership, document, asOf } = context;
  const id = uniqueId(
    'strategic-review',
    document.charter.reviewCadences.map((c) => c.id),
  );
  const attendees = representatives(document);
  const asOfDay = dayNumberUnchecked(asOf);
  const passed = periodsBetween(
    partnership.calendar,
    document.charter.horizon.start,
    document.charter.horizon.end,
    'year',
  )
    .map((span) => ({
      key: formatPeriodKey(span.period),
      due: dayNumberUnchecked(span.end) + DUE_WITHIN_DAYS,
    }))
    .filter((slot) => slot.due < asOfDay)
    .map((slot) => ({ key: slot.key, due: isoDateUnchecked(slot.due) }));
  const cadence = {
    id,
    kind: 'strategic',
    name: 'Yearly strategic review',
    frequency: 'yearly',
    dueWithinDays: DUE_WITHIN_DAYS,
  };
  const patch: JsonPatchOperation[] = [
    { op: 'add', path: '/charter/reviewCadences/-', value: cadence },
    ...passed.map(
      (slot): JsonPatchOperation => ({
        op: 'add',
        path: '/charter/reviewsHeld/-',
        value: { cadence: id, date: slot.due, attendees },
      }),
    ),
  ];
  return [
    {
      kind: 'add-strategic-review',
      subject: id,
      addresses: codesOf(findings),
      description: 'Add a yearly strategic review with both executive sponsors',
      changes: [
        `charter.reviewCadences: add ${id} (strategic, yearly, due within ${DUE_WITHIN_DAYS} days)`,
        ...passed.map(
          (slot) => `charter.reviewsHeld: add ${id} of ${slot.key} held on ${slot.due}`,
        ),
      ],
      patch,
    },
  ];
};
