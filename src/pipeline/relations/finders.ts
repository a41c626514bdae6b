import type { RelationType } from "../../schema";
import { callsIn } from "./calls";
import { citationsIn } from "./citations";
import type { DraftRelation } from "./draft";
import { answered, reactedTo } from "./answers";
import { firstPersonCalls } from "./reported-calls";
import { speakersOf, type SentenceReading } from "./sentence-reading";
import { continuedStatements, statementsOf, statementSubtype } from "./statements";

/** Finds the relations of one kind in a sentence. */
export type RelationFinder = (reading: SentenceReading) => DraftRelation[];

/** An embedded post is dated by its signature line, not by the sentence it is in. */
const datedByPost = (reading: SentenceReading) => (relation: DraftRelation) =>
  reading.continued?.post ? { ...relation, dateSentence: reading.continued.post.signature } : relation;

/** Statements: each speech with a known speaker, and a quotation or post that goes on without a cue. */
const findStatements: RelationFinder = (reading) => {
  const { analysis, mentions, quote } = reading;
  const text = analysis.sentence.text;
  const continued = reading.continued
    ? continuedStatements(reading.continued, mentions, analysis.sentence.index, quote, text).map(
        datedByPost(reading),
      )
    : [];
  return [
    ...continued,
    ...reading.speeches.flatMap(({ speech, speaker, scopeEnd }) => {
      const found = statementsOf(speech, speaker, mentions, analysis.sentence.index, quote, scopeEnd, text);
      // "X rejected the accusation": X answers whoever made it, though the sentence names no one;
      // "X welcomed the decision": X reacts to whoever the story says made it.
      const other =
        answered(text, speech, speaker, reading.earlierSpeakers) ??
        (found.length === 0 ? reactedTo(text, speech, speaker, reading.storySubject) : null);
      if (other === null || found.some((relation) => relation.target === other)) return found;
      const subtype = found[0]?.subtype ?? statementSubtype(speech.verb);
      return [
        ...found,
        {
          type: "statement" as const,
          ...(subtype ? { subtype } : {}),
          source: speaker,
          target: other,
          sentence: analysis.sentence.index,
          anchor: speech.at,
          ...(quote ? { quote } : {}),
          confidence: 0.6,
        },
      ];
    }),
  ];
};

/** Calls: those the sentence reports, and those a speaker reports in the first person. */
const findCalls: RelationFinder = (reading) => {
  const { analysis, mentions, earlier, previousPeople } = reading;
  const continued = reading.continued;
  const reported = continued
    ? firstPersonCalls(
        analysis,
        mentions,
        continued.speaker,
        earlier,
        previousPeople,
        continued.ownWords,
      ).map(datedByPost(reading))
    : [];
  return [
    ...reported,
    ...reading.speeches.flatMap(({ speaker }) =>
      firstPersonCalls(analysis, mentions, speaker, earlier, previousPeople),
    ),
    ...callsIn(analysis, mentions, reading.pronounFor),
  ];
};

/** Citations: an outlet the sentence cites quotes the person who speaks in it. */
const findCitations: RelationFinder = (reading) =>
  citationsIn(reading.analysis, reading.mentions, speakersOf(reading), reading.earlier[0], reading.quote);

/**
 * The finder of each relation kind, keyed by the kinds of src/schema/relation-kinds.ts: the compiler
 * holds this record to that list, so a new kind cannot be added without its finder.
 */
export const RELATION_FINDERS: Record<RelationType, RelationFinder> = {
  call: findCalls,
  statement: findStatements,
  citation: findCitations,
};
