import type { IsoDate } from '../../../calendar/iso-date.js';
import type { Partnership, PartnershipJson } from '../../../model/partnership.js';
import type { AlignmentFinding, AlignmentFindingCode } from '../../alignment-finding.js';
import type { AlignmentScore } from '../../alignment-score.js';
import type { ImprovementKind, JsonPatchOperation, JsonValue } from '../../improvement.js';

/** What a builder of candidate changes reads: the partnership, its JSON, its current score. */
export interface ImprovementContext {
  readonly partnership: Partnership;
  readonly document: PartnershipJson;
  readonly current: AlignmentScore;
  readonly asOf: IsoDate;
  /** How many of the least-served motives to try to serve. */
  readonly motives: number;
}

/** A change to try: what it is, the findings it answers, and its JSON Patch. */
export interface Candidate {
  readonly kind: ImprovementKind;
  readonly subject: string;
  readonly addresses: ReadonlyArray<AlignmentFindingCode>;
  readonly description: string;
  readonly changes: ReadonlyArray<string>;
  readonly patch: ReadonlyArray<JsonPatchOperation>;
}

/**
 * Builds the candidates of one improvement kind from the findings whose remedy it is (see
 * `alignmentRemedies`); `serve-motive` is also called without findings, to serve the least-served
 * motives.
 */
export type CandidateBuilder = (
  context: ImprovementContext,
  findings: ReadonlyArray<AlignmentFinding>,
) => ReadonlyArray<Candidate>;

/** `base`, or `base-2`, `base-3`... the first that no id in `taken` uses. */
export function uniqueId(base: string, taken: ReadonlyArray<string>): string {
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}

/** The codes of some findings, once each, in order. */
export function codesOf(
  findings: ReadonlyArray<AlignmentFinding>,
): ReadonlyArray<AlignmentFindingCode> {
  return [...new Set(findings.map((finding) => finding.code))];
}

/** The document index in an evidence path such as `['goals', 3, 'provenance', 'status']`. */
export function indexIn(finding: AlignmentFinding, list: string): ReadonlyArray<number> {
  return finding.evidence.flatMap((evidence) => {
    const [head, index] = evidence.path ?? [];
    return head === list && typeof index === 'number' ? [index] : [];
  });
}

/** A value of the document's JSON form, typed as the patch's JSON. */
export function asJson(value: object): JsonValue {
  return value as JsonValue;
}

/** Who stands for each side: its executive sponsor, or its first stakeholder when it has none. */
export function representatives(document: PartnershipJson): ReadonlyArray<string> {
  return (['vendor', 'partner'] as const).flatMap((side) => {
    const people = document.charter.stakeholders.filter((p) => p.side === side);
    const person = people.find((p) => p.role === 'executive-sponsor') ?? people[0];
    return person === undefined ? [] : [person.id];
  });
}
