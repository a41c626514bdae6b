import {
  drawDiscNodeHover,
  drawDiscNodeLabel,
  type NodeHoverDrawingFunction,
  type NodeLabelDrawingFunction,
  type NodeProgramType,
} from "sigma/rendering";
import type { RenderParams } from "sigma/types";
import { LabelPlacer, type Box } from "./label-placer";

/** Pixels between a disc's edge and its label, as sigma's `drawDiscNodeLabel` leaves. */
const MARGIN = 3;
/** Pixels of white around a hovered disc and its label, as sigma's `drawDiscNodeHover` leaves. */
const HOVER_PADDING = 2;

/**
 * Where a label may go, best first: right of the disc and centred on it (where sigma puts it),
 * then left of it, below it, above it.
 */
function candidateBoxes(x: number, y: number, radius: number, width: number, height: number): Box[] {
  const box = (left: number, top: number): Box => ({ left, top, right: left + width, bottom: top + height });
  return [
    box(x + radius + MARGIN, y - height / 2),
    box(x - radius - MARGIN - width, y - height / 2),
    box(x - width / 2, y + radius + MARGIN),
    box(x - width / 2, y - radius - MARGIN - height),
  ];
}

/** Sigma's own label drawing (font, colour), moved so that the label lands in `box`. */
const drawLabelIn = (box: Box, ...[context, data, settings]: Parameters<NodeLabelDrawingFunction>) =>
  drawDiscNodeLabel(
    context,
    { ...data, x: box.left - data.size - MARGIN, y: box.top + settings.labelSize / 2 },
    settings,
  );

/**
 * A node program whose labels never overlap: each label goes to the first of a few places around
 * its disc, inside the view, that no label drawn before it in the frame covers, or is left out
 * when none is free (forced labels, such as the selection's, always show). Sigma draws node
 * programs before labels in every frame, so `render` starts the frame's placement and reads the
 * frame's size; each renderer (the view, or the snapshot's own) has its own program and so its
 * own placement. A hovered actor's label is drawn where it was placed, so that it does not show
 * twice.
 */
export function withPlacedLabels(BaseProgram: NodeProgramType): NodeProgramType {
  return class PlacedLabelsProgram extends BaseProgram {
    private readonly placer = new LabelPlacer();
    /** Where each label drawn in this frame went, by actor (sigma passes the key with the data). */
    private readonly boxes = new Map<string, Box>();
    /**
     * Label widths by font and text: measuring text is the costliest part of placing a label, and
     * a label's width does not change from frame to frame.
     */
    private readonly widths = new Map<string, number>();
    /** The frame's size in CSS pixels: the labels must stay inside it. */
    private view = { width: 0, height: 0 };

    override drawLabel: NodeLabelDrawingFunction = (context, data, settings) => {
      if (!data.label) return;
      const { labelSize, labelWeight, labelFont } = settings;
      const font = `${labelWeight} ${labelSize}px ${labelFont}`;
      const widthKey = `${font}\u0000${data.label}`;
      let width = this.widths.get(widthKey);
      if (width === undefined) {
        context.font = font;
        this.widths.set(widthKey, (width = context.measureText(data.label).width));
      }
      const candidates = candidateBoxes(data.x, data.y, data.size, width, labelSize);
      const view = this.view;
      // A label cut by the edge of the view is no label: another place around the disc, if any.
      const inView = (candidate: Box) =>
        candidate.left >= 0 &&
        candidate.right <= view.width &&
        candidate.top >= 0 &&
        candidate.bottom <= view.height;
      let box = candidates.find((candidate) => inView(candidate) && this.placer.tryPlace(candidate));
      if (!box && data.forceLabel) this.placer.place((box = candidates[0]!));
      if (!box) return;
      const key = (data as { key?: string }).key;
      if (key !== undefined) this.boxes.set(key, box);
      drawLabelIn(box, context, data, settings);
    };

    override drawHover: NodeHoverDrawingFunction = (context, data, settings) => {
      const key = (data as { key?: string }).key;
      const box = key === undefined ? undefined : this.boxes.get(key);
      // On the right, where sigma's hover puts it, or not drawn in this frame: sigma's own look.
      if (!box || !data.label || box.left > data.x) {
        drawDiscNodeHover(context, data, settings);
        return;
      }
      const { labelSize } = settings;
      context.save();
      context.fillStyle = "#FFF";
      context.shadowBlur = 8;
      context.shadowColor = "#000";
      // One path, so that the disc's halo and the label's box cast one shadow.
      context.beginPath();
      context.arc(data.x, data.y, Math.max(data.size, labelSize / 2) + HOVER_PADDING, 0, 2 * Math.PI);
      context.roundRect(
        box.left - HOVER_PADDING,
        box.top - HOVER_PADDING,
        box.right - box.left + 2 * HOVER_PADDING,
        box.bottom - box.top + 2 * HOVER_PADDING,
        HOVER_PADDING,
      );
      context.fill();
      context.restore();
      drawLabelIn(box, context, data, settings);
    };

    override render(params: RenderParams): void {
      this.placer.reset();
      this.boxes.clear();
      this.view = { width: params.width, height: params.height };
      super.render(params);
    }
  };
}
