import type { ScoreComponent } from '../scoring-context.js';
import { clarityComponent } from './clarity.js';
import { economicsComponent } from './economics.js';
import { governanceComponent } from './governance.js';
import { motiveFitComponent } from './motive-fit.js';
import { mutualityComponent } from './mutuality.js';

/**
 * The components of the alignment score, in the order a score lists them. A component is a
 * module with an id and a `score(context)`: adding one is adding its file, its id to
 * `AlignmentComponentId`, its weight to the settings, and a line here.
 */
export const components: ReadonlyArray<ScoreComponent> = [
  motiveFitComponent,
  economicsComponent,
  mutualityComponent,
  governanceComponent,
  clarityComponent,
];
