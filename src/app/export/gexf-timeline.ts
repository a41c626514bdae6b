/**
 * Makes a GEXF 1.3 text one that Gephi's timeline reads: the graph becomes dynamic with dates as
 * its time format, and each relation with a date is present from that day to that day. graphology's
 * writer knows no dynamics, so the attributes go into the tags it wrote, edge by edge in its order.
 */
export function withTimeline(gexf: string, edgeDates: readonly (string | null)[]): string {
  let index = 0;
  return gexf
    .replace(/<graph (?![^>]*\bmode=)/, '<graph mode="dynamic" timeformat="date" ')
    .replace(/<edge ([^>]*?)(\/?)>/g, (tag, attributes: string, selfClosing: string) => {
      const date = edgeDates[index++];
      return date && ISO_DAY.test(date)
        ? `<edge ${attributes} start="${date}" end="${date}"${selfClosing}>`
        : tag;
    });
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
