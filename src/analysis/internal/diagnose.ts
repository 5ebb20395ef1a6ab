/**
 * The diagnosis of a partnership: where it stands, its causes ranked (the most severe first, then
 * in the order of the detectors), their remedies among the analysis's improvements, and a summary.
 *
 * @module
 */
import { type FindingSeverity, findingSeverities } from '../../model/finding.js';
import { formatTrimmed } from '../../money/decimal-arithmetic.js';
import { toDecimal } from '../../money/to-decimal.js';
import type { AnalysisImprovement } from '../analysis-improvement.js';
import type {
  Diagnosis,
  DiagnosisCause,
  DiagnosisCode,
  DiagnosisRemedy,
  DiagnosisStatus,
} from '../diagnosis.js';
import { diagnosisRemedies } from '../diagnosis-remedies.js';
import type { ObjectiveAnalysis } from '../objective-analysis.js';
import type { DiagnosisContext } from './causes/cause.js';
import { detectors } from './causes/registry.js';

const severityRank = new Map<FindingSeverity, number>(
  findingSeverities.map((severity, index) => [severity, index]),
);
const NOT_STARTED = 'not-started';

/** Where the partnership stands: behind, unknown, on plan or not started (see `DiagnosisStatus`). */
export function statusOf(objectives: ReadonlyArray<ObjectiveAnalysis>): DiagnosisStatus {
  const statuses = objectives.map((objective) => objective.progress.status);
  if (statuses.some((status) => status === 'at-risk' || status === 'off-track')) return 'behind';
  if (statuses.some((status) => status === 'unknown')) return 'unknown';
  if (statuses.every((status) => status === NOT_STARTED)) return 'not-started';
  return 'on-plan';
}

function summaryOf(
  status: DiagnosisStatus,
  asOf: string,
  behind: Diagnosis['behind'],
  causes: ReadonlyArray<DiagnosisCause>,
  objectives: number,
): string {
  const first = causes[0];
  const looksBehind = causes.find((cause) => cause.code === 'behind-straight-line-only');
  switch (status) {
    case 'behind': {
      const list = behind
        .map(
          (item) =>
            `${item.objective} ${item.status}${item.pace === null ? '' : `, pace ${formatTrimmed(toDecimal(item.pace))}`}`,
        )
        .join('; ');
      const n = behind.length;
      return `Behind as of ${asOf}: ${n} of ${objectives} objective${objectives === 1 ? '' : 's'} ${n === 1 ? 'is' : 'are'} at risk or off track (${list}).${first === undefined ? ' No cause found in the plan, the economics or the governance.' : ` First cause: ${first.message}.`}`;
    }
    case 'unknown':
      return `Cannot tell as of ${asOf}: no objective is behind, but actuals the plan expects are missing.${first === undefined ? '' : ` First cause: ${first.message}.`}`;
    case 'not-started':
      return `Not started as of ${asOf}: no objective's horizon has begun.${first === undefined ? '' : ` Largest risk ahead: ${first.message}.`}`;
    case 'on-plan': {
      const risk = causes.find((cause) => cause.code !== 'behind-straight-line-only');
      return `On plan as of ${asOf}: every objective is on track, ahead or achieved.${looksBehind === undefined ? '' : ` ${looksBehind.message}.`}${risk === undefined ? ' Nothing stands in the way.' : ` Largest risk ahead: ${risk.message}.`}`;
    }
  }
}

/** The diagnosis, without remedies (see {@link withRemedies}). */
export function diagnose(context: DiagnosisContext): Diagnosis {
  const { objectives } = context;
  const status = statusOf(objectives);
  const explaining = status === 'behind' || status === 'unknown';
  const drafts = detectors
    .map(([, detect], order) => ({ draft: detect(context), order }))
    .flatMap(({ draft, order }) => (draft === null ? [] : [{ draft, order }]))
    .sort(
      (a, b) =>
        (severityRank.get(a.draft.severity) ?? 0) - (severityRank.get(b.draft.severity) ?? 0) ||
        a.order - b.order,
    );
  const causes = drafts.map(
    ({ draft }): DiagnosisCause => ({
      code: draft.code,
      severity: explaining ? draft.severity : 'info',
      subjects: draft.subjects,
      evidence: draft.evidence,
      params: draft.params,
      message: draft.message,
      objectives: draft.objectives,
      remedy: null,
    }),
  );
  const behind = objectives.flatMap((objective) => {
    const s = objective.progress.status;
    return s === 'at-risk' || s === 'off-track'
      ? [
          {
            objective: objective.objective,
            status: s,
            pace: objective.progress.pace,
            gap: objective.progress.gap,
          },
        ]
      : [];
  });
  const risk = causes.find((cause) => cause.code !== 'behind-straight-line-only');
  return {
    status,
    summary: summaryOf(status, context.settings.asOf, behind, causes, objectives.length),
    behind,
    causes,
    largestRisk: explaining ? null : (risk?.code ?? null),
  };
}

/** The motives a cause names, for matching `serve-motive` improvements. */
function motivesOf(cause: DiagnosisCause): ReadonlySet<string> {
  return new Set(
    cause.subjects.flatMap((subject) =>
      subject.kind === 'motive' && subject.id !== undefined ? [subject.id] : [],
    ),
  );
}

/** Whether an improvement answers a cause: its kind is a remedy of the code, and it serves a motive the cause names. */
function answers(cause: DiagnosisCause, improvement: AnalysisImprovement): boolean {
  if (!diagnosisRemedies[cause.code].includes(improvement.kind)) return false;
  if (improvement.kind !== 'serve-motive') return true;
  const motives = motivesOf(cause);
  return motives.size === 0 || motives.has(improvement.subject);
}

/**
 * Each cause with its remedy (the best improvement that answers it: improvements come best
 * first), and each improvement with the causes it answers.
 */
export function withRemedies(
  diagnosis: Diagnosis,
  improvements: ReadonlyArray<Omit<AnalysisImprovement, 'remedies'>> | null,
): {
  readonly diagnosis: Diagnosis;
  readonly improvements: ReadonlyArray<AnalysisImprovement> | null;
} {
  if (improvements === null) return { diagnosis, improvements };
  const listed = improvements.map((improvement) => ({
    ...improvement,
    remedies: [] as DiagnosisCode[],
  }));
  const causes = diagnosis.causes.map((cause) => {
    let remedy: DiagnosisRemedy | null = null;
    listed.forEach((improvement, index) => {
      if (!answers(cause, improvement)) return;
      improvement.remedies.push(cause.code);
      remedy ??= {
        improvement: index,
        kind: improvement.kind,
        subject: improvement.subject,
        description: improvement.description,
        score: improvement.score,
        gain: improvement.gain,
      };
    });
    return { ...cause, remedy };
  });
  return { diagnosis: { ...diagnosis, causes }, improvements: listed };
}
