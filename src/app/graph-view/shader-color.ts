import { colorToArray } from "sigma/utils";

/** Sigma's shaders scale alpha by this (they pack colours in bytes up to 254). */
const SIGMA_ALPHA_BIAS = 255 / 254;

/** A CSS colour as the vec4 sigma's shaders make of an item's colour, for a colour uniform. */
export function shaderColor(color: string): [number, number, number, number] {
  const [red, green, blue, alpha] = colorToArray(color).map((byte) => byte / 255) as [
    number,
    number,
    number,
    number,
  ];
  return [red, green, blue, alpha * SIGMA_ALPHA_BIAS];
}
