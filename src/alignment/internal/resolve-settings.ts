import type { IssuePath } from '../../errors.js';
import type { Commitment } from '../../model/commitment.js';
import type { MotiveId } from '../../model/motive.js';
import type { Archetype } from '../../model/partner.js';
import type { Decimal } from '../../money/to-decimal.js';
import type {
  AlignmentComponentId,
  AlignmentGrade,
  AlignmentSettings,
  ContributionStrength,
} from '../alignment-settings.js';
import { readSettings } from './read-settings.js';

type Decimals<T> = { readonly [K in keyof T]: T[K] extends string ? Decimal : T[K] };

/** The settings with every decimal string read as a Decimal, checked once. */
export interface ResolvedSettings {
  readonly profiles: Readonly<Record<Archetype, ReadonlyArray<readonly [MotiveId, Decimal]>>>;
  readonly strengthCoverage: Readonly<Record<ContributionStrength, Decimal>>;
  readonly derivedStrength: ContributionStrength;
  readonly objectiveWeights: AlignmentSettings['objectiveWeights'];
  readonly commitmentFactor: Decimal;
  readonly commitmentStatusCredit: Readonly<Record<Commitment['status'], Decimal>>;
  readonly componentWeights: Readonly<Record<AlignmentComponentId, Decimal>>;
  readonly economics: Decimals<AlignmentSettings['economics']>;
  readonly mutuality: Decimals<AlignmentSettings['mutuality']>;
  readonly governance: Decimals<AlignmentSettings['governance']>;
  readonly clarity: Decimals<AlignmentSettings['clarity']>;
  readonly grades: ReadonlyArray<{ readonly grade: AlignmentGrade; readonly min: Decimal }>;
  readonly unservedMotiveWeight: Decimal;
}

// Private, invisible caches (CONTRIBUTING: allowed exceptions). Reading the settings makes about a
// hundred Decimals and checks every one; scoring a portfolio with the same settings would repeat
// that for every partnership. The defaults are frozen, so they are read once. Overrides are read
// once per override object, and the entry is used only while the object still writes out the
// same JSON as when it was read: an override changed in place is read again, so a cache hit never
// changes a result. An object that cannot be written out (a BigInt inside) is never cached.
let defaults: ResolvedSettings | undefined;
const byOverrides = new WeakMap<
  object,
  { readonly json: string; readonly settings: ResolvedSettings }
>();

function fingerprint(overrides: object): string | undefined {
  try {
    return JSON.stringify(overrides);
  } catch {
    return undefined;
  }
}

/**
 * The settings of a call: the defaults merged with the overrides, every value checked and read.
 *
 * @throws {ValidationError} listing every problem of the overrides, with paths under `path`
 */
export function resolveSettings(
  overrides: unknown,
  summary: string,
  path: IssuePath,
): ResolvedSettings {
  if (overrides === undefined) {
    defaults ??= readSettings(undefined, summary, path);
    return defaults;
  }
  if (typeof overrides !== 'object' || overrides === null) {
    return readSettings(overrides, summary, path);
  }
  const json = fingerprint(overrides);
  const cached = byOverrides.get(overrides);
  if (cached !== undefined && json !== undefined && cached.json === json) return cached.settings;
  const settings = readSettings(overrides, summary, path);
  if (json !== undefined) byOverrides.set(overrides, { json, settings });
  return settings;
}
