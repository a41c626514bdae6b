import {
  drawDiscNodeHover,
  drawDiscNodeLabel,
  type NodeHoverDrawingFunction,
  type NodeLabelDrawingFunction,
  type NodeProgramType,
} from "sigma/rendering";
import type { RenderParams } from "sigma/types";
import { offeredLabels } from "./label-grid";
import { LabelPlacer, type PlacedBox } from "./label-placer";
import { NEUTRAL_COLORS } from "../theme";
import { MARGIN, newPlaces, placesAround } from "./label-places";
import { notePlacedLabels } from "./placed-label-boxes";
import { drawnKey, rendererOfProgram } from "./sigma-internals";

/** Pixels of halo around a label's text where it lies over discs. */
const HALO_WIDTH = 3;
/** Pixels of white around a hovered disc and its label, as sigma's `drawDiscNodeHover` leaves. */
const HOVER_PADDING = 2;

/**
 * Sigma's own label drawing (font, colour), moved so that the label lands in `box`; over discs,
 * the text gets a halo of the background's colour, so that it stays readable there.
 */
function drawLabelIn(box: PlacedBox, ...[context, data, settings]: Parameters<NodeLabelDrawingFunction>) {
  if (box.overDiscs && data.label) {
    const { labelSize, labelWeight, labelFont } = settings;
    context.save();
    context.font = `${labelWeight} ${labelSize}px ${labelFont}`;
    context.strokeStyle = NEUTRAL_COLORS.background;
    context.lineWidth = HALO_WIDTH;
    context.lineJoin = "round";
    // Where drawDiscNodeLabel writes its text.
    context.strokeText(data.label, box.left, box.top + labelSize / 2 + labelSize / 3);
    context.restore();
  }
  drawDiscNodeLabel(
    context,
    { ...data, x: box.left - data.size - MARGIN, y: box.top + settings.labelSize / 2 },
    settings,
  );
}

/**
 * A node program whose labels never overlap: each label goes to the first of sixteen places around
 * its disc (label-places), inside the view, that no label drawn before it in the frame covers and
 * that covers none of the frame's discs (see label-discs). A forced label (the focus's and its
 * neighbours') or one of the largest actors' takes, when none is clear of discs, the place clear
 * of labels that covers the least of them, and its text gets a halo there; any other label is
 * then left out. A forced label
 * with no place clear of labels still shows, at the right. Labels come in the order
 * `offerLargestLabelsFirst` gives, which also lists the discs. Sigma draws node programs before
 * labels in every frame, so `render` starts the frame's placement and reads the frame's size, and
 * the frame's first label files its discs. Each renderer (the view, or the snapshot's own) has its
 * own program and so its own placement. A hovered actor's label is drawn where it was placed, so
 * that it does not show twice.
 */
export function withPlacedLabels(BaseProgram: NodeProgramType): NodeProgramType {
  return class PlacedLabelsProgram extends BaseProgram {
    private readonly placer = new LabelPlacer();
    /** Where each label drawn in this frame went, by actor (sigma passes the key with the data). */
    private readonly boxes = new Map<string, PlacedBox>();
    /** Whether the frame's discs are filed yet (on its first label). */
    private discsFiled = false;
    /**
     * Label widths by font and text: measuring text is the costliest part of placing a label, and
     * a label's width does not change from frame to frame.
     */
    private readonly widths = new Map<string, number>();
    /** The places around the disc of the label being placed, filled in for each. */
    private readonly places = newPlaces();

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
      if (!this.discsFiled) this.fileDiscs();
      const places = placesAround(this.places, data.x, data.y, data.size, width, labelSize);
      const key = drawnKey(data);
      // The largest actors' labels must show too (see offerLargestLabelsFirst).
      const mustShow =
        data.forceLabel || (key !== undefined && offeredLabels(rendererOfProgram(this)).priority.has(key));
      let box = this.placer.placeFirstFree(places, mustShow);
      if (!box && data.forceLabel) box = this.placer.place(places[0]!);
      if (!box) return;
      if (key !== undefined) this.boxes.set(key, box);
      drawLabelIn(box, context, data, settings);
    };

    override drawHover: NodeHoverDrawingFunction = (context, data, settings) => {
      const key = drawnKey(data);
      const box = key === undefined ? undefined : this.boxes.get(key);
      // On the right and centred, where sigma's hover puts it, or not drawn in this frame: sigma's
      // own look.
      const atRight = box && box.left > data.x && Math.abs((box.top + box.bottom) / 2 - data.y) < 0.5;
      if (!box || !data.label || atRight) {
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

    /**
     * Files the discs the labels of this frame keep off (see `offerLargestLabelsFirst`), and notes
     * where the frame's labels go: here, not on render, as sigma's hover layer has a program of its
     * own, which draws no label.
     */
    private fileDiscs(): void {
      this.discsFiled = true;
      notePlacedLabels(rendererOfProgram(this), this.boxes);
      for (const disc of offeredLabels(rendererOfProgram(this)).discs) this.placer.addDisc(disc);
    }

    override render(params: RenderParams): void {
      this.placer.reset(params.width, params.height);
      this.boxes.clear();
      this.discsFiled = false;
      super.render(params);
    }
  };
}
