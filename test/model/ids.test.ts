import { describe, expect, it } from 'vitest';
import {
  CadenceId,
  CommitmentId,
  CompanyId,
  ObjectiveId,
  OpportunityId,
  PartnershipId,
  StakeholderId,
} from '../../src/index.js';

const schemas = {
  CadenceId,
  CommitmentId,
  CompanyId,
  ObjectiveId,
  OpportunityId,
  PartnershipId,
  StakeholderId,
};

describe.each(Object.entries(schemas))('%s', (_name, schema) => {
  it.each(['a', 'services-revenue', 'FY2027.q3_x:y', 'x'.repeat(100)])('accepts %s', (id) => {
    expect(schema.parse(id)).toBe(id);
  });
  it.each(['', '-leading', 'has space', 'é', 'x'.repeat(101), 42, null])('refuses %s', (id) => {
    expect(schema.safeParse(id).success).toBe(false);
  });
});

describe('id messages', () => {
  it('says what an id may contain', () => {
    expect(ObjectiveId.safeParse('has space').error?.issues[0]?.message).toMatchInlineSnapshot(
      `"Expected an id of 1 to 100 characters: letters, digits, ".", "_", ":" or "-", starting with a letter or digit"`,
    );
  });
});
