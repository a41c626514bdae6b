import { Worker } from "node:worker_threads";

/**
 * Samples the process's resident memory on a thread of its own, so it keeps sampling while the main
 * thread is busy or blocked waiting for the extraction pool. RSS is the whole process: every thread.
 */
const SAMPLER = `
const { workerData } = require("node:worker_threads");
const peak = new BigInt64Array(workerData.buffer);
const sample = () => {
  const rss = BigInt(process.memoryUsage.rss());
  if (rss > Atomics.load(peak, 0)) Atomics.store(peak, 0, rss);
};
sample();
setInterval(sample, workerData.intervalMs);
`;

export interface PeakMemory {
  /** Starts a new measurement from the current RSS. */
  reset: () => void;
  /** The highest RSS seen since the last reset, in bytes. */
  peak: () => number;
  stop: () => Promise<void>;
}

export function sampleMemory(intervalMs = 10): PeakMemory {
  const buffer = new SharedArrayBuffer(8);
  const peak = new BigInt64Array(buffer);
  const worker = new Worker(SAMPLER, { eval: true, workerData: { buffer, intervalMs } });
  worker.unref();
  const current = () => BigInt(process.memoryUsage.rss());
  Atomics.store(peak, 0, current());
  return {
    reset: () => Atomics.store(peak, 0, current()),
    peak: () => Number(Atomics.load(peak, 0) > current() ? Atomics.load(peak, 0) : current()),
    stop: async () => {
      await worker.terminate();
    },
  };
}
