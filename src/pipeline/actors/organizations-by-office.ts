import { isCommonWord, isFirstName, isLastName, isPlaceName } from "../lexicon/names";
import { NEVER_NAMES, TITLE_MODIFIERS } from "../lexicon/words";
import { adjacent, type Token } from "../text/tokens";
import type { OrganizationSpan } from "./organizations";

// The offices of an organisation's people, written in lower case between its name and theirs.
const OFFICE =
  /^\s+(?:(?:deputy|acting|interim|former|vice|founding)[\s-]+)?(?:president|leader|chairman|chairwoman|chair|chief executive|chief|ceo|founder|spokesman|spokeswoman|spokesperson|secretary-general|general secretary|boss|head)\s+(?=\p{Lu})/u;

/** A word that may be an organisation's name alone: not an everyday word, a place, or a person's name. */
const couldNameOrganization = (token: Token) =>
  token.isCapitalized &&
  !/^\p{N}/u.test(token.text) &&
  !NEVER_NAMES.has(token.lower) &&
  !TITLE_MODIFIERS.has(token.lower) &&
  !isCommonWord(token.text) &&
  !isPlaceName(token.text) &&
  !isFirstName(token.text) &&
  !isLastName(token.text);

/**
 * Organisations named by the office of someone named after them: "Umno president Ahmad Zahid",
 * "Hamas leader Ismail Haniyeh", "Acme chief executive Jane Roe". UK style writes the office in lower
 * case, which marks where the organisation's name ends and the person's begins. Known actors
 * ("Kremlin spokesman") are left to the knowledge file by the caller.
 */
export function organizationsByOffice(sentence: string, tokens: readonly Token[]): OrganizationSpan[] {
  const spans: OrganizationSpan[] = [];
  for (let end = 1; end <= tokens.length; end++) {
    const last = tokens[end - 1] as Token;
    if (last.possessive || !OFFICE.test(sentence.slice(last.end))) continue;
    let start = end;
    while (
      start > 0 &&
      end - start < 3 &&
      couldNameOrganization(tokens[start - 1] as Token) &&
      (start === end || adjacent(sentence, tokens[start - 1] as Token, tokens[start] as Token))
    )
      start--;
    // The name must start its capitalised run ("Acting Umno president" but not "Grand Umno president").
    const before = tokens[start - 1];
    const runGoesOn =
      before !== undefined &&
      before.isCapitalized &&
      adjacent(sentence, before, tokens[start] as Token) &&
      !TITLE_MODIFIERS.has(before.lower) &&
      !NEVER_NAMES.has(before.lower);
    if (start === end || runGoesOn) continue;
    spans.push({
      from: start,
      to: end,
      label: sentence.slice(tokens[start]?.start, last.end),
      acronym: null,
    });
  }
  return spans;
}

// The people whose workplace follows "at" or "with": "an analyst at Morgan Stanley", "Asia economist
// at Capital Economics", "a fellow with Lowy Institute".
const WORKER_AT =
  /\b(?:analyst|economist|strategist|researcher|fellow|professor|lecturer|partner|director|associate|scholar|scientist|executive|manager|consultant|specialist|expert|banker)s?\s+(?:at|with)\s+$/i;

/**
 * Organisations named as someone's workplace: the capitalised run after "an analyst at", whatever
 * its words look like, since "Morgan Stanley" and "Capital Economics" are shaped like a person's
 * name or an everyday phrase. A place alone ("an economist at Oxford") is left to the place reading.
 */
export function organizationsByWorkplace(sentence: string, tokens: readonly Token[]): OrganizationSpan[] {
  const spans: OrganizationSpan[] = [];
  for (let start = 0; start < tokens.length; start++) {
    const first = tokens[start] as Token;
    if (!first.isCapitalized || !WORKER_AT.test(sentence.slice(0, first.start))) continue;
    let end = start + 1;
    while (
      end < tokens.length &&
      end - start < 4 &&
      !tokens[end - 1]?.possessive &&
      (tokens[end] as Token).isCapitalized &&
      adjacent(sentence, tokens[end - 1] as Token, tokens[end] as Token)
    )
      end++;
    const words = tokens.slice(start, end);
    if (words.every((token) => isPlaceName(token.text)) || NEVER_NAMES.has(first.lower)) continue;
    spans.push({
      from: start,
      to: end,
      label: sentence.slice(first.start, (words.at(-1) as Token).end),
      acronym: null,
    });
  }
  return spans;
}
