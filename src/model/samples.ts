import type { PartnershipJson } from './partnership.js';
import lumenField from './samples/lumen-field.json' with { type: 'json' };
import northwindAdvisory from './samples/northwind-advisory.json' with { type: 'json' };

/** Freezes a value and everything in it, so the shared samples cannot be changed by accident. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * Two sample partnership documents (deeply frozen JSON), fictional but with realistic numbers:
 * `northwindAdvisory`, a consulting house that also resells (US dollars, July–June fiscal
 * year), and `lumenField`, an ISV building on the platform (euros, February–January fiscal year).
 * Where their numbers come from is told in `examples/data/SOURCES.md`; `examples/data/` holds
 * the same files for the demo and for readers, kept identical by a test.
 *
 * @example
 * ```ts
 * import { parsePartnership, samples } from 'partner-alignment';
 * samples.northwindAdvisory.partner.name //=> 'Northwind Advisory'
 * parsePartnership(samples.lumenField).charter.objectives.length //=> 6
 * ```
 * @category Model
 */
export const samples: {
  readonly northwindAdvisory: PartnershipJson;
  readonly lumenField: PartnershipJson;
} = /* @__PURE__ */ deepFreeze({
  northwindAdvisory: northwindAdvisory as unknown as PartnershipJson,
  lumenField: lumenField as unknown as PartnershipJson,
});
