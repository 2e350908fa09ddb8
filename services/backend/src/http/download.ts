import type { FastifyReply } from 'fastify';

/** A download: its bytes, media type and file name. */
export interface Download {
  body: Buffer;
  mediaType: string;
  name: string;
}

/** `attachment` with the name in ASCII and in full (RFC 6266 `filename*`). */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function sendDownload(reply: FastifyReply, download: Download) {
  reply.header('content-type', download.mediaType);
  reply.header('content-disposition', contentDisposition(download.name));
  return reply.send(download.body);
}
