import { el } from "../../dom";
import { namedCommunities } from "../communities";
import type { FilterSpec } from "../filter-spec";
import { finite } from "../url-lists";

export interface CommunityState {
  /** The `community` attribute's value of the actors shown, or null for all. */
  community: number | null;
}

/** One community at a time, chosen by its name (its most mentioned members). */
export const communityFilter: FilterSpec<CommunityState> = {
  name: "community",
  defaults: { community: null },
  url: {
    params: ["community"],
    read(params) {
      const community = finite(params.get("community"));
      return community !== undefined ? { community } : {};
    },
    write({ community }, params) {
      if (community !== null) params.set("community", String(community));
    },
  },
  visibility: {
    actor: ({ community }) => (community === null ? null : (actor) => actor.community === community),
  },
  control({ graph, get, set }) {
    const select = el(
      "select",
      { id: "community" },
      el("option", { value: "", textContent: "All communities" }),
      ...namedCommunities(graph).map(({ id, size, name }) =>
        el("option", { value: String(id), textContent: `${name} (${size})` }),
      ),
    );
    const show = ({ community }: CommunityState) => {
      const value = community === null ? "" : String(community);
      // A link may name a community of one, which the list leaves out.
      if (![...select.options].some((option) => option.value === value))
        select.append(el("option", { value, textContent: `Community ${value}` }));
      select.value = value;
    };
    show(get());
    select.addEventListener("change", () =>
      set({ community: select.value === "" ? null : Number(select.value) }),
    );
    return {
      element: el("div", {}, el("label", { className: "field", htmlFor: "community" }, "Community"), select),
      show,
    };
  },
  caption: ({ community }) => (community !== null ? `Community: ${community}` : null),
};
