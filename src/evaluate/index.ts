export { describeEdge, describeGoldActor, describeGoldEdge, describeNode } from "./describe";
export { formatReport } from "./format";
export { parseGold, type GoldActor, type GoldEdge, type GoldParseResult, type GoldStandard } from "./gold";
export { matchActors, type ActorMatch, type ActorMatching } from "./match-actors";
export { matchEdges, type EdgeMatch, type EdgeMatching } from "./match-edges";
export { normalizeName } from "./normalize";
export { prf, type Listing, type Prf, type Share } from "./figures";
export { DEFAULT_EVALUATE_OPTIONS, evaluate, type EvaluateOptions, type EvaluationReport } from "./score";
