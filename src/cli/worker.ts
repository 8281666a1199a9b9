/**
 * A worker thread of `vnpol extract --workers N`: builds its own extractor from the options it
 * is started with, then answers each batch of items with their outputs, in batch order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Item } from './input.js';
import { createProcessor, type ProcessOptions } from './process.js';

export interface BatchRequest {
  seq: number;
  items: Item[];
}

if (parentPort) {
  const port = parentPort;
  const processor = createProcessor(workerData as ProcessOptions);
  port.on('message', (req: BatchRequest) => {
    port.postMessage({ seq: req.seq, results: processor.process(req.items) });
  });
}
