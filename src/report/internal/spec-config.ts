/**
 * The `config` of a spec `toSvg` draws: styles only (marks, axes, legends, titles, the view,
 * scales and ranges, fonts, formats), and a number locale of short separators and symbols. Its
 * parameters are bounded with every other (`spec-parameters.ts`).
 *
 * @module
 */
import { argumentError, describeReceived } from '../../argument-checks.js';
import { keysIn, MARKS, objectAt, type Walk, words } from './spec-walk.js';

const CONFIG = [
  ...MARKS,
  ...words(
    'mark axis… legend title view style range scale font background padding autosize locale ' +
      'numberFormat normalizedNumberFormat timeFormat countTitle fieldTitle aria tooltipFormat',
  ),
];
const AXIS_CONFIG =
  /^axis(?:X|Y)?(?:Band|Discrete|Point|Quantitative|Temporal)?$|^axis(?:Top|Bottom|Left|Right)$/;
const NUMBER_LOCALE = words('decimal thousands grouping currency percent minus nan');
/** Characters of a separator or symbol of a number locale: each is written in every number. */
const LOCALE_CHARS = 8;

/** `config`: styles only, and a number locale of short separators and symbols. */
export function checkConfig(walk: Walk, value: unknown): void {
  const path = ['spec', 'config'];
  const object = objectAt(walk, value, path, 'a config (an object)');
  keysIn(walk, object, path, [
    ...CONFIG,
    ...Object.keys(object).filter((key) => AXIS_CONFIG.test(key)),
  ]);
  if (object['locale'] === undefined) return;
  const locale = objectAt(walk, object['locale'], [...path, 'locale'], 'a locale (an object)');
  keysIn(walk, locale, [...path, 'locale'], ['number']);
  if (locale['number'] === undefined) return;
  const at = [...path, 'locale', 'number'];
  const number = objectAt(walk, locale['number'], at, 'a number locale (an object)');
  keysIn(walk, number, at, NUMBER_LOCALE);
  for (const [key, symbol] of Object.entries(number)) {
    const texts: ReadonlyArray<unknown> = Array.isArray(symbol) ? symbol : [symbol];
    texts.forEach((text, index) => {
      if (typeof text !== 'string' || text.length <= LOCALE_CHARS) return;
      throw argumentError(
        walk.summary,
        'too-big',
        Array.isArray(symbol) ? [...at, key, index] : [...at, key],
        `Longer than ${LOCALE_CHARS} characters: a locale's symbols are written in every number`,
        describeReceived(text),
        `at most ${LOCALE_CHARS} characters`,
        { maximum: LOCALE_CHARS },
      );
    });
  }
}
