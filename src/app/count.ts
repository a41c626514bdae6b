/** "1 relation", "3 relations", "1 dated relation": a number with its noun in agreement. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
}
