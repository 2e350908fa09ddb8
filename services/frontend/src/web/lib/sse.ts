/** Server-sent events read from a fetch response's body, parsed by eventsource-parser. */
import { createParser } from 'eventsource-parser';

export interface SseEvent {
  event: string;
  data: string;
  id?: string;
}

/** Reads an event stream to its end, calling `onEvent` for each event (`message` when unnamed). */
export async function readEventStream(
  body: ReadableStream<Uint8Array>,
  onEvent: (event: SseEvent) => void,
  signal?: AbortSignal,
): Promise<void> {
  const parser = createParser({
    onEvent: (ev) =>
      onEvent({ event: ev.event ?? 'message', data: ev.data, ...(ev.id === undefined ? {} : { id: ev.id }) }),
  });
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const cancel = () => void reader.cancel().catch(() => {});
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parser.feed(decoder.decode(value, { stream: true }));
    }
    // A stream that ends without the last blank line still delivers its last event.
    parser.feed(`${decoder.decode()}\n\n`);
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
}
