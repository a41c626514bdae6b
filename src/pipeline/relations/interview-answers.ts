import type { Mention } from "../actors/mentions";
import type { SentenceAnalysis } from "../actors/recognize";

// A question put to the interviewee: "How did you react?", "Q: Has the relationship improved?".
const QUESTION_END = /\?["”’']?\s*$/;
const QUESTION_MARK = /^(?:Q|Question)\s*[:.–—-]\s*/;
const ADDRESSED = /\b(?:you|your|yours)\b/i;
// "A: We welcome ...": an answer marked as one.
const ANSWER_MARK = /^A\s*[:.–—-]\s*/;
// "Kuleba: 'Europe must ...'": a headline that gives the interviewee's words after their name.
const NAME_THEN_WORDS = /^\s*:/;
// "Interview by Jane Roe", "interviewed by": the interviewer, not the one interviewed.
const BY_BEFORE = /\bby\s+$/i;

/** How many questions, at least, make an article an interview, and how many of them say "you". */
const MIN_QUESTIONS = 3;
const MIN_ADDRESSED = 2;

interface Paragraph {
  index: number;
  sentences: number[];
}

function paragraphsOf(analyses: readonly SentenceAnalysis[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  analyses.forEach((analysis, i) => {
    const last = paragraphs.at(-1);
    if (last && last.index === analysis.sentence.paragraph) last.sentences.push(i);
    else paragraphs.push({ index: analysis.sentence.paragraph, sentences: [i] });
  });
  return paragraphs;
}

/**
 * The interviewee: the person a headline gives words to after a colon, else the first named in the
 * introduction.
 */
function intervieweeOf(
  analyses: readonly SentenceAnalysis[],
  mentionsBySentence: readonly Mention[][],
  introEnd: number,
): string | null {
  for (let i = 0; i < introEnd; i++) {
    const analysis = analyses[i] as SentenceAnalysis;
    if (!analysis.sentence.isHeading) continue;
    const opening = (mentionsBySentence[i] ?? []).find((m) => m.kind === "person" && m.start <= 2);
    if (opening && NAME_THEN_WORDS.test(analysis.sentence.text.slice(opening.end))) return opening.key;
  }
  for (let i = 0; i < introEnd; i++) {
    const analysis = analyses[i] as SentenceAnalysis;
    if (analysis.sentence.isHeading || analysis.isCredit) continue;
    const text = analysis.sentence.text;
    const person = (mentionsBySentence[i] ?? []).find(
      (m) => m.kind === "person" && !m.inQuote && !m.possessive && !BY_BEFORE.test(text.slice(0, m.start)),
    );
    if (person) return person.key;
  }
  return null;
}

/**
 * The sentences of an interview printed as questions and answers, mapped to the interviewee: the
 * paragraphs after each question ("How did you react?", "Q: ...") are the interviewee's own words,
 * quotation marks or not. An article is read so only where at least three paragraphs are questions
 * and two of them put "you" to someone, so that a story's rhetorical questions do not make one.
 */
export function interviewAnswers(
  analyses: readonly SentenceAnalysis[],
  mentionsBySentence: readonly Mention[][],
): Map<number, string> {
  const answers = new Map<number, string>();
  const paragraphs = paragraphsOf(analyses);
  const isQuestion = (paragraph: Paragraph) => {
    const first = analyses[paragraph.sentences[0] as number]?.sentence.text ?? "";
    const last = analyses[paragraph.sentences.at(-1) as number]?.sentence.text ?? "";
    return QUESTION_MARK.test(first) || (QUESTION_END.test(last) && !/^["“]/.test(first));
  };
  const questions = new Set(paragraphs.filter(isQuestion));
  const addressed = [...questions].filter((paragraph) =>
    paragraph.sentences.some((i) => ADDRESSED.test(analyses[i]?.sentence.text ?? "")),
  );
  if (questions.size < MIN_QUESTIONS || addressed.length < MIN_ADDRESSED) return answers;
  const firstQuestion = [...questions][0] as Paragraph;
  const interviewee = intervieweeOf(analyses, mentionsBySentence, firstQuestion.sentences[0] as number);
  if (interviewee === null) return answers;
  let answering = false;
  for (const paragraph of paragraphs) {
    if (questions.has(paragraph)) answering = true;
    else if (answering || ANSWER_MARK.test(analyses[paragraph.sentences[0] as number]?.sentence.text ?? ""))
      for (const i of paragraph.sentences) answers.set(i, interviewee);
  }
  return answers;
}
