/**
 * The names of the model's numeric inputs, apart from their schemas (src/input/schemas.ts), so
 * that the drawing code and the command line's second thread read them without loading zod.
 */

/** The numeric input fields the model reads (docs/method.md §2), in the model's vector order. */
export const INPUT_NAMES = [
  'grdp',
  'ictRevenue',
  'ictValueAdded',
  'ictSegments',
  'platformRevenue',
  'digitalFirms',
  'population',
  'firmsPerThousand',
  'itWorkers',
  'labourForce',
  'itWorkforceShare',
] as const;
