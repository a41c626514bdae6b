/**
 * One made-up article in every format the sources read, written for these tests: a plain text
 * file, a saved page wrapped in navigation, ads and comments with its date in JSON-LD only, a CSV
 * export with a byte-order mark, quoted commas and quotes and line breaks inside fields, and a JSON
 * Lines export in news-please's field names.
 */
export const TITLE = "Harbour talks resume over fishing quotas";
export const PARAGRAPHS = [
  "Fisheries Minister Ana Lopes spoke with Governor Tom Reed by phone on Monday, her office said.",
  '"We agreed to meet again before the season opens," Lopes said.',
  "Reed told the Harbour Times that the quotas, which were cut last year, hurt the small boats most.",
  "Marine biologist Sara Okafor, a professor at the University of Tessaly, said Governor Reed was right to listen to the scientists.",
];
export const PUBLISHED = "2024-03-05";
export const OUTLET = "The Coastal Ledger";
export const URL = "https://news.example/harbour-talks";

/** The article as a `.txt` file holds it: title, blank line, paragraphs. */
export const TEXT = `${TITLE}\n\n${PARAGRAPHS.join("\n\n")}\n`;

export const MANIFEST = {
  articles: [{ file: "harbour.txt", published: PUBLISHED, source: OUTLET, url: URL }],
};

export const NAV = "Home World Business Sport Weather Subscribe";
export const AD = "Advertisement: Win a cruise for two with Sunfleet Holidays";
export const COMMENT = "Great reporting, Governor Reed should resign";

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/** A saved page as a browser writes it: the article among the site's furniture, dated in JSON-LD only. */
export const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${TITLE} | ${OUTLET}</title>
  <meta property="og:site_name" content="${OUTLET}">
  <link rel="canonical" href="${URL}">
  <script type="application/ld+json">
    {"@context": "https://schema.org", "@graph": [
      {"@type": "WebSite", "name": "${OUTLET}"},
      {"@type": "NewsArticle", "headline": "${TITLE}", "datePublished": "${PUBLISHED}T08:15:00+02:00"}
    ]}
  </script>
  <script>window.analytics = { page: "article" };</script>
</head>
<body>
  <header class="site-header"><nav class="main-nav">${NAV.split(" ")
    .map((item) => `<a href="/${item.toLowerCase()}">${item}</a>`)
    .join(" ")}</nav></header>
  <div class="ad-banner advertisement"><p>${AD}</p></div>
  <main>
    <article class="story">
      <h1>${TITLE}</h1>
      ${PARAGRAPHS.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join("\n      ")}
    </article>
    <aside class="sidebar related"><h2>Most read</h2><ul><li><a href="/x">Storm closes the port</a></li></ul></aside>
    <section id="comments" class="comments">
      <h2>Comments</h2>
      <div class="comment"><p>${COMMENT}</p></div>
    </section>
  </main>
  <footer class="site-footer"><p>© ${OUTLET}. All rights reserved.</p></footer>
</body>
</html>
`;

const csvField = (value: string) => `"${value.replace(/"/g, '""')}"`;

/** A CSV export: byte-order mark, quoted fields with commas, quotes and blank lines inside. */
export const CSV = `\uFEFFtitle,text,url,date,source
${csvField(TITLE)},${csvField(PARAGRAPHS.join("\n\n"))},${URL},${PUBLISHED},${csvField(OUTLET)}
`;

/** The same article in news-please's names: maintext, date_publish, source_domain. */
export const JSONL = `${JSON.stringify({
  title: TITLE,
  maintext: PARAGRAPHS.join("\n\n"),
  date_publish: `${PUBLISHED} 08:15:00`,
  source_domain: OUTLET,
  url: URL,
})}\n`;

export const bytes = (text: string) => new TextEncoder().encode(text);
