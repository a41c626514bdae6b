export { ACTOR_KIND_COLORS } from "../../schema/palette";

const MIN_SIZE = 4;
const MAX_SIZE = 20;

/** Node size by degree on a square-root scale, so hubs stand out without hiding everyone else. */
export function sizeForDegree(degree: number, maxDegree: number): number {
  if (maxDegree <= 0) return MIN_SIZE;
  return Math.round((MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(degree / maxDegree)) * 100) / 100;
}
