/**
 * A folder that grows, written for the corrections tests: two articles first, then a third, so
 * that fixes made on the first network are replayed on the one rebuilt from the grown folder.
 */
export const GROWING_FOLDER = {
  first:
    "Talks in Geneva\n\nPresident Okeyo Wanjala met Prime Minister Maria Lindqvist in Geneva on Tuesday. " +
    "Wanjala said Kenya would never accept the deal. Prime Minister Lindqvist accused Kenya of delay.\n",
  second:
    "A second round\n\nMaria Lindqvist told Radio Lumen on Friday that Kenya had moved. Okeyo Wanjala said Sweden was patient.\n",
  later: "Later\n\nPresident Okeyo Wanjala spoke with Maria Lindqvist by phone on Monday.\n",
};

/** The manifest of the folder's files, all published the same day by the same outlet. */
export const manifestOf = (files: string[]) =>
  JSON.stringify({ articles: files.map((file) => ({ file, published: "2024-05-10", source: "Meridian" })) });
