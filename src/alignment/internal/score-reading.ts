import { z } from 'zod';
import { DecimalSchema } from '../../money/schemas.js';

/**
 * The parts of an alignment score that `compareAlignment` reads, as a zod codec between the JSON
 * form (`JSON.parse(JSON.stringify(score))`, as a product stores it) and values. Other fields are
 * left out.
 */
export const ScoreReading = z.object({
  get scoringVersion() {
    return z.string().min(1).max(40);
  },
  score: DecimalSchema,
  get grade() {
    return z.enum(['A', 'B', 'C', 'D', 'E']);
  },
  get components() {
    return z
      .array(
        z.object({
          get id() {
            return z.enum(['motive-fit', 'economics', 'mutuality', 'governance', 'clarity']);
          },
          points: DecimalSchema,
        }),
      )
      .max(20);
  },
  get gate() {
    return z.object({ points: DecimalSchema });
  },
  get motives() {
    return z
      .array(
        z.object({
          get motive() {
            return z.string().min(1).max(200);
          },
          get label() {
            return z.string().max(200);
          },
          points: DecimalSchema,
          coverage: DecimalSchema,
        }),
      )
      .max(1000);
  },
});
