/**
 * Improvements as the report reads them: as `rankImprovements` returns them or as their JSON
 * (the changed partnership each carries is not read).
 *
 * @module
 */

import type { AlignmentGrade } from '../../alignment/alignment-settings.js';
import type { ImprovementKind } from '../../alignment/improvement.js';
import { checkOneOf } from '../../argument-checks.js';
import type { IssuePath } from '../../errors.js';
import type { Decimal } from '../../money/to-decimal.js';
import { readDecimal, readList, readRecord, readText, readTexts } from './read-values.js';

/** What the report reads of an improvement. */
export interface ImprovementView {
  readonly kind: ImprovementKind;
  readonly subject: string;
  readonly addresses: ReadonlyArray<string>;
  readonly description: string;
  readonly changes: ReadonlyArray<string>;
  readonly score: Decimal;
  readonly grade: AlignmentGrade;
  readonly delta: Decimal;
}

const kinds: ReadonlyArray<ImprovementKind> = [
  'serve-motive',
  'agree-assigned-goals',
  'agree-proposed-goals',
  'hold-overdue-reviews',
  'add-strategic-review',
  'raise-margin',
  'name-sponsor',
  'add-commitment',
];
const grades: ReadonlyArray<AlignmentGrade> = ['A', 'B', 'C', 'D', 'E'];

/** A list of improvements, as returned or as JSON. */
export function readImprovements(
  value: unknown,
  summary: string,
  path: IssuePath = ['improvements'],
): ReadonlyArray<ImprovementView> {
  return readList(value, summary, path, 'improvements').map((item, i) => {
    const improvement = readRecord(item, summary, [...path, i], 'an improvement');
    const at = (key: string) => [...path, i, key];
    return {
      kind: checkOneOf(improvement['kind'], kinds, summary, at('kind')),
      subject: readText(improvement['subject'], summary, at('subject'), 200),
      addresses: readTexts(improvement['addresses'], summary, at('addresses'), 'finding codes'),
      description: readText(improvement['description'], summary, at('description')),
      changes: readTexts(improvement['changes'], summary, at('changes'), 'changes'),
      score: readDecimal(improvement['score'], summary, at('score')),
      grade: checkOneOf(improvement['grade'], grades, summary, at('grade')),
      delta: readDecimal(improvement['delta'], summary, at('delta')),
    };
  });
}
