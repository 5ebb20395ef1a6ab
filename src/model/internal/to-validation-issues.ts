import type { z } from 'zod';
import type { IssueCode, ValidationIssueInput } from '../../errors.js';

const MAX_RECEIVED = 60;

/** A short rendering of a received value: JSON, truncated to about 60 characters. */
export function renderReceived(value: unknown): string {
  let text: string;
  if (value === undefined) return 'nothing';
  if (typeof value === 'bigint') text = `${value}n`;
  else if (typeof value === 'function' || typeof value === 'symbol') text = `a ${typeof value}`;
  else if (typeof value === 'number' && !Number.isFinite(value)) text = String(value);
  else if (typeof value === 'string' && value.length > MAX_RECEIVED * 4) {
    text = JSON.stringify(value.slice(0, MAX_RECEIVED));
  } else {
    try {
      text = JSON.stringify(value);
    } catch {
      text = Array.isArray(value) ? 'an array' : `a ${typeof value}`;
    }
  }
  return text.length > MAX_RECEIVED ? `${text.slice(0, MAX_RECEIVED - 3)}...` : text;
}

const list = (values: ReadonlyArray<unknown>): string => {
  const shown = values.map((value) => JSON.stringify(value));
  if (shown.length <= 1) return shown.join('');
  return `one of ${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
};

const typeNames: Readonly<Record<string, string>> = {
  object: 'an object',
  array: 'an array',
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
  null: 'null',
};

/** What a zod issue says would have been accepted. */
function expectedOf(issue: z.core.$ZodIssue): string {
  const fromParams = (issue as { params?: { expected?: unknown } }).params?.expected;
  if (typeof fromParams === 'string') return fromParams;
  const stated = /^Expected (.+?)(?:; received .*)?$/s.exec(issue.message);
  switch (issue.code) {
    case 'invalid_type':
      return stated?.[1] ?? typeNames[issue.expected] ?? issue.expected;
    case 'invalid_value':
      return list(issue.values);
    case 'unrecognized_keys':
      return 'only the documented fields (see the JSON Schema)';
    case 'invalid_union':
      return 'one of the documented variants (see the JSON Schema)';
    case 'too_small':
      return issue.origin === 'array'
        ? `at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`
        : issue.origin === 'string'
          ? `at least ${issue.minimum} character${issue.minimum === 1 ? '' : 's'}`
          : `a number ${issue.inclusive ? 'of at least' : 'above'} ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `at most ${issue.maximum} items`
        : issue.origin === 'string'
          ? `at most ${issue.maximum} characters`
          : `a number ${issue.inclusive ? 'of at most' : 'below'} ${issue.maximum}`;
    case 'invalid_format':
      if (issue.format === 'regex' && (issue as { pattern?: string }).pattern?.startsWith('^FY')) {
        return 'a period key such as FY2027, FY2027-H1, FY2027-Q3, FY2027-M07 or FY2027-W14';
      }
      if (issue.format === 'date') return 'a date written YYYY-MM-DD, such as "2027-03-31"';
      return stated?.[1] ?? `a string in the ${issue.format} format`;
    case 'invalid_key':
      return 'a built-in motive or "custom:<kebab-case-name>"';
    default:
      return stated?.[1] ?? 'a value as documented in the JSON Schema';
  }
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeNames[typeof value] ?? `a ${typeof value}`;
}

/** What a zod issue says is wrong, as a sentence. */
function messageOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'Required field is missing';
      if (!issue.message.startsWith('Invalid input')) return issue.message;
      return `Wrong type: ${kindOf(issue.input)} where ${typeNames[issue.expected] ?? issue.expected} belongs`;
    case 'unrecognized_keys':
      return `Unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((key) => JSON.stringify(key)).join(', ')}`;
    default:
      // "Expected X; received Y" would repeat what the received and expected parts say.
      return /^Expected /.test(issue.message) ? 'Invalid value' : issue.message;
  }
}

/** The library's issue code of a zod issue. */
function codeOf(issue: z.core.$ZodIssue): IssueCode {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'required' : 'invalid-type';
    case 'unrecognized_keys':
      return 'unknown-field';
    case 'too_small':
      return 'too-small';
    case 'too_big':
      return 'too-big';
    case 'invalid_format':
      if (issue.format === 'date') return 'invalid-date';
      if (issue.format === 'regex' && (issue as { pattern?: string }).pattern?.startsWith('^FY')) {
        return 'invalid-period-key';
      }
      return 'invalid-format';
    case 'custom': {
      const code = (issue as { params?: { code?: unknown } }).params?.code;
      return typeof code === 'string' ? (code as IssueCode) : 'invalid-argument';
    }
    default:
      return 'invalid-value';
  }
}

/** Converts zod issues (parsed with `reportInput`) into the library's validation issues. */
export function toValidationIssues(
  issues: ReadonlyArray<z.core.$ZodIssue>,
): ReadonlyArray<ValidationIssueInput> {
  return issues.map((issue) => ({
    code: codeOf(issue),
    path: issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment)),
    message: messageOf(issue),
    received:
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => JSON.stringify(key)).join(', ')
        : renderReceived(issue.input),
    expected: expectedOf(issue),
  }));
}
