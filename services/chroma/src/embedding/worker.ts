/**
 * An embedding thread: loads one installed model and embeds the batches the pool sends. The
 * model's memory (weights, onnxruntime arenas) lives here, outside the HTTP worker's heap.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { SentenceModel } from './model.js';
import type { ThreadReply, ThreadRequest, ThreadSetup } from './pool.js';

const port = parentPort;
if (!port) throw new Error('embedding/worker.ts runs as a worker thread');
const setup: ThreadSetup = workerData;

const send = (reply: ThreadReply, transfer: ArrayBuffer[] = []) => port.postMessage(reply, transfer);

try {
  const model = await SentenceModel.load(setup.modelDir, { intraOpThreads: setup.intraOpThreads });
  // One request at a time, in order: a close waits for the batch before it.
  const handle = async (request: ThreadRequest): Promise<void> => {
    if (request.type === 'close') {
      await model.release();
      port.close();
      return;
    }
    try {
      const vectors = await model.embed(request.texts, request.purpose);
      send(
        { type: 'vectors', id: request.id, vectors },
        vectors.map((v) => v.buffer),
      );
    } catch (err) {
      send({ type: 'failed', id: request.id, message: err instanceof Error ? err.message : String(err) });
    }
  };
  let previous = Promise.resolve();
  port.on('message', (request: ThreadRequest) => {
    previous = previous.then(() => handle(request));
  });
  send({ type: 'ready', dimension: model.manifest.dimension });
} catch (err) {
  send({ type: 'failed', id: -1, message: err instanceof Error ? err.message : String(err) });
}
