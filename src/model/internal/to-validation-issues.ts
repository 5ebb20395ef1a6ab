import type { z } from 'zod';
import type { IssueCode, IssueParams, ValidationIssueInput } from '../../errors.js';
import { validationLimits } from '../../errors.js';
import { detailOf } from './document-issue.js';
import { kindOf, MAX_RECEIVED, renderReceived } from './render-received.js';
import {
  boundsOf,
  compareOrders,
  expectedOf,
  fieldsAt,
  idsOf,
  listOf,
  orderOf,
  schemaAt,
  valueAt,
} from './schema-at.js';

const ID_RULE =
  'an id of 1 to 100 characters: letters, digits, ".", "_", ":" or "-", starting with a letter or digit';

/** What the schemas of a document accept, by their registered id, in words. */
const accepted: Readonly<Record<string, string>> = {
  DecimalString: 'a decimal number, such as "12.50", "-3" or "0.15"',
  Ratio: 'a decimal fraction from 0 to 1, such as "0.15" (15 %)',
  CurrencyCode: 'an ISO 4217 currency code in capitals, such as "USD", "EUR" or "JPY"',
  IsoDate: 'a real date written YYYY-MM-DD, such as "2027-03-31"',
  PeriodKey: 'a period key such as FY2027, FY2027-H1, FY2027-Q3, FY2027-M07 or FY2027-W14',
  MotiveId:
    'a built-in motive such as "bill-rate" or "retention", or a custom motive written "custom:<kebab-case-name>"',
  DocumentMoney: 'money written { "amount": "1250.00", "currency": "USD" }',
  MoneyJson: 'money written { "amount": "1250.00", "currency": "USD" }',
  PartnershipId: ID_RULE,
  CompanyId: ID_RULE,
  ObjectiveId: ID_RULE,
  OpportunityId: ID_RULE,
  StakeholderId: ID_RULE,
  CommitmentId: ID_RULE,
  CadenceId: ID_RULE,
};

type Converted = Omit<ValidationIssueInput, 'path'>;

const clipReceived = (text: string): string =>
  text.length > MAX_RECEIVED ? `${text.slice(0, MAX_RECEIVED - 3)}...` : text;

/** The issue of a field whose schema is one of the value types (decimal, date, period...). */
function ofValueType(issue: z.core.$ZodIssue, ids: ReadonlyArray<string>, expected: string) {
  const received = renderReceived(issue.input);
  const is = (id: string) => ids.includes(id);
  const make = (code: IssueCode, message: string, params: IssueParams = {}): Converted => ({
    code,
    message,
    received,
    expected,
    params,
  });
  if (is('DecimalString')) {
    if (issue.code === 'invalid_format') return make('invalid-decimal', 'Not a decimal number');
    if (issue.code === 'too_big' || issue.code === 'custom') {
      // DecimalString says which bound it broke ("with at most 20 decimal places").
      const bound = /with (.+?);/.exec(issue.message)?.[1];
      return make(
        'decimal-out-of-range',
        bound === undefined ? 'The number has too many digits' : `The number must have ${bound}`,
        bound === undefined ? {} : { bound },
      );
    }
  }
  if (is('PeriodKey') && issue.code === 'invalid_format') {
    return make('invalid-period-key', 'Not a period key');
  }
  if (is('IsoDate') && (issue.code === 'invalid_format' || issue.code === 'custom')) {
    return make('invalid-date', 'Not a real date written YYYY-MM-DD');
  }
  if (is('CurrencyCode') && (issue.code === 'invalid_format' || issue.code === 'custom')) {
    return make(
      'unknown-currency',
      `Unknown currency ${received}`,
      typeof issue.input === 'string' ? { currency: issue.input.slice(0, 10) } : {},
    );
  }
  if (ids.some((id) => id.endsWith('Id')) && issue.code === 'invalid_format') {
    return make('invalid-format', 'Not a valid id');
  }
  return undefined;
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** Converts one zod issue (other than the model's own) into the library's words. */
function convert(issue: z.core.$ZodIssue, root: z.core.$ZodType, input: unknown): Converted {
  const schema = schemaAt(root, issue.path, input);
  const expected = expectedOf(schema, accepted);
  const received = renderReceived(issue.input);
  const ids = schema === undefined ? [] : idsOf(schema);
  const typed = issue.code === 'invalid_type' ? undefined : ofValueType(issue, ids, expected);
  if (typed !== undefined) return typed;
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) {
        return { code: 'required', message: 'Required', received, expected, params: {} };
      }
      const kind = kindOf(issue.input);
      if (issue.expected === 'int' && typeof issue.input === 'number') {
        return { code: 'not-an-integer', message: 'Must be a whole number', received, expected };
      }
      const decimal = ids.includes('DecimalString') && typeof issue.input === 'number';
      return {
        code: 'invalid-type',
        message: decimal
          ? 'A decimal number must be, so that no digit is lost'
          : `Wrong type: ${kind}`,
        received,
        expected,
        params: { received: kind },
      };
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.map((key) => key.slice(0, 40));
      const shown = keys.slice(0, 5).map((key) => JSON.stringify(key));
      const more = keys.length > 5 ? ` and ${keys.length - 5} more` : '';
      const fields = fieldsAt(root, issue.path, input);
      return {
        code: 'unknown-field',
        message: `Unknown field${keys.length === 1 ? '' : 's'} ${shown.join(', ')}${more}`,
        received: shown.join(', ') + more,
        expected: fields.length === 0 ? 'no other field' : `only the fields ${fields.join(', ')}`,
        params: { fields: keys.slice(0, 5).join(', '), count: keys.length },
      };
    }
    case 'invalid_value':
      return {
        code: 'invalid-value',
        message: 'Not one of the accepted values',
        received,
        expected: listOf(issue.values),
        params: { values: issue.values.slice(0, 12).map(String).join(', ') },
      };
    case 'invalid_union': {
      const options = (issue as { options?: ReadonlyArray<unknown> }).options;
      // A discriminated union reports at its tag, with the whole object as its input.
      const tag = options === undefined ? issue.input : valueAt(input, issue.path);
      if (options !== undefined && tag === undefined) {
        return {
          code: 'required',
          message: 'Required',
          received: 'nothing',
          expected: listOf(options),
        };
      }
      return {
        code: 'invalid-value',
        message: 'Not one of the accepted values',
        received: renderReceived(tag),
        expected: options === undefined ? expected : listOf(options),
        params: options === undefined ? {} : { values: options.map(String).join(', ') },
      };
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const bound = Number(small ? issue.minimum : issue.maximum);
      const count = typeof issue.input === 'number' ? issue.input : undefined;
      const params = small ? { minimum: bound } : { maximum: bound };
      if (issue.origin === 'array') {
        const items = count ?? (Array.isArray(issue.input) ? issue.input.length : 0);
        return {
          code: small ? 'too-small' : 'too-big',
          message: small ? `Too few items: ${items}` : `Too many items: ${items}`,
          received: plural(items, 'item'),
          expected: small
            ? `at least ${plural(bound, 'item')}`
            : `at most ${plural(bound, 'item')}`,
          params: { ...params, count: items },
        };
      }
      if (issue.origin === 'string') {
        const length = typeof issue.input === 'string' ? issue.input.length : 0;
        return {
          code: small ? 'too-small' : 'too-big',
          message: small
            ? bound === 1
              ? 'Must not be empty'
              : 'Too short'
            : `Too long: ${length} characters`,
          received,
          expected: small
            ? `at least ${plural(bound, 'character')}`
            : `at most ${plural(bound, 'character')}`,
          params: { ...params, length },
        };
      }
      // A whole number beyond the safe range is reported against the schema's own bounds.
      const declared = schema === undefined ? {} : boundsOf(schema);
      const limit = (small ? declared.minimum : declared.maximum) ?? bound;
      return {
        code: small ? 'too-small' : 'too-big',
        message: small ? `Must be at least ${limit}` : `Must be at most ${limit}`,
        received,
        expected,
        params: small ? { minimum: limit } : { maximum: limit },
      };
    }
    case 'invalid_key':
      return {
        code: 'invalid-value',
        message: `Not an accepted key: ${renderReceived(issue.path[issue.path.length - 1])}`,
        received: renderReceived(issue.path[issue.path.length - 1]),
        expected: 'a built-in motive or a custom motive written "custom:<kebab-case-name>"',
      };
    default: {
      const code = (issue as { params?: { code?: unknown } }).params?.code;
      return {
        code: typeof code === 'string' ? (code as IssueCode) : 'invalid-value',
        message: /^(Invalid|Expected)/.test(issue.message)
          ? 'Not an accepted value'
          : issue.message,
        received,
        expected,
      };
    }
  }
}

/** The converted issues, at most `validationLimits.issues`, and how many more were found. */
export interface ConvertedIssues {
  readonly issues: ReadonlyArray<ValidationIssueInput>;
  readonly omitted: number;
}

/**
 * Converts zod issues (parsed with `reportInput`) into the library's validation issues, in the
 * order of the document: a code, an English message a person can act on, what was received and
 * what is accepted, and params.
 * One root cause, one issue: a second issue at a path that already has one is dropped (a date
 * that is neither well-formed nor real is reported once). Only the first issues are converted.
 */
export function toValidationIssues(
  issues: ReadonlyArray<z.core.$ZodIssue>,
  root: z.core.$ZodType,
  input: unknown,
  replaced: ReadonlyMap<symbol, ValidationIssueInput> = new Map(),
): ConvertedIssues {
  const seen = new Set<string>();
  const out: ValidationIssueInput[] = [];
  let omitted = 0;
  const ordered = issues
    .map((issue, index) => ({ issue, index, order: orderOf(root, issue.path, input) }))
    .sort((a, b) => compareOrders(a.order, b.order) || a.index - b.index)
    .map((entry) => entry.issue);
  for (const issue of ordered) {
    const path = issue.path.map((segment) =>
      typeof segment === 'symbol' ? String(segment) : segment,
    );
    const key = `${issue.code === 'unrecognized_keys' ? '+' : ''}${JSON.stringify(path)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (out.length >= validationLimits.issues) {
      omitted += 1;
      continue;
    }
    const replacement = typeof issue.input === 'symbol' ? replaced.get(issue.input) : undefined;
    if (replacement !== undefined) {
      out.push(replacement);
      continue;
    }
    const converted = detailOf(issue) ?? convert(issue, root, input);
    out.push({ path, ...converted, received: clipReceived(converted.received) });
  }
  return { issues: out, omitted };
}
