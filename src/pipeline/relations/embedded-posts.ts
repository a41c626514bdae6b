import type { Mention } from "../actors/mentions";
import type { SentenceAnalysis } from "../actors/recognize";

import { POST_SIGNATURE } from "../text/post-signature";

/** Who wrote an embedded post, and the sentence of its signature line, which dates it. */
export interface PostAuthor {
  key: string;
  signature: number;
}

/**
 * Sentences of an embedded social-media post, mapped to its author: the paragraph just above a
 * signature line that names a person. The post is the author's own words, quotation marks or not.
 */
export function embeddedPostAuthors(
  analyses: readonly SentenceAnalysis[],
  mentionsBySentence: readonly Mention[][],
): Map<number, PostAuthor> {
  const authors = new Map<number, PostAuthor>();
  analyses.forEach((analysis, index) => {
    if (!POST_SIGNATURE.test(analysis.sentence.text)) return;
    const author = (mentionsBySentence[index] ?? []).find((m) => m.kind === "person");
    const paragraph = analysis.sentence.paragraph - 1;
    if (!author) return;
    for (let i = index - 1; i >= 0 && (analyses[i] as SentenceAnalysis).sentence.paragraph === paragraph; i--)
      authors.set(i, { key: author.key, signature: index });
  });
  return authors;
}
