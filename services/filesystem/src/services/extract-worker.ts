/** Runs .docx and PDF extractions for extract-runner.ts, one message at a time, in a worker thread. */
import { parentPort } from 'node:worker_threads';
import { HttpError } from '@george/runtime';
import { type DocumentKind, extractDocument } from './extract.js';
import type { ZipLimits } from './zip.js';

interface Job {
  id: number;
  kind: DocumentKind;
  data: Uint8Array;
  zip: ZipLimits;
}

parentPort?.on('message', async ({ id, kind, data, zip }: Job) => {
  try {
    const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    parentPort?.postMessage({ id, ok: true, result: await extractDocument(kind, buf, zip) });
  } catch (err) {
    const readable = kind === 'pdf' ? 'the PDF' : kind === 'rtf' ? 'the RTF file' : 'the document';
    parentPort?.postMessage(
      err instanceof HttpError
        ? { id, ok: false, status: err.statusCode, code: err.code, message: err.message }
        : { id, ok: false, status: 422, code: 'corrupt_document', message: `${readable} could not be read` },
    );
  }
});
