import type { AlignmentFindingCode } from '../../../alignment/alignment-finding.js';
import type { DiagnosisCode } from '../../diagnosis.js';
import type { CauseDetector } from './cause.js';
import { listed, mostSevere } from './cause.js';

/** A cause made of every alignment finding of one code, most severe first. */
function fromAlignment(
  code: DiagnosisCode,
  finding: AlignmentFindingCode,
  sentence: (count: number, messages: string) => string,
): CauseDetector {
  return ({ score }) => {
    const found = score.findings.filter((f) => f.code === finding);
    if (found.length === 0) return null;
    return {
      code,
      severity: mostSevere(found.map((f) => f.severity)),
      subjects: found.flatMap((f) => f.subjects),
      evidence: found.flatMap((f) => f.evidence),
      params: found.length === 1 ? (found[0]?.params ?? {}) : { count: found.length },
      message: sentence(found.length, listed(found.map((f) => f.message))),
      objectives: [],
    };
  };
}

/** `reviews-overdue`: reviews due by the as-of date and not held (critical for a strategic one). */
export const reviewsOverdue: CauseDetector = fromAlignment(
  'reviews-overdue',
  'review-overdue',
  (n, messages) => (n === 1 ? messages : `${n} reviews are overdue: ${messages}`),
);

/** `sponsor-missing`: a side without an executive sponsor. */
export const sponsorMissing: CauseDetector = fromAlignment(
  'sponsor-missing',
  'sponsor-missing',
  (_, messages) => messages,
);
