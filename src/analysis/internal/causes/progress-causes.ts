import type { FindingEvidence, FindingSeverity } from '../../../model/finding.js';
import type { ObjectiveId } from '../../../model/ids.js';
import type { CauseDetector } from './cause.js';
import { listed, mostSevere } from './cause.js';

/** `actuals-missing`: completed periods of the plan without an actual (missing data). */
export const actualsMissing: CauseDetector = ({ objectives }) => {
  const evidence: FindingEvidence[] = [];
  const touched: ObjectiveId[] = [];
  const lines: string[] = [];
  const severities: FindingSeverity[] = [];
  for (const objective of objectives) {
    const found = objective.progress.findings.filter((f) => f.code === 'actuals-missing');
    if (found.length === 0) continue;
    touched.push(objective.objective);
    severities.push(...found.map((f) => f.severity));
    evidence.push(...found.flatMap((f) => f.evidence));
    lines.push(`${objective.objective} (${objective.progress.missingActuals.join(', ')})`);
  }
  if (touched.length === 0) return null;
  const periods = objectives.reduce((n, o) => n + o.progress.missingActuals.length, 0);
  return {
    code: 'actuals-missing',
    severity: mostSevere(severities),
    subjects: touched.map((id) => ({ kind: 'objective', id })),
    evidence,
    params: { objectives: touched.length, periods },
    message: `No actuals where the plan expects them: ${listed(lines)}`,
    objectives: touched,
  };
};

/**
 * `behind-straight-line-only`: objectives on pace against their plan's own shape and behind a
 * straight line to the target: the partner only looks behind.
 */
export const behindStraightLineOnly: CauseDetector = ({ objectives }) => {
  const found = objectives.filter((objective) =>
    objective.progress.findings.some((f) => f.code === 'behind-straight-line-only'),
  );
  if (found.length === 0) return null;
  return {
    code: 'behind-straight-line-only',
    severity: 'info',
    subjects: found.map((objective) => ({ kind: 'objective', id: objective.objective })),
    evidence: found.flatMap((objective) => [
      {
        label: `Pace of ${objective.objective} against its plan`,
        value: objective.progress.pace ?? 'n/a',
      },
      {
        label: `Pace of ${objective.objective} against a straight line`,
        value: objective.progress.straightLine.pace ?? 'n/a',
      },
    ]),
    params: { objectives: found.length },
    message: `${listed(found.map((objective) => objective.objective))} ${found.length === 1 ? 'is' : 'are'} on plan, and only look${found.length === 1 ? 's' : ''} behind against a straight line to the target: the plan expects more later in the horizon`,
    objectives: found.map((objective) => objective.objective),
  };
};
