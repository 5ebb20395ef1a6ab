/**
 * The English words the charts and the review use for the library's own codes (dates and
 * numbers are localized; these words are not).
 *
 * @module
 */
import type { AlignmentComponentId } from '../../alignment/alignment-settings.js';
import type { EconomicLever } from '../../economics/economic-lever.js';
import type { ProfitSource } from '../../economics/profit-source.js';
import type { ProgressStatus } from '../../progress/default-thresholds.js';

export const componentLabels: Readonly<Record<AlignmentComponentId, string>> = {
  'motive-fit': 'Motive fit',
  economics: 'Economics',
  mutuality: 'Mutuality',
  governance: 'Governance',
  clarity: 'Clarity',
};

export const sourceLabels: Readonly<Record<ProfitSource, string>> = {
  'resale-margin': 'Resale margin',
  services: 'Services',
  subscriptions: 'Subscriptions',
  'managed-services': 'Managed services',
};

export const statusLabels: Readonly<Record<ProgressStatus, string>> = {
  achieved: 'Achieved',
  ahead: 'Ahead',
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  'not-started': 'Not started',
  unknown: 'Unknown',
};

export const leverLabels: Readonly<Record<EconomicLever, string>> = {
  'resale-margin': 'Resale margin',
  utilization: 'Utilization',
  'attach-ratio': 'Services attach',
  'bill-rate': 'Bill rate',
  discount: 'Discount',
  users: 'Users',
};
