import { drawDiscNodeLabel, type NodeLabelDrawingFunction, type NodeProgramType } from "sigma/rendering";
import type { RenderParams } from "sigma/types";
import { LabelPlacer, type Box } from "./label-placer";

/** Pixels between a disc's edge and its label, as sigma's `drawDiscNodeLabel` leaves. */
const MARGIN = 3;

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

/**
 * A node program whose labels never overlap: each label goes to the first of a few places around
 * its disc that no label drawn before it in the frame covers, or is left out when none is free
 * (forced labels, such as the selection's, always show). Sigma draws node programs before labels
 * in every frame, so `render` starts the frame's placement; each renderer (the view, or the
 * snapshot's own) has its own program and so its own placement.
 */
export function withPlacedLabels(BaseProgram: NodeProgramType): NodeProgramType {
  return class PlacedLabelsProgram extends BaseProgram {
    private readonly placer = new LabelPlacer();

    override drawLabel: NodeLabelDrawingFunction = (context, data, settings) => {
      if (!data.label) return;
      const { labelSize, labelWeight, labelFont } = settings;
      context.font = `${labelWeight} ${labelSize}px ${labelFont}`;
      const width = context.measureText(data.label).width;
      const candidates = candidateBoxes(data.x, data.y, data.size, width, labelSize);
      let box = candidates.find((candidate) => this.placer.tryPlace(candidate));
      if (!box && data.forceLabel) this.placer.place((box = candidates[0]!));
      if (!box) return;
      // Sigma's own drawing (font, colour), moved so that its label lands in the chosen box.
      const x = box.left - data.size - MARGIN;
      drawDiscNodeLabel(context, { ...data, x, y: box.top + labelSize / 2 }, settings);
    };

    override render(params: RenderParams): void {
      this.placer.reset();
      super.render(params);
    }
  };
}
