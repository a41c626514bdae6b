import type { ActorKind } from "../../schema";

/** Colours by actor kind (Okabe–Ito, safe for colour-blind readers); the explorer's legend uses the same. */
export const ACTOR_KIND_COLORS: Record<ActorKind, string> = {
  person: "#0072B2",
  organization: "#009E73",
  country: "#D55E00",
  media: "#CC79A7",
};

const MIN_SIZE = 4;
const MAX_SIZE = 20;

/** Node size by degree on a square-root scale, so hubs stand out without hiding everyone else. */
export function sizeForDegree(degree: number, maxDegree: number): number {
  if (maxDegree <= 0) return MIN_SIZE;
  return Math.round((MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(degree / maxDegree)) * 100) / 100;
}
