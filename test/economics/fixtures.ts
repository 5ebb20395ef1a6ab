/** The two bundled samples, parsed, with their economics profiles. */
import {
  type EconomicsProfile,
  type EconomicsProfileJson,
  type Partnership,
  parsePartnership,
  samples,
} from '../../src/index.js';

type WithEconomics = Partnership & { readonly economics: EconomicsProfile };

function withEconomics(partnership: Partnership): WithEconomics {
  const { economics } = partnership;
  if (economics === undefined) throw new Error(`${partnership.id} has no economics profile`);
  return { ...partnership, economics };
}

export const northwindProfile: EconomicsProfileJson = samples.northwindAdvisory
  .economics as EconomicsProfileJson;
export const lumenProfile: EconomicsProfileJson = samples.lumenField
  .economics as EconomicsProfileJson;

export const northwind = (): WithEconomics =>
  withEconomics(parsePartnership(samples.northwindAdvisory));
export const lumen = (): WithEconomics => withEconomics(parsePartnership(samples.lumenField));
