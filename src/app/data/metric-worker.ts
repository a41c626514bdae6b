import { computeMetric, type ActorLinks, type ComputedMetric } from "./actor-metrics";

/**
 * Computes a metric off the page's thread: betweenness takes tens of seconds at 10,000 actors,
 * and the page must keep drawing meanwhile.
 */
export interface MetricRequest {
  metric: ComputedMetric;
  links: ActorLinks;
}
export interface MetricReply {
  metric: ComputedMetric;
  values: Float64Array;
  ms: number;
}

self.onmessage = (event: MessageEvent<MetricRequest>) => {
  const { metric, links } = event.data;
  const start = performance.now();
  const values = computeMetric(metric, links);
  const reply: MetricReply = { metric, values, ms: performance.now() - start };
  self.postMessage(reply, { transfer: [values.buffer] });
};
