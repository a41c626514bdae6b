import type Graph from "graphology";
import type Sigma from "sigma";
import type { NodeDisplayData } from "sigma/types";
import type { ViewStore } from "./state/store";
import type { DatedRelations } from "./data/time-order";

/**
 * The timeline and export views are written alongside this explorer; they are picked up when
 * their folders are in the build and skipped (with a fallback) when not, so each can land alone.
 */
export type MountTimeline = (
  el: HTMLElement,
  deps: { relations: DatedRelations; store: ViewStore },
) => () => void;
export type MountExport = (
  el: HTMLElement,
  deps: {
    renderer: Sigma;
    graph: Graph;
    store: ViewStore;
    isEdgeVisible(key: string): boolean;
    isNodeVisible(key: string): boolean;
    isLabelLeftOut?(data: NodeDisplayData): boolean;
    onReady?(api: unknown): void;
  },
) => () => void;

const timelineModules = import.meta.glob<{ mountTimeline?: MountTimeline }>(
  ["./timeline/*.ts", "!./timeline/*.test.ts"],
  { eager: true },
);
const exportModules = import.meta.glob<{ mountExport?: MountExport }>(
  ["./export/*.ts", "!./export/*.test.ts"],
  {
    eager: true,
  },
);

export const mountTimeline: MountTimeline | null =
  Object.values(timelineModules).find((module) => typeof module.mountTimeline === "function")
    ?.mountTimeline ?? null;

export const mountExport: MountExport | null =
  Object.values(exportModules).find((module) => typeof module.mountExport === "function")?.mountExport ??
  null;
