import { z } from 'zod';
import { DecimalSchema } from '../../money/schemas.js';

/**
 * The parts of an alignment score that `compareAlignment` reads, as a zod codec between the JSON
 * form (`JSON.parse(JSON.stringify(score))`, as a product stores it) and values. Other fields are
 * left out.
 */
export const ScoreReading = z.object({
  scoringVersion: z.string().min(1).max(40),
  score: DecimalSchema,
  grade: z.enum(['A', 'B', 'C', 'D', 'E']),
  components: z
    .array(
      z.object({
        id: z.enum(['motive-fit', 'economics', 'mutuality', 'governance', 'clarity']),
        points: DecimalSchema,
      }),
    )
    .max(20),
  gate: z.object({ points: DecimalSchema }),
  motives: z
    .array(
      z.object({
        motive: z.string().min(1).max(200),
        label: z.string().max(200),
        points: DecimalSchema,
        coverage: DecimalSchema,
      }),
    )
    .max(1000),
});
