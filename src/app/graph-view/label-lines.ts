/**
 * A label on two lines: where no place by its disc is clear for it on one line, the label split at
 * the space nearest its middle is narrower, and often fits between the discs of a crowded core.
 */

/** The label split at the space nearest its middle, or undefined when it has no space. */
export function twoLines(label: string): [string, string] | undefined {
  const middle = label.length / 2;
  let best = -1;
  for (let i = label.indexOf(" "); i !== -1; i = label.indexOf(" ", i + 1))
    if (best === -1 || Math.abs(i - middle) < Math.abs(best - middle)) best = i;
  if (best <= 0 || best >= label.length - 1) return undefined;
  return [label.slice(0, best).trimEnd(), label.slice(best + 1).trimStart()];
}

/**
 * Where each line of a label in `box` starts, and its middle's height: lines of `lineHeight`,
 * from the top, flush with the side that faces the disc (`alignRight` for a label left of it).
 */
export function lineOrigins(
  box: { left: number; top: number; right: number },
  widths: readonly number[],
  lineHeight: number,
  alignRight: boolean,
): { x: number; y: number }[] {
  return widths.map((width, i) => ({
    x: alignRight ? box.right - width : box.left,
    y: box.top + lineHeight * (i + 0.5),
  }));
}
