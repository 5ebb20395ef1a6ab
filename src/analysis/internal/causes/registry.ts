import type { DiagnosisCode } from '../../diagnosis.js';
import type { CauseDetector } from './cause.js';
import { commitmentsOverdue } from './commitment-causes.js';
import { capacityShortfall, marginBelowBenchmark, smallProfitShare } from './economics-causes.js';
import { reviewsOverdue, sponsorMissing } from './governance-causes.js';
import { topLeverUnserved, topMotivesUnserved } from './motive-causes.js';
import { goalsAbovePath, goalsAssigned } from './plan-causes.js';
import { actualsMissing, behindStraightLineOnly } from './progress-causes.js';

/**
 * The detector of each cause, in the order causes of the same severity are ranked: causes in the
 * plan itself first (what was asked, and how), then what the partner gets from it, then what
 * each side does, then data. Adding a cause is adding its detector here, its code to
 * `DiagnosisCode` and its row to `diagnosisRemedies`.
 */
export const detectors: ReadonlyArray<readonly [DiagnosisCode, CauseDetector]> = [
  ['goals-above-path', goalsAbovePath],
  ['goals-assigned', goalsAssigned],
  ['top-motives-unserved', topMotivesUnserved],
  ['top-lever-unserved', topLeverUnserved],
  ['margin-below-benchmark', marginBelowBenchmark],
  ['small-profit-share', smallProfitShare],
  ['capacity-shortfall', capacityShortfall],
  ['commitments-overdue', commitmentsOverdue],
  ['reviews-overdue', reviewsOverdue],
  ['sponsor-missing', sponsorMissing],
  ['actuals-missing', actualsMissing],
  ['behind-straight-line-only', behindStraightLineOnly],
];
