import type { InstancedProgramDefinition } from "sigma/rendering";

/**
 * Where an attribute's value sits among the floats of each instance, as sigma lays them out
 * (a normalised attribute, such as a packed colour, takes one float). Program wrappers append
 * their attribute after the base program's, but wrappers stack, so an inner one's attribute is
 * not the last: each looks its own up by name. Throws, naming it, when the program lacks it.
 */
export function attributeSlot(definition: InstancedProgramDefinition, name: string): number {
  let slot = 0;
  for (const attribute of definition.ATTRIBUTES) {
    if (attribute.name === name) return slot;
    slot += attribute.normalized ? 1 : attribute.size;
  }
  throw new Error(`${name}: the program has no such attribute`);
}
