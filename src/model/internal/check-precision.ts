import { type Decimal, toDecimal } from '../../money/to-decimal.js';
import { type Metric, metricPrecision } from '../metric.js';
import { type CheckContext, itemsAt } from './check-context.js';
import type { DocumentIds } from './check-references.js';
import type { Path } from './document-issue.js';
import { decimalsText } from './document-money.js';

/** The largest value of a metric whose units of `10^-places` an engine can count exactly. */
const largestByPlaces: ReadonlyArray<Decimal> = Array.from({ length: 7 }, (_, places) =>
  toDecimal(`${Number.MAX_SAFE_INTEGER}e-${places}`),
);
const largest = (places: number): Decimal =>
  largestByPlaces[places] ?? toDecimal(`${Number.MAX_SAFE_INTEGER}e-${places}`);

/** The precision of an objective's metric, when its unit and precision passed validation. */
function precisionOf(check: CheckContext, index: number, metric: Metric): number | undefined {
  if (check.none) return metricPrecision(metric);
  const path = ['charter', 'objectives', index, 'metric'];
  if (!check.clean([...path, 'unit']) || !check.clean([...path, 'precision'])) return undefined;
  return metricPrecision(metric);
}

/** What sets the precision: "the metric", "USD", "counts"... */
function why(metric: Metric): string {
  if (metric.precision !== undefined) return 'the metric';
  const unit = metric.unit;
  return unit.kind === 'money' ? unit.currency : `${unit.kind === 'hours' ? 'hour' : unit.kind}s`;
}

/** Reports a value of a metric finer than its precision, or too large to count in its units. */
function checkValue(
  check: CheckContext,
  path: Path,
  value: Decimal,
  places: number,
  metric: Metric,
): void {
  if (!check.none && !check.clean(path)) return;
  const decimals = value.decimalPlaces();
  // |value| < 10^(e + 1), so a value with e + places < 15 has fewer than 10^15 units: exact.
  if (decimals <= places && value.e + places < 15) return;
  if (decimals > places) {
    check.report({
      code: 'too-precise',
      path,
      message: `Too precise: ${decimals} decimal${decimals === 1 ? '' : 's'} where ${why(metric)} ${metric.precision === undefined && metric.unit.kind !== 'money' ? 'allow' : 'allows'} ${places}`,
      received: JSON.stringify(value.toFixed()),
      expected: `a value with ${decimalsText(places)}`,
      params: { places, decimals },
    });
  } else if (value.abs().gt(largest(places))) {
    check.report({
      code: 'too-big',
      path,
      message: `The value is too large to plan with ${decimalsText(places)}`,
      received: JSON.stringify(value.toFixed()),
      expected: `at most ${largest(places).toFixed()} in absolute value`,
      params: { maximum: largest(places).toFixed(), places },
    });
  }
}

/**
 * Every value of a metric (an objective's baseline and target, the targets of its goals and the
 * values of its actuals) has at most the metric's decimals, as the engines require: a target of
 * "2000000.005" in USD is refused here instead of failing a cascade later.
 */
export function checkPrecision(check: CheckContext, ids: DocumentIds): void {
  const { charter, goals, actuals } = check.document;
  const places = new Map<string, { readonly places: number; readonly metric: Metric }>();
  if (check.intact(['charter'])) {
    for (const [i, objective] of itemsAt(check, ['charter', 'objectives'], charter.objectives)) {
      const precision = precisionOf(check, i, objective.metric);
      if (precision === undefined) continue;
      const path = ['charter', 'objectives', i];
      checkValue(check, [...path, 'baseline'], objective.baseline, precision, objective.metric);
      checkValue(check, [...path, 'target'], objective.target, precision, objective.metric);
      const known = ids.objectives.byId.get(objective.id);
      if (known?.index === i)
        places.set(objective.id, { places: precision, metric: objective.metric });
    }
  }
  const steps = [
    ['goals', goals, 'target'],
    ['actuals', actuals, 'value'],
  ] as const;
  for (const [key, list, field] of steps) {
    for (const [i, step] of itemsAt(check, [key], list as ReadonlyArray<{ objective: string }>)) {
      if (!check.none && !check.clean([key, i, 'objective'])) continue;
      const metric = places.get(step.objective);
      const value = (step as unknown as Record<string, Decimal>)[field] as Decimal;
      if (metric !== undefined)
        checkValue(check, [key, i, field], value, metric.places, metric.metric);
    }
  }
}
