import * as chrono from "chrono-node";
import { toIso } from "./calendar";

/** Lines such as "Published: 3 December 2022" or a dateline near the top of the article. */
const HEAD_LENGTH = 600;

/** The publication date the text itself gives, when a full date (day, month, year) opens the article. */
export function publishedFromText(text: string): string | null {
  const head = text.slice(0, HEAD_LENGTH);
  const labelled = /(?:published|updated|posted|date)\s*:?\s*([^\n]{6,40})/i.exec(head);
  const candidates = labelled ? [labelled[1] as string, head] : [head];
  for (const candidate of candidates) {
    for (const result of chrono.en.parse(candidate, new Date(Date.UTC(2000, 0, 1)))) {
      const start = result.start;
      if (start.isCertain("day") && start.isCertain("month") && start.isCertain("year"))
        return toIso(
          new Date(
            Date.UTC(start.get("year") ?? 0, (start.get("month") ?? 1) - 1, start.get("day") ?? 1, 12),
          ),
        );
    }
  }
  return null;
}
