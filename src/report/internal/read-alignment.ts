/**
 * Alignment scores as the report reads them: as `scoreAlignment` returns them (passed at once) or
 * as their JSON (read field by field for what the rows, charts and review show).
 *
 * @module
 */

import type { AlignmentScore } from '../../alignment/alignment-score.js';
import type { AlignmentComponentId, AlignmentGrade } from '../../alignment/alignment-settings.js';
import { checkOneOf } from '../../argument-checks.js';
import type { IssuePath } from '../../errors.js';
import { isTrusted } from '../../model/trusted.js';
import type { Decimal } from '../../money/to-decimal.js';
import { type FindingView, readFinding } from './read-findings.js';
import { readDate, readDecimal, readList, readRecord, readText, readTexts } from './read-values.js';

/** What the report reads of an alignment score. */
export interface AlignmentView {
  readonly scoringVersion: string;
  readonly partnership: string;
  readonly asOf: string;
  readonly score: Decimal;
  readonly display: string;
  readonly grade: AlignmentGrade;
  readonly gate: { readonly points: Decimal };
  readonly components: ReadonlyArray<{
    readonly id: AlignmentComponentId;
    readonly score: Decimal;
    readonly weight: Decimal;
    readonly points: Decimal;
    readonly reasons: ReadonlyArray<string>;
  }>;
  readonly motives: ReadonlyArray<{
    readonly motive: string;
    readonly label: string;
    readonly weight: Decimal;
    readonly coverage: Decimal;
    readonly points: Decimal;
    readonly objectives: ReadonlyArray<{ readonly objective: string }>;
    readonly commitments: ReadonlyArray<{ readonly commitment: string }>;
  }>;
  readonly findings: ReadonlyArray<FindingView>;
}

export const componentIds: ReadonlyArray<AlignmentComponentId> = [
  'motive-fit',
  'economics',
  'mutuality',
  'governance',
  'clarity',
];
const grades: ReadonlyArray<AlignmentGrade> = ['A', 'B', 'C', 'D', 'E'];

function ids(value: unknown, key: string, summary: string, path: IssuePath) {
  return readList(value, summary, path, `${key}s`).map((item, i) => {
    const entry = readRecord(item, summary, [...path, i], `a ${key} serving the motive`);
    return { [key]: readText(entry[key], summary, [...path, i, key], 100, 1) };
  });
}

/** An alignment score, as returned or as its JSON. */
export function readAlignment(
  value: unknown,
  summary: string,
  path: IssuePath = ['score'],
): AlignmentView {
  if (isTrusted(value)) return value as AlignmentScore;
  const s = readRecord(value, summary, path, 'an alignment score of scoreAlignment');
  const at = (...rest: Array<string | number>) => [...path, ...rest];
  const gate = readRecord(s['gate'], summary, at('gate'), 'the margin gate');
  return {
    scoringVersion: readText(s['scoringVersion'], summary, at('scoringVersion'), 20, 1),
    partnership: readText(s['partnership'], summary, at('partnership'), 100, 1),
    asOf: readDate(s['asOf'], summary, at('asOf')),
    score: readDecimal(s['score'], summary, at('score')),
    display: readText(s['display'], summary, at('display'), 10, 1),
    grade: checkOneOf(s['grade'], grades, summary, at('grade')),
    gate: { points: readDecimal(gate['points'], summary, at('gate', 'points')) },
    components: readList(s['components'], summary, at('components'), 'components').map((c, i) => {
      const component = readRecord(c, summary, at('components', i), 'a component');
      const here = (key: string) => at('components', i, key);
      return {
        id: checkOneOf(component['id'], componentIds, summary, here('id')),
        score: readDecimal(component['score'], summary, here('score')),
        weight: readDecimal(component['weight'], summary, here('weight')),
        points: readDecimal(component['points'], summary, here('points')),
        reasons: readTexts(component['reasons'], summary, here('reasons'), 'reasons'),
      };
    }),
    motives: readList(s['motives'], summary, at('motives'), 'motives').map((m, i) => {
      const motive = readRecord(m, summary, at('motives', i), 'a motive');
      const here = (key: string) => at('motives', i, key);
      return {
        motive: readText(motive['motive'], summary, here('motive'), 100, 1),
        label: readText(motive['label'], summary, here('label'), 200),
        weight: readDecimal(motive['weight'], summary, here('weight')),
        coverage: readDecimal(motive['coverage'], summary, here('coverage')),
        points: readDecimal(motive['points'], summary, here('points')),
        objectives: ids(motive['objectives'], 'objective', summary, here('objectives')) as never,
        commitments: ids(
          motive['commitments'],
          'commitment',
          summary,
          here('commitments'),
        ) as never,
      };
    }),
    findings: readList(s['findings'], summary, at('findings'), 'findings').map((f, i) =>
      readFinding(f, summary, at('findings', i)),
    ),
  };
}
