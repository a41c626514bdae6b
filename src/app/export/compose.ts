import { NEUTRAL_COLORS } from "../theme";
import type { LegendItem } from "./snapshot-caption";

/** Draws the caption (top left) and the legend (bottom left) over a snapshot, in boxes that keep them legible. */

const FONT = "system-ui, -apple-system, 'Segoe UI', sans-serif";

function box(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  width: number,
  height: number,
  unit: number,
) {
  ctx.fillStyle = "rgba(255, 255, 255, 0.88)";
  ctx.strokeStyle = NEUTRAL_COLORS.grid;
  ctx.lineWidth = unit;
  ctx.beginPath();
  ctx.roundRect(x, y, width, height, 4 * unit);
  ctx.fill();
  ctx.stroke();
}

/** `scale` multiplies every length, so a 4x snapshot has the same layout as a 1x one. */
export function drawCaption(
  canvas: HTMLCanvasElement,
  lines: readonly string[],
  legend: readonly LegendItem[],
  scale: number,
): void {
  const ctx = canvas.getContext("2d");
  if (!ctx) return;
  const [pad, lineHeight, margin] = [8 * scale, 16 * scale, 10 * scale];
  ctx.save();
  ctx.textBaseline = "middle";

  ctx.font = `${12 * scale}px ${FONT}`;
  const captionWidth = Math.max(...lines.map((line) => ctx.measureText(line).width)) + 2 * pad;
  box(ctx, margin, margin, captionWidth, lines.length * lineHeight + 2 * pad - 4 * scale, scale);
  lines.forEach((line, i) => {
    ctx.font = `${i === 0 ? "bold " : ""}${12 * scale}px ${FONT}`;
    ctx.fillStyle = i === 0 ? NEUTRAL_COLORS.text : NEUTRAL_COLORS.muted;
    ctx.fillText(line, margin + pad, margin + pad + (i + 0.5) * lineHeight - 2 * scale);
  });

  if (legend.length > 0) {
    ctx.font = `${12 * scale}px ${FONT}`;
    const mark = 18 * scale;
    const legendWidth = Math.max(...legend.map((item) => ctx.measureText(item.label).width)) + mark + 2 * pad;
    const legendHeight = legend.length * lineHeight + 2 * pad - 4 * scale;
    const top = canvas.height - margin - legendHeight;
    box(ctx, margin, top, legendWidth, legendHeight, scale);
    legend.forEach((item, i) => {
      const y = top + pad + (i + 0.5) * lineHeight - 2 * scale;
      const x = margin + pad;
      ctx.fillStyle = ctx.strokeStyle = item.color;
      ctx.beginPath();
      if (item.mark === "dot") {
        ctx.arc(x + 6 * scale, y, 5 * scale, 0, 2 * Math.PI);
        ctx.fill();
      } else {
        ctx.lineWidth = 3 * scale;
        // Round caps would close a dash's gaps.
        ctx.lineCap = item.dash ? "butt" : "round";
        ctx.setLineDash(item.dash ? item.dash.map((length) => length * scale) : []);
        ctx.moveTo(x, y);
        ctx.lineTo(x + 12 * scale, y);
        ctx.stroke();
        ctx.setLineDash([]);
      }
      ctx.fillStyle = NEUTRAL_COLORS.text;
      ctx.fillText(item.label, x + mark, y);
    });
  }
  ctx.restore();
}
