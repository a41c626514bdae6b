import {
  drawDiscNodeHover,
  drawDiscNodeLabel,
  type NodeHoverDrawingFunction,
  type NodeLabelDrawingFunction,
  type NodeProgramType,
} from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { RenderParams } from "sigma/types";
import { offeredLabels } from "./label-grid";
import { LabelPlacer, type Candidate, type PlacedBox } from "./label-placer";
import { uncoveredArea } from "../panels/uncovered";
import { NEUTRAL_COLORS } from "../theme";
import { lineOrigins, twoLines } from "./label-lines";
import { MARGIN, newPlaces, placesAround, placesOnRing } from "./label-places";
import { notePlacedLabels } from "./placed-label-boxes";
import { drawnKey, rendererOfProgram } from "./sigma-internals";

/** Pixels of halo around a label's text where it lies over discs. */
const HALO_WIDTH = 3;
/** Pixels of white around a hovered disc and its label, as sigma's `drawDiscNodeHover` leaves. */
const HOVER_PADDING = 2;

/**
 * Sigma's own label drawing (font, colour), moved so that the label lands in `box`, line by line
 * where it has lines (flush with the side facing the disc); over discs, the text gets a halo of the
 * background's colour, so that it stays readable there. `widthOf` measures a line.
 */
function drawLabelIn(
  box: PlacedBox,
  widthOf: (text: string) => number,
  ...[context, data, settings]: Parameters<NodeLabelDrawingFunction>
) {
  if (!data.label) return;
  const { labelSize, labelWeight, labelFont } = settings;
  const lines = box.lines ?? [data.label];
  const origins = lineOrigins(box, lines.map(widthOf), labelSize, lines.length > 1 && box.right <= data.x);
  lines.forEach((line, i) => {
    const { x, y } = origins[i]!;
    if (box.overDiscs) {
      context.save();
      context.font = `${labelWeight} ${labelSize}px ${labelFont}`;
      context.strokeStyle = NEUTRAL_COLORS.background;
      context.lineWidth = HALO_WIDTH;
      context.lineJoin = "round";
      // Where drawDiscNodeLabel writes its text.
      context.strokeText(line, x, y + labelSize / 3);
      context.restore();
    }
    drawDiscNodeLabel(context, { ...data, label: line, x: x - data.size - MARGIN, y }, settings);
  });
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
    /** The places round the disc, for a label none of those sixteen is clear for. */
    private readonly ring: Candidate[] = [];

    override drawLabel: NodeLabelDrawingFunction = (context, data, settings) => {
      if (!data.label) return;
      const { labelSize } = settings;
      const widthOf = (text: string) => this.widthOf(text, context, settings);
      if (!this.discsFiled) this.fileDiscs();
      const { x, y, size } = data;
      const key = drawnKey(data);
      // The focus's and the largest actors' labels must show (see offerLargestLabelsFirst): they
      // look further for a clear place (round the disc, then on two lines). Where none is, the
      // focus's take the place covering the fewest discs, with a halo; a large actor's label gives
      // way, as a label over another actor's disc hides that actor. Others take one of the sixteen.
      const mustShow =
        data.forceLabel || (key !== undefined && offeredLabels(rendererOfProgram(this)).priority.has(key));
      const width = widthOf(data.label);
      let box =
        this.placer.placeFirstFree(placesAround(this.places, x, y, size, width, labelSize)) ??
        // Over discs rather than over another label: the clear places first, then those on discs.
        (mustShow
          ? (this.placeRoundDisc(data.label, x, y, size, labelSize, widthOf, false) ??
            (data.forceLabel
              ? this.placeRoundDisc(data.label, x, y, size, labelSize, widthOf, true)
              : undefined))
          : undefined);
      if (!box && data.forceLabel)
        box = this.placer.place(placesAround(this.places, x, y, size, width, labelSize)[0]!);
      if (!box) return;
      if (key !== undefined) this.boxes.set(key, box);
      drawLabelIn(box, widthOf, context, data, settings);
    };

    override drawHover: NodeHoverDrawingFunction = (context, data, settings) => {
      const key = drawnKey(data);
      const box = key === undefined ? undefined : this.boxes.get(key);
      // On the right and centred, where sigma's hover puts it, or not drawn in this frame: sigma's
      // own look.
      const atRight =
        box && !box.lines && box.left > data.x && Math.abs((box.top + box.bottom) / 2 - data.y) < 0.5;
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
      drawLabelIn(box, (text) => this.widthOf(text, context, settings), context, data, settings);
    };

    /** The width of a text in the labels' font, measured once. */
    private widthOf(text: string, context: CanvasRenderingContext2D, settings: Settings): number {
      const font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
      const key = `${font}\u0000${text}`;
      let width = this.widths.get(key);
      if (width === undefined) {
        context.save();
        context.font = font;
        this.widths.set(key, (width = context.measureText(text).width));
        context.restore();
      }
      return width;
    }

    /**
     * Places a label that must show anywhere near its disc: the sixteen places, then the places round
     * the disc, then the same on two lines; clear of labels and discs, or, where it `mayCoverDiscs`,
     * clear of labels and covering the least of the discs.
     */
    private placeRoundDisc(
      label: string,
      x: number,
      y: number,
      size: number,
      labelSize: number,
      widthOf: (text: string) => number,
      mayCoverDiscs: boolean,
    ): PlacedBox | undefined {
      const width = widthOf(label);
      const box =
        this.placer.placeFirstFree(placesAround(this.places, x, y, size, width, labelSize), mayCoverDiscs) ??
        this.placeOnRing(x, y, size, width, labelSize, mayCoverDiscs);
      const lines = box ? undefined : twoLines(label);
      if (!lines) return box;
      const lineWidth = Math.max(...lines.map(widthOf));
      const split =
        this.placer.placeFirstFree(
          placesAround(this.places, x, y, size, lineWidth, 2 * labelSize),
          mayCoverDiscs,
        ) ?? this.placeOnRing(x, y, size, lineWidth, 2 * labelSize, mayCoverDiscs);
      if (split) split.lines = lines;
      return split;
    }

    /**
     * Places a label of this size at the first place round its disc clear of labels and discs, or,
     * where it `mayCoverDiscs`, clear of labels and covering the least of the discs.
     */
    private placeOnRing(
      x: number,
      y: number,
      radius: number,
      width: number,
      height: number,
      mayCoverDiscs = false,
    ) {
      const count = placesOnRing(this.ring, x, y, radius, width, height);
      return this.placer.placeFirstFree(this.ring, mayCoverDiscs, count);
    }

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
      const free = uncoveredArea(rendererOfProgram(this).getContainer());
      this.placer.reset(params.width, params.height, free.x, free.x + free.width);
      this.boxes.clear();
      this.discsFiled = false;
      super.render(params);
    }
  };
}
