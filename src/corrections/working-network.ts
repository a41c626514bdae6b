import type { ActorAttributes, ActorNetworkFile, SerializedActor, SerializedRelation } from "../schema";
import type { ActorRef, RelationRef, ReviewMark } from "./format";

/** The mark a corrected actor or relation carries, beside the schema's attributes. */
export type Marked<T> = T & { review?: ReviewMark };

const evidenceKey = (r: { article: string; start: number; end: number; type: string }) =>
  `${r.article}\u0000${r.start}\u0000${r.end}\u0000${r.type}`;
const nameKey = (name: string) => name.trim().toLowerCase();

/**
 * A network being corrected: copy-on-write, so that replaying a few corrections on 100,000
 * relations copies the few it changes, not all of them. Actors are found by key, then by name;
 * relations by their evidence.
 */
export class WorkingNetwork {
  readonly actors = new Map<string, SerializedActor>();
  readonly relations: SerializedRelation[];
  private readonly removedRelations = new Set<number>();
  private readonly copied = new Set<number>();
  private readonly copiedActors = new Set<string>();
  /** Where a merged actor went, and which actors were removed: later entries may still name them. */
  readonly mergedInto = new Map<string, string>();
  readonly removedActors = new Set<string>();
  private readonly byName = new Map<string, string>();
  private readonly byEvidence = new Map<string, number[]>();
  private readonly relationKeys: Set<string>;

  constructor(readonly source: ActorNetworkFile) {
    for (const actor of source.nodes) this.actors.set(actor.key, actor);
    // Names: every alias first, then the labels, so that a label wins over another actor's alias.
    for (const { key, attributes } of source.nodes)
      for (const alias of attributes.aliases) this.nameActor(alias, key);
    for (const { key, attributes } of source.nodes) this.byName.set(nameKey(attributes.label), key);
    this.relations = [...source.edges];
    this.relations.forEach((relation, i) => this.index(relation, i));
    this.relationKeys = new Set(source.edges.map((e) => e.key));
  }

  nameActor(name: string, key: string): void {
    if (!this.byName.has(nameKey(name))) this.byName.set(nameKey(name), key);
  }

  /** The actor's key in the network now, following merges; null when it is gone or never was. */
  findActor(ref: ActorRef): string | null {
    let key: string | undefined = ref.key;
    for (let hops = 0; key !== undefined && this.mergedInto.has(key) && hops < 1000; hops++)
      key = this.mergedInto.get(key);
    if (key !== undefined && this.actors.has(key)) return key;
    if (this.removedActors.has(ref.key)) return null;
    const named = this.byName.get(nameKey(ref.label));
    return named !== undefined && this.actors.has(named) ? named : null;
  }

  /** The relation with this evidence between these actors (either way round when undirected). */
  findRelation(ref: RelationRef): number | null {
    const source = this.findActor(ref.source);
    const target = this.findActor(ref.target);
    for (const i of this.byEvidence.get(evidenceKey(ref)) ?? []) {
      const r = this.relations[i]!;
      if (this.removedRelations.has(i) || r.attributes.type !== ref.type) continue;
      if (r.source === source && r.target === target) return i;
      if (r.undirected && r.source === target && r.target === source) return i;
    }
    return null;
  }

  hasEvidence(ref: RelationRef): boolean {
    return (this.byEvidence.get(evidenceKey(ref)) ?? []).some((i) => !this.removedRelations.has(i));
  }

  /** The actor, copied once before its first change, and marked corrected. */
  editActor(key: string): Marked<ActorAttributes> {
    const actor = this.actors.get(key)!;
    if (!this.copiedActors.has(key)) {
      this.actors.set(key, {
        key,
        attributes: { ...actor.attributes, aliases: [...actor.attributes.aliases] },
      });
      this.copiedActors.add(key);
    }
    const attributes: Marked<ActorAttributes> = this.actors.get(key)!.attributes;
    attributes.review = "corrected";
    return attributes;
  }

  /** The relation, copied once before its first change; marked unless `mark` is null. */
  editRelation(i: number, mark: ReviewMark | null = "corrected"): SerializedRelation {
    if (!this.copied.has(i)) {
      const r = this.relations[i]!;
      this.relations[i] = { ...r, attributes: { ...r.attributes } };
      this.copied.add(i);
    }
    const relation = this.relations[i]!;
    const attributes = relation.attributes as Marked<SerializedRelation["attributes"]>;
    if (mark && attributes.review !== "added" && attributes.review !== "corrected") attributes.review = mark;
    return relation;
  }

  /** Call after changing a relation's type: it is found by its evidence, type included. */
  reindex(i: number, oldType: string): void {
    const relation = this.relations[i]!;
    const old = this.byEvidence.get(evidenceKey({ ...relation.attributes, type: oldType }));
    old?.splice(old.indexOf(i), 1);
    this.index(relation, i);
  }

  removeRelation(i: number): void {
    this.removedRelations.add(i);
  }

  /** The live relations touching an actor, by position. */
  relationsOf(key: string): number[] {
    const found: number[] = [];
    this.relations.forEach((r, i) => {
      if (!this.removedRelations.has(i) && (r.source === key || r.target === key)) found.push(i);
    });
    return found;
  }

  addRelation(relation: Omit<SerializedRelation, "key">): void {
    let n = 1;
    while (this.relationKeys.has(`added-${n}`)) n++;
    const added = { key: `added-${n}`, ...relation };
    this.relationKeys.add(added.key);
    this.index(added, this.relations.push(added) - 1);
  }

  toFile(): ActorNetworkFile {
    return {
      options: this.source.options,
      attributes: this.source.attributes,
      nodes: [...this.actors.values()],
      edges: this.relations.filter((_, i) => !this.removedRelations.has(i)),
    };
  }

  private index(relation: SerializedRelation, i: number): void {
    const key = evidenceKey(relation.attributes);
    const list = this.byEvidence.get(key);
    if (list) list.push(i);
    else this.byEvidence.set(key, [i]);
  }
}
