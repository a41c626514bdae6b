/**
 * A guard against text that is not prose: a line with no full stop, a pasted table, megabytes of one
 * word. Later stages compare the words of a sentence with each other, so their cost grows with the
 * square of its length; a sentence longer than this is cut into pieces that they see one by one.
 * News sentences are far shorter (a long one is 400 characters), so real articles are not touched.
 */
export const MAX_SENTENCE_CHARS = 2000;

/** Cuts the span [start, end) of `text` into pieces of at most `max` characters, at spaces when it can. */
export function capSpan(
  text: string,
  start: number,
  end: number,
  max = MAX_SENTENCE_CHARS,
): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let from = start;
  while (end - from > max) {
    let cut = from + max;
    const space = lastSpaceBetween(text, from + max / 2, cut);
    if (space !== -1) cut = space;
    else if (isHighSurrogate(text.charCodeAt(cut - 1))) cut--; // never split an emoji in two
    pieces.push([from, cut]);
    from = cut;
    while (from < end && /\s/.test(text[from] as string)) from++;
  }
  if (from < end) pieces.push([from, end]);
  return pieces;
}

function lastSpaceBetween(text: string, low: number, high: number): number {
  for (let i = high; i > low; i--) if (/\s/.test(text[i] as string)) return i;
  return -1;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
