import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  formatIssues,
  parsePartnership,
  samples,
  ValidationError,
  validationLimits,
} from '../src/index.js';

type Json = Record<string, unknown>;
const broken = (): Json => {
  const document = structuredClone(samples.northwindAdvisory) as unknown as Json;
  const charter = document['charter'] as Json;
  const objectives = charter['objectives'] as Json[];
  (objectives[0] as Json)['target'] = '2000000.005';
  ((document['goals'] as Json[])[0] as Json)['period'] = 'FY2027-Q5';
  document['currency'] = 'usd';
  return document;
};

function errorOf(document: unknown): ValidationError {
  try {
    parsePartnership(document);
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('formatIssues', () => {
  it('writes a report a person can read: labels, messages, what was received and expected', () => {
    expect(formatIssues(errorOf(broken()))).toMatchInlineSnapshot(`
      "Invalid partnership document: 3 issues
      • Currency: Unknown currency "usd"
        received "usd"; expected an ISO 4217 currency code in capitals, such as "USD", "EUR" or "JPY"
      • Charter › Objective 1 › Target: Too precise: 3 decimals where USD allows 2
        received "2000000.005"; expected a value with at most 2 decimals
      • Goal 1 › Period: Not a period key
        received "FY2027-Q5"; expected a period key such as FY2027, FY2027-H1, FY2027-Q3, FY2027-M07 or FY2027-W14"
    `);
  });

  it('lists at most `limit` issues and counts the rest', () => {
    const issues = Array.from({ length: 150 }, (_, index) => ({
      code: 'required' as const,
      path: ['goals', index, 'target'],
      message: 'Required',
      received: 'nothing',
      expected: 'a decimal number',
    }));
    const report = formatIssues(new ValidationError('Invalid partnership document', issues), {
      limit: 2,
    });
    expect(report.split('\n')).toEqual([
      'Invalid partnership document: 150 issues',
      '• Goal 1 › Target: Required',
      '  received nothing; expected a decimal number',
      '• Goal 2 › Target: Required',
      '  received nothing; expected a decimal number',
      '... and 148 more',
    ]);
    expect(formatIssues(new ValidationError('x', issues)).split('\n')).toHaveLength(1 + 2 * 20 + 1);
    expect(validationLimits.issues).toBe(100);
  });

  it('writes the report that docs/documents.md shows for its broken document', () => {
    const document = structuredClone(samples.northwindAdvisory) as unknown as Json;
    const charter = document['charter'] as Json;
    charter['purpose'] = '';
    ((charter['objectives'] as Json[])[0] as Json)['target'] = '12000000.005';
    ((document['goals'] as Json[])[1] as Json)['period'] = 'FY2027-Q5';
    ((document['goals'] as Json[])[3] as Json)['objective'] = 'net-new-deals';
    const docs = readFileSync(new URL('../docs/documents.md', import.meta.url), 'utf8');
    const shown = /<!-- formatIssues output[^>]*-->\n```text\n([\s\S]*?)\n```/.exec(docs)?.[1];
    expect(shown).toBe(formatIssues(errorOf(document)));
  });
});
