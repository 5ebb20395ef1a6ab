import { minorUnits } from '../../money/currency.js';
import { MoneySchema } from '../../money/schemas.js';
import { addIssue } from './document-issue.js';

/** "2 decimals", "no decimals". */
export function decimalsText(places: number): string {
  return places === 0 ? 'no decimals' : `at most ${places} decimal${places === 1 ? '' : 's'}`;
}

/**
 * Money in a partnership document: {@link MoneySchema} in whole minor units of its currency, as
 * every engine needs it (`"2000000.005"` USD is refused with `too-precise`, where a cascade would
 * fail later).
 */
export const DocumentMoney: typeof MoneySchema = MoneySchema.superRefine((money, context) => {
  const places = minorUnits(money.currency);
  const written = money.amount.decimalPlaces();
  if (written <= places) return;
  addIssue(context, ['amount'], {
    code: 'too-precise',
    message: `Too precise: ${written} decimal${written === 1 ? '' : 's'} where ${money.currency} allows ${places}`,
    received: JSON.stringify(money.amount.toFixed()),
    expected: `an amount with ${decimalsText(places)}, in whole minor units of ${money.currency}`,
    params: { currency: money.currency, places, decimals: written },
  });
}).meta({
  id: 'DocumentMoney',
  title: 'Money',
  description:
    'An exact amount of money in whole minor units of its currency (at most 2 decimals for EUR or USD, none for JPY): the amount as a decimal string in major units and its ISO 4217 currency code.',
});
