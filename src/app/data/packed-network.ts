import type { ActorNetworkFile, GraphAttributes, RelationAttributes, SerializedActor } from "../../schema";

/**
 * A validated network with its relations in columns, as the parse worker hands it to the page.
 * Posting the file's million relation objects cost the page about 4 s to rebuild them from the
 * structured clone, each with its own copy of every repeated string (then 1.8 s more to share
 * them again). In columns, the repeated texts travel once, the numbers travel as typed arrays
 * moved without a copy, and the page builds each relation's attributes straight from them.
 */
export interface PackedNetwork {
  attributes: GraphAttributes;
  nodes: SerializedActor[];
  relations: PackedRelations;
}

/**
 * The relation fields the columns hold, in the order the pipeline writes them (which the rebuilt
 * attributes keep): texts, which repeat from relation to relation (a sentence often holds
 * several), and numbers.
 */
const FIELD_KINDS = {
  type: "text",
  subtype: "text",
  status: "text",
  date: "text",
  datePrecision: "text",
  dateSource: "text",
  article: "text",
  sentence: "text",
  start: "number",
  end: "number",
  quote: "text",
  confidence: "number",
} as const satisfies Partial<Record<keyof RelationAttributes, "text" | "number">>;
type Field = keyof typeof FIELD_KINDS;
type TextField = { [F in Field]: (typeof FIELD_KINDS)[F] extends "text" ? F : never }[Field];
type NumberField = Exclude<Field, TextField>;

const FIELD_ORDER = Object.keys(FIELD_KINDS) as Field[];
const TEXT_FIELDS = FIELD_ORDER.filter((field): field is TextField => FIELD_KINDS[field] === "text");
const NUMBER_FIELDS = FIELD_ORDER.filter((field): field is NumberField => FIELD_KINDS[field] === "number");
const isTextField = (field: string): field is TextField =>
  Object.hasOwn(FIELD_KINDS, field) && FIELD_KINDS[field as Field] === "text";
const isNumberField = (field: string): field is NumberField =>
  Object.hasOwn(FIELD_KINDS, field) && FIELD_KINDS[field as Field] === "number";

/** In a text column: the relation has no such field, or has it set to null. */
const ABSENT_TEXT = -1;
const NULL_TEXT = -2;

export interface PackedRelations {
  count: number;
  keys: string[];
  /** Positions of the two actors in `nodes`. */
  source: Int32Array;
  target: Int32Array;
  undirected: Uint8Array;
  /** Every value of the text fields, once. */
  textPool: string[];
  /** Per text field and relation: the position of its value in `textPool`, ABSENT_TEXT or NULL_TEXT. */
  textColumns: Record<TextField, Int32Array>;
  /** Per number field and relation: its value, NaN when absent (JSON has no NaN). */
  numbers: Record<NumberField, Float64Array>;
  /**
   * Fields of any other name or kind, by relation, for the few relations that have them; they come
   * back after the known fields.
   */
  extra: Map<number, Record<string, unknown>>;
}

export function packNetwork(file: ActorNetworkFile): PackedNetwork {
  const { edges, nodes } = file;
  const count = edges.length;
  const actorPosition = new Map(nodes.map(({ key }, i) => [key, i]));
  const textPosition = new Map<string, number>();
  const textPool: string[] = [];
  const relations: PackedRelations = {
    count,
    keys: new Array<string>(count),
    source: new Int32Array(count),
    target: new Int32Array(count),
    undirected: new Uint8Array(count),
    textPool,
    textColumns: Object.fromEntries(
      TEXT_FIELDS.map((field) => [field, new Int32Array(count).fill(ABSENT_TEXT)]),
    ) as Record<TextField, Int32Array>,
    numbers: Object.fromEntries(
      NUMBER_FIELDS.map((field) => [field, new Float64Array(count).fill(NaN)]),
    ) as Record<NumberField, Float64Array>,
    extra: new Map(),
  };
  const positionOf = (value: string) => {
    let position = textPosition.get(value);
    if (position === undefined) {
      position = textPool.push(value) - 1;
      textPosition.set(value, position);
    }
    return position;
  };
  edges.forEach((edge, e) => {
    relations.keys[e] = edge.key;
    relations.source[e] = actorPosition.get(edge.source)!;
    relations.target[e] = actorPosition.get(edge.target)!;
    relations.undirected[e] = edge.undirected ? 1 : 0;
    let extra: Record<string, unknown> | undefined;
    const attributes = edge.attributes as unknown as Record<string, unknown>;
    for (const field of Object.keys(attributes)) {
      const value = attributes[field];
      if (isTextField(field) && (typeof value === "string" || value === null))
        relations.textColumns[field][e] = value === null ? NULL_TEXT : positionOf(value);
      else if (isNumberField(field) && typeof value === "number") relations.numbers[field][e] = value;
      else if (value !== undefined) defineField((extra ??= {}), field, value);
    }
    if (extra) relations.extra.set(e, extra);
  });
  return { attributes: file.attributes, nodes, relations };
}

const COLUMNS = FIELD_ORDER.map((field) =>
  isTextField(field) ? { field, text: true as const } : { field, text: false as const },
);

/**
 * A relation's attributes with the file's values: the known fields in the pipeline's order, then
 * any others.
 */
export function relationAttributes(relations: PackedRelations, e: number): RelationAttributes {
  const attributes: Record<string, unknown> = {};
  for (const column of COLUMNS) {
    if (column.text) {
      const position = relations.textColumns[column.field][e]!;
      if (position !== ABSENT_TEXT)
        attributes[column.field] = position === NULL_TEXT ? null : relations.textPool[position];
    } else {
      const value = relations.numbers[column.field][e]!;
      if (!Number.isNaN(value)) attributes[column.field] = compactNumber(value);
    }
  }
  const extra = relations.extra.get(e);
  if (extra) for (const [field, value] of Object.entries(extra)) defineField(attributes, field, value);
  return attributes as unknown as RelationAttributes;
}

/**
 * A value read from a Float64Array is a double, which an object field keeps in a heap number of
 * its own (two per relation for the offsets: +2.3 MB at 100k relations); the same small integer as
 * an int32 is kept inline, as the parsed file had it.
 */
function compactNumber(value: number): number {
  return Number.isInteger(value) && Math.abs(value) < 2 ** 30 && !Object.is(value, -0) ? value | 0 : value;
}

/**
 * Sets a field as the file's own data, whatever its name: assigning one named "__proto__" would
 * set the object's prototype instead.
 */
function defineField(record: Record<string, unknown>, field: string, value: unknown): void {
  Object.defineProperty(record, field, { value, enumerable: true, writable: true, configurable: true });
}

/** The buffers `postMessage` can move to the page instead of copying. */
export function transferablesOf({ relations }: PackedNetwork): ArrayBuffer[] {
  const arrays = [
    relations.source,
    relations.target,
    relations.undirected,
    ...Object.values(relations.textColumns),
    ...Object.values(relations.numbers),
  ];
  return arrays.map((array) => array.buffer as ArrayBuffer);
}
