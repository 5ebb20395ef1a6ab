/**
 * The partner's profit sources, in the order every result lists them: resale margin, services
 * pull-through, the partner's own subscriptions, managed services. A new source is a module in
 * this folder and a line here; the engine, the lever ranking and the comparison read this list.
 *
 * @module
 */
import { managedServices } from './managed-services.js';
import { resaleMargin } from './resale-margin.js';
import { services } from './services.js';
import type { SourceModule } from './source-module.js';
import { subscriptions } from './subscriptions.js';

/** The modules as written, for the types: {@link ProfitSource} and {@link EconomicLever} derive from it. */
export const sourceRegistry = [
  resaleMargin,
  services,
  subscriptions,
  managedServices,
] as const satisfies ReadonlyArray<SourceModule>;

type SourceId = (typeof sourceRegistry)[number]['source'];
type LeverId = (typeof sourceRegistry)[number]['levers'][number]['lever'];

/** The registry as the engine reads it: every module through the one {@link SourceModule} shape. */
export const profitSources: ReadonlyArray<SourceModule<SourceId, LeverId>> = sourceRegistry;
