/** The figures of an evaluation: precision, recall and F1, shares and short listings. */

/** Precision, recall and F1; null where the share is 0/0. */
export interface Prf {
  tp: number;
  predicted: number;
  gold: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface Share {
  correct: number;
  total: number;
  rate: number | null;
}

/** Items for a developer to look at: the first `limit`, with the full count. */
export interface Listing {
  total: number;
  items: string[];
}

export function prf(tp: number, predicted: number, gold: number): Prf {
  const precision = predicted > 0 ? tp / predicted : null;
  const recall = gold > 0 ? tp / gold : null;
  const [p, r] = [precision ?? 0, recall ?? 0];
  const f1 = precision === null && recall === null ? null : p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { tp, predicted, gold, precision, recall, f1 };
}

export const share = (correct: number, total: number): Share => ({
  correct,
  total,
  rate: total > 0 ? correct / total : null,
});

export const listing = (items: string[], limit: number): Listing => ({
  total: items.length,
  items: items.slice(0, limit),
});

/** P/R/F1 per category: pairs count when both sides are in it, as [gold, predicted] categories. */
export function byCategory<C extends string>(
  categories: readonly C[],
  pairs: [C, C][],
  predicted: C[],
  gold: C[],
): Record<C, Prf> {
  const count = (items: C[], category: C) => items.filter((item) => item === category).length;
  const hits = pairs.filter(([g, p]) => g === p).map(([g]) => g);
  return Object.fromEntries(
    categories.map((c) => [c, prf(count(hits, c), count(predicted, c), count(gold, c))]),
  ) as Record<C, Prf>;
}
