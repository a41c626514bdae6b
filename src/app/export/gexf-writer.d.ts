// The GEXF writer alone: the package's browser entry also builds a parser from the global DOMParser
// when it loads, which breaks in Node (unit tests); the writer itself needs no DOM.
declare module "graphology-gexf/common/writer.js" {
  import type { write } from "graphology-gexf/browser";
  const writeGexf: typeof write;
  export default writeGexf;
}
