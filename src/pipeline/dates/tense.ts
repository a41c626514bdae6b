/** Words that put what follows in the future: "are expected to speak on Tuesday", "plans to call". */
const FUTURE =
  /\b(?:will|shall|['’]ll|expected to|to be held|plans? to|planned|is set to|are set to|going to|scheduled|upcoming|next|intends? to|due to)\b/i;

/** The tense of the clause that leads up to a date expression. */
export function tenseBefore(sentence: string, position: number): "past" | "future" {
  const clauseStart = Math.max(sentence.lastIndexOf(";", position), sentence.lastIndexOf(". ", position), 0);
  // '"I will reach out to her," he told DZMM radio on Sunday': the quotation's tense is not the telling's.
  const clause = sentence.slice(clauseStart, position).replace(/[“"][^”"]*(?:[”"]|$)/g, " ");
  return FUTURE.test(clause) ? "future" : "past";
}
