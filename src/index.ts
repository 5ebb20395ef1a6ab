/**
 * partner-alignment: plan with channel partners by alignment instead of assigned quota.
 *
 * The public entry point. Everything exported here is documented, categorised and covered by the
 * semantic-versioning promise; anything not exported here is internal.
 *
 * @module
 */

export type { ErrorCode, IssuePath, ValidationIssue } from './errors.js';
export {
  formatIssue,
  formatIssuePath,
  isPartnerAlignmentError,
  isValidationError,
  PartnerAlignmentError,
  ValidationError,
} from './errors.js';
