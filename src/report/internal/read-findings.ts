/**
 * Findings as the report reads them: the one `Finding` shape of every engine, as returned or as
 * JSON. Only what the rows and the review show is read.
 *
 * @module
 */
import { checkOneOf } from '../../argument-checks.js';
import type { IssuePath } from '../../errors.js';
import {
  type Finding,
  type FindingEvidence,
  type FindingSubject,
  findingSeverities,
} from '../../model/finding.js';
import { isTrusted } from '../../model/trusted.js';
import { readList, readRecord, readText } from './read-values.js';

/** What the report reads of a finding. */
export type FindingView = Pick<Finding, 'code' | 'severity' | 'subjects' | 'evidence' | 'message'>;

function readEvidence(value: unknown, summary: string, path: IssuePath): FindingEvidence {
  const evidence = readRecord(value, summary, path, 'a piece of evidence');
  const label = readText(evidence['label'], summary, [...path, 'label']);
  const text = readText(evidence['value'], summary, [...path, 'value']);
  const where = evidence['path'];
  if (where === undefined) return { label, value: text };
  const segments = readList(where, summary, [...path, 'path'], 'path segments').map((s, i) =>
    typeof s === 'number' && Number.isInteger(s) && s >= 0
      ? s
      : readText(s, summary, [...path, 'path', i], 200),
  );
  return { label, value: text, path: segments };
}

/** One finding. */
export function readFinding(value: unknown, summary: string, path: IssuePath): FindingView {
  const finding = readRecord(value, summary, path, 'a finding');
  const at = (...rest: Array<string | number>) => [...path, ...rest];
  return {
    code: readText(finding['code'], summary, at('code'), 100, 1),
    severity: checkOneOf(finding['severity'], findingSeverities, summary, at('severity')),
    subjects: readList(finding['subjects'], summary, at('subjects'), 'subjects').map((s, i) => {
      const subject = readRecord(s, summary, at('subjects', i), 'a subject');
      const kind = readText(subject['kind'], summary, at('subjects', i, 'kind'), 40, 1);
      return (
        subject['id'] === undefined
          ? { kind }
          : { kind, id: readText(subject['id'], summary, at('subjects', i, 'id'), 200) }
      ) as FindingSubject;
    }),
    evidence: readList(finding['evidence'], summary, at('evidence'), 'evidence').map((e, i) =>
      readEvidence(e, summary, at('evidence', i)),
    ),
    message: readText(finding['message'], summary, at('message')),
  };
}

/** A list of findings. */
export function readFindings(
  value: unknown,
  summary: string,
  path: IssuePath,
): ReadonlyArray<FindingView> {
  if (isTrusted(value)) return value as ReadonlyArray<Finding>;
  return readList(value, summary, path, 'findings').map((item, i) =>
    readFinding(item, summary, [...path, i]),
  );
}
