/**
 * The bounds of a partnership document, so that no document can make parsing slow or large:
 * lengths of texts, lengths of lists, the span of horizons and the years of dates. A document past
 * a bound is refused with a `too-big` (or `too-small`) issue that names the bound; a list far too
 * long is refused before any of its items is read. Decimals have the bounds of `DecimalString`
 * (digits, decimal places, exponent), and the issues a `ValidationError` carries are bounded by
 * `validationLimits`. Each bound is far above what a real partnership needs.
 *
 * | bound | value |
 * | --- | --- |
 * | `text.id` | characters of an id, a calendar id or a custom motive |
 * | `text.name` | characters of a name, title, tier, region or segment |
 * | `text.long` | characters of a purpose or description |
 * | `text.unit` | characters of a quantity's unit |
 * | `lists.*` | items of each list of the document (objectives, goals, actuals...) |
 * | `horizonYears` | years a horizon may span: its end lies before the same day that many years after its start |
 * | `firstYear`, `lastYear` | the years of dates (so that every date lies in a fiscal year a calendar can lay out) |
 *
 * @example
 * ```ts
 * import { documentLimits } from 'partner-alignment';
 * documentLimits.lists.goals //=> 10000
 * documentLimits.horizonYears //=> 20
 * ```
 * @category Model
 */
export const documentLimits: {
  readonly text: {
    readonly id: number;
    readonly name: number;
    readonly long: number;
    readonly unit: number;
  };
  readonly lists: {
    readonly archetypes: number;
    readonly motiveWeights: number;
    readonly opportunities: number;
    readonly objectives: number;
    readonly motives: number;
    readonly contributions: number;
    readonly customWeights: number;
    readonly stakeholders: number;
    readonly reviewCadences: number;
    readonly reviewsHeld: number;
    readonly attendees: number;
    readonly goals: number;
    readonly agreedBy: number;
    readonly commitments: number;
    readonly commitmentObjectives: number;
    readonly funds: number;
    readonly actuals: number;
  };
  readonly horizonYears: number;
  readonly firstYear: number;
  readonly lastYear: number;
} = Object.freeze({
  text: Object.freeze({ id: 100, name: 200, long: 2000, unit: 50 }),
  lists: Object.freeze({
    archetypes: 6,
    motiveWeights: 50,
    opportunities: 50,
    objectives: 200,
    motives: 20,
    contributions: 20,
    // One weight per week of the longest horizon: 20 years of at most 53 weeks.
    customWeights: 1060,
    stakeholders: 200,
    reviewCadences: 20,
    reviewsHeld: 1000,
    attendees: 200,
    goals: 10_000,
    agreedBy: 50,
    commitments: 1000,
    commitmentObjectives: 200,
    funds: 500,
    actuals: 10_000,
  }),
  horizonYears: 20,
  // Every day of 1901 to 2199 lies in a fiscal year from 1900 to 2200, whatever the calendar.
  firstYear: 1901,
  lastYear: 2199,
});
