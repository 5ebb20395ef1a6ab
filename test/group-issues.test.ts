import { describe, expect, it } from 'vitest';
import { flattenIssues, type IssueCode, treeifyIssues, ValidationError } from '../src/index.js';

const issue = (code: IssueCode, path: Array<string | number>) => ({
  code,
  path,
  message: code,
  received: 'x',
  expected: 'y',
});

const error = new ValidationError('Invalid partnership document', [
  issue('unknown-field', []),
  issue('too-precise', ['charter', 'objectives', 0, 'target']),
  issue('unknown-reference', ['goals', 2, 'objective']),
  issue('invalid-period-key', ['goals', 2, 'period']),
  issue('invalid-value', ['partner', 'motiveProfile', 'weights', '__proto__']),
]);

describe('flattenIssues', () => {
  it('keys the issues of each field by its whole path, and keeps those of the whole input apart', () => {
    const flat = flattenIssues(error);
    expect(flat.formIssues.map((item) => item.code)).toEqual(['unknown-field']);
    expect(
      Object.entries(flat.fieldIssues).map(([key, issues]) => [key, issues.map((i) => i.code)]),
    ).toEqual([
      ['charter.objectives[0].target', ['too-precise']],
      ['goals[2].objective', ['unknown-reference']],
      ['goals[2].period', ['invalid-period-key']],
      ['partner.motiveProfile.weights.__proto__', ['invalid-value']],
    ]);
  });

  it('takes a __proto__ key as any other key', () => {
    const flat = flattenIssues(error);
    expect(Object.getPrototypeOf(flat.fieldIssues)).toBeNull();
    expect(({} as { code?: string }).code).toBeUndefined();
  });
});

describe('treeifyIssues', () => {
  it('shapes the issues like the input: fields under properties, list items under items', () => {
    const tree = treeifyIssues(error);
    expect(tree.issues.map((item) => item.code)).toEqual(['unknown-field']);
    const goal = tree.properties?.['goals']?.items?.[2];
    expect(Object.keys(goal?.properties ?? {})).toEqual(['objective', 'period']);
    expect(tree.properties?.['goals']?.items?.[0]).toBeUndefined();
    const target = tree.properties?.['charter']?.properties?.['objectives']?.items?.[0];
    expect(target?.properties?.['target']?.issues[0]?.code).toBe('too-precise');
    const weights =
      tree.properties?.['partner']?.properties?.['motiveProfile']?.properties?.['weights'];
    // An own key named __proto__ (the tree is built without a prototype), not the accessor.
    expect(
      Object.getOwnPropertyDescriptor(weights?.properties ?? {}, '__proto__')?.value?.issues[0]
        ?.code,
    ).toBe('invalid-value');
  });

  it('is an empty root for an error without issues', () => {
    expect(treeifyIssues(new ValidationError('x', []))).toEqual({ issues: [] });
  });
});
