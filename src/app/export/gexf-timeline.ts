/**
 * Makes a GEXF 1.3 text one that Gephi's timeline reads: the graph becomes dynamic with dates as
 * its time format; an edge reported on one day is present from that day to that day, and one
 * reported on several has a spell for each. graphology's writer knows no dynamics, so this goes
 * into the tags it wrote, edge by edge in its order; `edgeDays` holds each edge's days ("YYYY-MM-DD").
 */
export function withTimeline(gexf: string, edgeDays: readonly (readonly string[])[]): string {
  let index = 0;
  return gexf
    .replace(/<graph (?![^>]*\bmode=)/, '<graph mode="dynamic" timeformat="date" ')
    .replace(/([ \t]*)<edge ([^>]*?)(\/?)>/g, (tag, indent: string, attributes: string, empty: string) => {
      const days = (edgeDays[index++] ?? []).filter((day) => ISO_DAY.test(day));
      if (days.length === 0) return tag;
      if (days.length === 1)
        return `${indent}<edge ${attributes} start="${days[0]}" end="${days[0]}"${empty}>`;
      const inner = `${indent}  `;
      const spells = days.map((day) => `${inner}  <spell start="${day}" end="${day}"/>`);
      const open = [`${indent}<edge ${attributes}>`, `${inner}<spells>`, ...spells, `${inner}</spells>`];
      return [...open, ...(empty ? [`${indent}</edge>`] : [])].join("\n");
    });
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
