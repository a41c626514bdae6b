export * from "./types";
export * from "./relation-kinds";
export * from "./validate";
export * from "./palette";
