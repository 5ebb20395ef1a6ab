// Type-level specification: branded ids do not mix, and parsed values carry domain types.
import { describe, expectTypeOf, it } from 'vitest';
import type {
  Decimal,
  Money,
  ObjectiveId,
  Partnership,
  PartnershipJson,
  Period,
  StakeholderId,
} from '../../src/index.js';

describe('model types', () => {
  it('keeps ids of different kinds apart', () => {
    expectTypeOf<ObjectiveId>().not.toEqualTypeOf<StakeholderId>();
    // @ts-expect-error a plain string is not an ObjectiveId
    const id: ObjectiveId = 'services-revenue';
    void id;
  });

  it('gives parsed documents domain values and JSON documents strings', () => {
    expectTypeOf<Partnership['goals'][number]['period']>().toEqualTypeOf<Period>();
    expectTypeOf<Partnership['goals'][number]['target']>().toEqualTypeOf<Decimal>();
    expectTypeOf<
      Partnership['charter']['opportunities'][number]['yearlySize']
    >().toEqualTypeOf<Money>();
    expectTypeOf<PartnershipJson['goals'][number]['period']>().toEqualTypeOf<string>();
    expectTypeOf<PartnershipJson['schemaVersion']>().toEqualTypeOf<1>();
  });
});
