import type { ActorAttributes, RelationStatus, RelationType } from "../../schema";
import type { ExplorerGraph } from "../data/build-graph";
import type { VisibilityIndex } from "../data/visibility";
import type { Selection } from "../state/store";

/**
 * One filter of the explorer, whole: its default, its form in a link, how it decides what is
 * visible, its control in the sidebar and its line in a snapshot's caption. The filters are listed
 * in registry.ts; the view state, the link, the visibility index, the sidebar and the caption read
 * that list, so a new filter is one file and one entry there.
 */
export interface FilterSpec<S extends object> {
  /** Names the control's element (`filter-<name>`) and the spec in errors. */
  name: string;
  /** The filter's own keys of the view state, with the values that show everything. */
  defaults: S;
  url: FilterUrl<S>;
  /** How it narrows what is visible; none for a filter that only changes how things are drawn. */
  visibility?: VisibilityHooks<S>;
  /** Keys kept in step with the rest of the view state (the ego filter follows the selection). */
  derive?(state: Readonly<S> & { selected: Selection }): Partial<S>;
  control(context: ControlContext<S>): FilterControl<S>;
  /** Its caption line, or null when it hides nothing. */
  caption(state: Readonly<S>, facts: CaptionContext): string | null;
}

/** Query parameters: read what a link asks for (ignoring what is malformed), write what differs from the default. */
export interface FilterUrl<S> {
  /** The parameters it owns: a link's are replaced by what `write` sets. */
  params: readonly string[];
  read(params: URLSearchParams): Partial<S>;
  write(state: Readonly<S>, params: URLSearchParams): void;
}

/**
 * What a filter may ask of the visibility index. Each is optional; the index combines those of
 * every filter (all must pass, the highest floor wins).
 */
export interface VisibilityHooks<S> {
  /** Which actors may be shown, whatever the time; null lets every actor through. */
  actor?(state: Readonly<S>): ((actor: ActorAttributes) => boolean) | null;
  /** Which relations may be shown by type and status, whatever the time; null lets all through. */
  relation?(
    state: Readonly<S>,
  ): ((relation: { type: RelationType; status: RelationStatus }) => boolean) | null;
  /** The fewest passing relations a shown actor has. */
  minDegree?(state: Readonly<S>): number;
  /** Only actors within `steps` passing relations (time window included) of `from`; null for all. */
  reach?(state: Readonly<S>): { from: string; steps: number } | null;
}

export interface ControlContext<S> {
  graph: ExplorerGraph;
  visibility: VisibilityIndex;
  get(): Readonly<S>;
  set(patch: Partial<S>): void;
}

export interface FilterControl<S> {
  element: HTMLElement;
  /** The filter's keys changed (from a link, a test or another view): show the new values. */
  show(state: Readonly<S>): void;
  /** What is visible moved: show the new "shown of total" counts. */
  recount?(): void;
}

/** What a caption line may say beyond the filter's own values. */
export interface CaptionContext {
  selectedLabel?: string | null;
  /** The selected actor's key, when the selection is an actor. */
  selectedActor?: string | null;
}
