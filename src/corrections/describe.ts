import type { ActorRef, Correction, RelationRef } from "./format";

const actor = (ref: ActorRef) => `"${ref.label}"`;
const relation = (ref: RelationRef) =>
  `${ref.type} ${actor(ref.source)} – ${actor(ref.target)} (article ${ref.article} at ${ref.start}–${ref.end})`;

/** One line a person can read: the undo button's title, the history list, a skipped entry's message. */
export function describeCorrection(c: Correction): string {
  switch (c.op) {
    case "merge-actors":
      return `merge ${c.actors.map(actor).join(", ")} into ${actor(c.into)}`;
    case "rename-actor":
      return `rename ${actor(c.actor)} to "${c.label}"`;
    case "set-actor-kind":
      return `make ${actor(c.actor)} a ${c.kind}`;
    case "set-actor-role":
      return `set the role of ${actor(c.actor)} to ${c.role === null ? "none" : `"${c.role}"`}`;
    case "remove-actor":
      return `remove ${actor(c.actor)}`;
    case "reject-relation":
      return `reject ${relation(c.relation)}`;
    case "confirm-relation":
      return `confirm ${relation(c.relation)}`;
    case "set-relation-type":
      return `make ${relation(c.relation)} a ${c.type}`;
    case "set-relation-status":
      return `mark ${relation(c.relation)} ${c.status}`;
    case "reverse-relation":
      return `reverse ${relation(c.relation)}`;
    case "set-relation-date":
      return `date ${relation(c.relation)} ${c.date ?? "unknown"}`;
    case "add-relation":
      return `add ${c.type} ${actor(c.source)} → ${actor(c.target)} from article ${c.article} at ${c.start}–${c.end}`;
  }
}
