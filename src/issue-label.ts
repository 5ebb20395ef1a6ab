import type { IssuePath } from './validation-issue.js';

/** Plurals whose singular the general rule would get wrong. */
const singulars: Readonly<Record<string, string>> = {
  reviewsHeld: 'Review held',
  agreedBy: 'Agreed by',
  series: 'Series',
  analysis: 'Analysis',
};

/** `reviewCadences` → `Review cadences`; a key that is not a plain identifier stays as written. */
function humanize(segment: string): string {
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(segment)) return segment;
  const words = segment.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function singular(segment: string): string {
  const known = singulars[segment];
  if (known !== undefined) return known;
  const label = humanize(segment);
  if (label === segment && !/^[A-Za-z]/.test(segment)) return label;
  if (label.endsWith('ies')) return `${label.slice(0, -3)}y`;
  if (label.endsWith('sses')) return label.slice(0, -2);
  if (label.endsWith('s') && !label.endsWith('ss')) return label.slice(0, -1);
  return label;
}

/**
 * A label a person can read for an issue path: property names in words, list items counted from
 * 1 (`['charter', 'objectives', 1, 'target']` → `Charter › Objective 2 › Target`). Keys that are
 * not plain identifiers (motive ids, custom names) are shown as written.
 *
 * @param path - the path of an issue
 * @returns the label, or `Whole input` for the empty path
 * @example
 * ```ts
 * import { labelOfPath } from 'partner-alignment';
 * labelOfPath(['charter', 'objectives', 1, 'target']) //=> 'Charter › Objective 2 › Target'
 * labelOfPath(['charter', 'reviewsHeld', 0, 'attendees', 2]) //=> 'Charter › Review held 1 › Attendee 3'
 * labelOfPath(['weights', 'deal-volume']) //=> 'Weights › deal-volume'
 * labelOfPath([]) //=> 'Whole input'
 * ```
 * @category Errors
 */
export function labelOfPath(path: IssuePath): string {
  if (path.length === 0) return 'Whole input';
  const parts: string[] = [];
  for (let index = 0; index < path.length; index += 1) {
    const segment = path[index] as string | number;
    const next = path[index + 1];
    if (typeof segment === 'number') {
      parts.push(`Item ${segment + 1}`);
    } else if (typeof next === 'number') {
      parts.push(`${singular(segment)} ${next + 1}`);
      index += 1;
    } else {
      parts.push(humanize(segment));
    }
  }
  return parts.join(' › ');
}
