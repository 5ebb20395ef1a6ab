/**
 * The partner's profit sources, in the order every result lists them: resale margin, services
 * pull-through, the partner's own subscriptions, managed services. A new source is a module in
 * this folder and a line here (its id and its levers' ids join the `ProfitSource` and
 * `EconomicLever` unions, which the checks below demand); the engine, the lever ranking and the
 * comparison read this list and nothing else.
 *
 * @module
 */
import type { EconomicLever } from '../../economic-lever.js';
import type { ProfitSource } from '../../profit-source.js';
import { managedServices } from './managed-services.js';
import { resaleMargin } from './resale-margin.js';
import { services } from './services.js';
import type { SourceModule } from './source-module.js';
import { subscriptions } from './subscriptions.js';

const registry = [
  resaleMargin,
  services,
  subscriptions,
  managedServices,
] as const satisfies ReadonlyArray<SourceModule<ProfitSource, EconomicLever>>;

/** `true` only when the two lists name the same things. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;

/**
 * Compiles only when the registry names every source of {@link ProfitSource} and every lever of
 * {@link EconomicLever}, and nothing else: a source or lever left out of either fails here.
 */
export type RegistryIsComplete =
  | Holds<Same<(typeof registry)[number]['source'], ProfitSource>>
  | Holds<Same<(typeof registry)[number]['levers'][number]['lever'], EconomicLever>>;

/** The registry as the engine reads it: every module through the one {@link SourceModule} shape. */
export const profitSources: ReadonlyArray<SourceModule<ProfitSource, EconomicLever>> = registry;
