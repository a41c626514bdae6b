/** Disc sizes as the pipeline gives them by degree: a square-root scale, so hubs stand out without hiding everyone else. */
const MIN_SIZE = 4;
const MAX_SIZE = 20;

export function sizesOf(values: Float64Array): Float32Array {
  let max = 0;
  for (const value of values) max = Math.max(max, value);
  return Float32Array.from(values, (value) =>
    max > 0 ? MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(Math.max(0, value) / max) : MIN_SIZE,
  );
}
