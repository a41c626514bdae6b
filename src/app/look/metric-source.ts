import { linksOf, type ActorLinks, type ComputedMetric } from "../data/actor-metrics";
import type { MetricReply, MetricRequest } from "../data/metric-worker";
import type { Topology } from "../data/topology";
import { PHASE_PREFIX } from "../load/phases";

/**
 * Each metric computed once per network, when first chosen, in a worker; the answers are kept.
 * Each computation is measured as `explorer:metric <name>` (User Timing), as loading phases are.
 */
export function createMetricSource(topology: Topology): (metric: ComputedMetric) => Promise<Float64Array> {
  let links: ActorLinks | null = null;
  const computed = new Map<ComputedMetric, Promise<Float64Array>>();
  return (metric) => {
    const known = computed.get(metric);
    if (known) return known;
    links ??= linksOf(topology);
    const request: MetricRequest = { metric, links };
    const start = performance.now();
    const answer = new Promise<Float64Array>((resolve, reject) => {
      const worker = new Worker(new URL("../data/metric-worker.ts", import.meta.url), { type: "module" });
      worker.onmessage = (event: MessageEvent<MetricReply>) => {
        worker.terminate();
        performance.measure(`${PHASE_PREFIX}metric ${metric}`, { start });
        resolve(event.data.values);
      };
      worker.onerror = (event) => {
        worker.terminate();
        computed.delete(metric);
        reject(new Error(`metrics: computing ${metric} failed (${event.message})`));
      };
      worker.postMessage(request);
    });
    computed.set(metric, answer);
    return answer;
  };
}
