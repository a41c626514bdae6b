import {
  drawDiscNodeHover,
  drawDiscNodeLabel,
  type NodeHoverDrawingFunction,
  type NodeLabelDrawingFunction,
  type NodeProgramType,
} from "sigma/rendering";
import type Sigma from "sigma";
import type { RenderParams } from "sigma/types";
import { offeredLabels } from "./label-grid";
import { LabelPlacer, type Box } from "./label-placer";
import { candidateBoxes, MARGIN } from "./label-places";

/** Pixels of white around a hovered disc and its label, as sigma's `drawDiscNodeHover` leaves. */
const HOVER_PADDING = 2;

/** The renderer a program draws for: set by sigma's Program, which NodeProgramType does not declare. */
const rendererOf = (program: object) => (program as { renderer: Sigma }).renderer;

/** Sigma's own label drawing (font, colour), moved so that the label lands in `box`. */
const drawLabelIn = (box: Box, ...[context, data, settings]: Parameters<NodeLabelDrawingFunction>) =>
  drawDiscNodeLabel(
    context,
    { ...data, x: box.left - data.size - MARGIN, y: box.top + settings.labelSize / 2 },
    settings,
  );

/**
 * A node program whose labels never overlap: each label goes to the first of a few places around
 * its disc, inside the view, that no label drawn before it in the frame covers and that covers no
 * disc of an actor offered a label; else to the first that only covers such discs (not one drawn
 * above the labels); else it is left out (forced labels, such as the selection's, always show).
 * Labels come in the order `offerLargestLabelsFirst` gives. Sigma draws node programs before
 * labels in every frame, so `render` starts the frame's placement and reads the frame's size; the
 * frame's first label files the discs of every actor offered a label (as many as sigma then
 * draws labels for), so that an earlier label keeps off a later actor's disc. Each renderer (the
 * view, or the snapshot's own) has its own program and so its own placement. A hovered actor's
 * label is drawn where it was placed, so that it does not show twice.
 */
export function withPlacedLabels(BaseProgram: NodeProgramType): NodeProgramType {
  return class PlacedLabelsProgram extends BaseProgram {
    private readonly placer = new LabelPlacer();
    /** Where each label drawn in this frame went, by actor (sigma passes the key with the data). */
    private readonly boxes = new Map<string, Box>();
    /** Whether the frame's discs are filed yet (on its first label). */
    private discsFiled = false;
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
      if (!this.discsFiled) this.fileDiscs();
      const candidates = candidateBoxes(data.x, data.y, data.size, width, labelSize);
      const view = this.view;
      // A label cut by the edge of the view is no label: another place around the disc, if any.
      const inView = (candidate: Box) =>
        candidate.left >= 0 &&
        candidate.right <= view.width &&
        candidate.top >= 0 &&
        candidate.bottom <= view.height;
      const key = (data as { key?: string }).key;
      const mustShow =
        data.forceLabel || (key !== undefined && offeredLabels(rendererOf(this)).priority.has(key));
      let box = this.placer.placeFirstFree(candidates.filter(inView), mustShow);
      if (!box && data.forceLabel) this.placer.place((box = candidates[0]!));
      if (!box) return;
      if (key !== undefined) this.boxes.set(key, box);
      drawLabelIn(box, context, data, settings);
    };

    override drawHover: NodeHoverDrawingFunction = (context, data, settings) => {
      const key = (data as { key?: string }).key;
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

    /** Files the discs the labels of this frame keep off (see `offerLargestLabelsFirst`). */
    private fileDiscs(): void {
      this.discsFiled = true;
      for (const disc of offeredLabels(rendererOf(this)).discs) this.placer.addDisc(disc);
    }

    override render(params: RenderParams): void {
      this.placer.reset();
      this.boxes.clear();
      this.discsFiled = false;
      this.view = { width: params.width, height: params.height };
      super.render(params);
    }
  };
}
