/** Corrections to an actor network: the file, its validation, replaying it, and undo/redo. */
export * from "./format";
export { parseCorrections, type ParsedCorrections } from "./parse";
export { applyCorrections, describeSkipped, type CorrectedNetwork, type SkippedCorrection } from "./apply";
export { describeCorrection } from "./describe";
export * from "./history";
export { actorRef, relationRef } from "./refs";
