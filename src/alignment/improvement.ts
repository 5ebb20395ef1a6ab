import type { Partnership } from '../model/partnership.js';
import type { Decimal } from '../money/to-decimal.js';
import type { AlignmentFindingCode } from './alignment-finding.js';
import type { AlignmentGrade } from './alignment-settings.js';

/**
 * The kinds of change {@link rankImprovements} tries.
 *
 * @example
 * ```ts
 * import type { ImprovementKind } from 'partner-alignment';
 * const kind: ImprovementKind = 'agree-assigned-goals';
 * kind //=> 'agree-assigned-goals'
 * ```
 * @category Alignment
 */
export type ImprovementKind =
  | 'serve-motive'
  | 'agree-assigned-goals'
  | 'agree-proposed-goals'
  | 'hold-overdue-reviews'
  | 'add-strategic-review'
  | 'raise-margin'
  | 'name-sponsor'
  | 'add-commitment';

/**
 * A JSON value, as `JSON.parse` returns it.
 *
 * @example
 * ```ts
 * import type { JsonValue } from 'partner-alignment';
 * const value: JsonValue = { status: 'agreed', agreedBy: ['s-pam'] };
 * Object.keys(value) //=> ['status', 'agreedBy']
 * ```
 * @category Alignment
 */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | ReadonlyArray<JsonValue>
  | { readonly [key: string]: JsonValue };

/**
 * One operation of an RFC 6902 JSON Patch, as {@link rankImprovements} writes them: `add` (a new
 * item at the end of a list, with the path ending in `/-`) or `replace` (a value already there).
 * Paths are JSON Pointers (RFC 6901) into the partnership's JSON document.
 *
 * @example
 * ```ts
 * import type { JsonPatchOperation } from 'partner-alignment';
 * const operation: JsonPatchOperation = { op: 'replace', path: '/terms/resaleMargin', value: '0.15' };
 * operation.path //=> '/terms/resaleMargin'
 * ```
 * @category Alignment
 */
export interface JsonPatchOperation {
  /** `add` or `replace`. */
  readonly op: 'add' | 'replace';
  /** A JSON Pointer into the document: `/goals/3/provenance`, `/charter/objectives/-`. */
  readonly path: string;
  /** The value added or put in place, in the document's JSON form. */
  readonly value: JsonValue;
}

/**
 * A concrete change to a partnership and the score it reaches, found by re-scoring the changed
 * partnership. `patch` is the change as an RFC 6902 JSON Patch against the partnership's JSON
 * document (`encodePartnership` of the input): applied with any JSON Patch library, it gives the
 * JSON of `partnership`, which scores exactly `score` with the same options.
 *
 * @example
 * ```ts
 * import { parsePartnership, rankImprovements, samples } from 'partner-alignment';
 * const [best] = rankImprovements(parsePartnership(samples.northwindAdvisory), { asOf: '2026-11-27' });
 * [best?.kind, best?.subject, best?.patch[0]?.path] //=> ['serve-motive', 'retention', '/charter/objectives/-']
 * ```
 * @category Alignment
 */
export interface Improvement {
  /** What kind of change. */
  readonly kind: ImprovementKind;
  /** What it is about: a motive id, a side, a cadence... or the partnership. */
  readonly subject: string;
  /** The findings of the current score this change is a remedy for (see {@link alignmentRemedies}). */
  readonly addresses: ReadonlyArray<AlignmentFindingCode>;
  /** The change in one sentence. */
  readonly description: string;
  /** Exactly what was changed, one line per edit, with the paths of the document. */
  readonly changes: ReadonlyArray<string>;
  /** The change as JSON Patch operations on the partnership's JSON document. */
  readonly patch: ReadonlyArray<JsonPatchOperation>;
  /** The score the changed partnership reaches. */
  readonly score: Decimal;
  /** Its grade. */
  readonly grade: AlignmentGrade;
  /** `score − the current score`: always positive. */
  readonly delta: Decimal;
  /** The changed partnership, parsed from the patched document: it shares nothing with the input. */
  readonly partnership: Partnership;
}
