import { describe, expect, it } from "vitest";
import { exportFileName } from "../../../src/app/export/download";
import { isoToDay } from "../../../src/app/time";

describe("exportFileName", () => {
  const day = (iso: string) => isoToDay(iso)!;
  it.each([
    [[day("2021-12-07"), day("2022-02-13")], "png", "actor-network-2021-12-07_2022-02-13.png"],
    [[day("2022-12-03"), day("2022-12-03")], "gexf", "actor-network-2022-12-03_2022-12-03.gexf"],
    [null, "json", "actor-network.json"],
  ] as const)("%j as %s -> %s", (range, extension, name) => {
    expect(exportFileName(range, extension)).toBe(name);
  });
});
