import type { Mention } from "../actors/mentions";
import type { SentenceAnalysis } from "../actors/recognize";
import type { PostAuthor } from "./embedded-posts";
import type { Speech } from "./speech";

/** A speech whose speaker is known: the actor a name, a pronoun or "it" stands for. */
export interface ResolvedSpeech {
  speech: Speech;
  speaker: string;
  /** Where what was said ends in the sentence: at the next speech, or a clause of its own. */
  scopeEnd: number;
}

/**
 * One sentence as the relation finders read it: its mentions and speeches, with what the walk over
 * the article has settled from the sentences before (who "he" is, whose words a bare quotation
 * goes on in). The finders of each relation kind read nothing else.
 */
export interface SentenceReading {
  analysis: SentenceAnalysis;
  mentions: readonly Mention[];
  /** The longest quotation: the words a relation reports. */
  quote: string | undefined;
  speeches: readonly ResolvedSpeech[];
  /**
   * A quotation with no cue, an embedded post or an interview's answer, that goes on in someone's
   * words; `ownWords` where the whole sentence is theirs, quotation marks or not.
   */
  continued: { speaker: string; post: PostAuthor | undefined; ownWords: boolean } | null;
  /** The people of earlier sentences, likeliest antecedent first. */
  earlier: readonly string[];
  /** The people named in the sentence before. */
  previousPeople: readonly string[];
  /** Who made the statements of the last few sentences, the most recent first. */
  earlierSpeakers: readonly string[];
  /** The actor the article's first sentence opens with: who did what the story reports. */
  storySubject: string | null;
  /** Who "he" or "she" at a position of the sentence is. */
  pronounFor: (pronoun: "he" | "she", at: number) => string | null;
}

/** Everyone who speaks in the sentence: the speaker of a bare quotation first. */
export const speakersOf = (reading: SentenceReading): string[] => [
  ...new Set([
    ...(reading.continued ? [reading.continued.speaker] : []),
    ...reading.speeches.map((resolved) => resolved.speaker),
  ]),
];
