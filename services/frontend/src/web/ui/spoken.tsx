/**
 * The reader's marks of who speaks: each quotation of the text shown underlined and tinted in its
 * speaker's colour, the speaker's name on hover, with a legend of the
 * speakers of the passage. Quotations come from `GET /projects/{projectId}/quotes` (stored at
 * ingestion), offsets into the same text the reader shows.
 */
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { api, unwrap } from '../lib/api/client.ts';
import type { AnswerOf } from '../lib/api/types.ts';
import { keys } from '../lib/query.ts';

export type Quote = AnswerOf<'/v1/api/projects/{projectId}/quotes', 'get'>['quotes'][number];

/** Colours (classes `speaker-0` ... in styles.css) and the pages read for one passage at most. */
const PALETTE = 10;
const MAX_PAGES = 20;

/** Every quotation of a file (one chapter of it when given), following `nextCursor`. */
async function readQuotes(
  projectId: string,
  fileId: string,
  chapter: number | null,
  signal: AbortSignal,
): Promise<Quote[]> {
  const quotes: Quote[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await unwrap(
      api.GET('/v1/api/projects/{projectId}/quotes', {
        params: {
          path: { projectId },
          query: {
            fileId,
            limit: 500,
            ...(chapter !== null ? { chapter } : {}),
            ...(cursor !== undefined ? { cursor } : {}),
          },
        },
        signal,
      }),
    );
    quotes.push(...answer.quotes);
    if (answer.nextCursor === null) break;
    cursor = answer.nextCursor;
  }
  return quotes;
}

/** A speaker's preferred colour, the same in every chapter (from their entity id). */
function preferredColour(entityId: string): number {
  let hash = 0;
  for (const c of entityId) hash = (hash * 31 + (c.codePointAt(0) ?? 0)) >>> 0;
  return hash % PALETTE;
}

/**
 * Speakers in order of first speech, each with its colour class: their own colour, or the next one
 * free when another speaker of the passage has it already.
 */
export function speakerColours(quotes: readonly Quote[]): Map<string, { name: string; colour: number }> {
  const colours = new Map<string, { name: string; colour: number }>();
  const taken = new Set<number>();
  for (const q of quotes) {
    if (q.speaker === null || colours.has(q.speaker.entityId)) continue;
    let colour = preferredColour(q.speaker.entityId);
    for (let i = 0; i < PALETTE && taken.has(colour); i++) colour = (colour + 1) % PALETTE;
    taken.add(colour);
    colours.set(q.speaker.entityId, { name: q.speaker.name, colour });
  }
  return colours;
}

/**
 * The text from `offset` on, the quotations inside it marked. Quotations partly outside the text
 * are marked where they overlap it.
 */
export function markSpoken(
  text: string,
  offset: number,
  quotes: readonly Quote[],
  colours: ReadonlyMap<string, { name: string; colour: number }>,
): ReactNode[] {
  const out: ReactNode[] = [];
  let at = 0;
  for (const q of quotes) {
    const a = Math.max(at, q.start - offset);
    const b = Math.min(text.length, q.end - offset);
    if (b <= a) continue;
    if (a > at) out.push(text.slice(at, a));
    const who = q.speaker ? colours.get(q.speaker.entityId) : undefined;
    out.push(
      <span
        key={q.id}
        className={`spoken ${who ? `speaker-${who.colour}` : 'speaker-unknown'}`}
        title={who ? who.name : 'Speaker unknown'}
        data-speaker={who?.name ?? ''}
      >
        {text.slice(a, b)}
      </span>,
    );
    at = b;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

/** The reader's text with who speaks marked (a switch turns the marks off). */
export function SpokenText({
  projectId,
  fileId,
  chapter,
  text,
  offset,
}: {
  projectId: string;
  fileId: string;
  /** The 1-based chapter shown, or null for a file without chapters. */
  chapter: number | null;
  text: string;
  /** Where `text` starts in the file. */
  offset: number;
}) {
  const [marked, setMarked] = useState(true);
  const quotes = useQuery({
    queryKey: [...keys.file(projectId, fileId), 'quotes', chapter],
    queryFn: ({ signal }) => readQuotes(projectId, fileId, chapter, signal),
  });
  const list = quotes.data ?? [];
  const colours = speakerColours(list);
  return (
    <>
      {list.length > 0 ? (
        <fieldset className="speakers">
          <legend className="sr-only">Who speaks</legend>
          <label className="check small">
            <input type="checkbox" checked={marked} onChange={(e) => setMarked(e.target.checked)} /> Mark who
            speaks
          </label>
          {marked ? (
            <ul className="speaker-legend">
              {[...colours.values()].map((s) => (
                <li key={s.name} className={`spoken speaker-${s.colour}`}>
                  {s.name}
                </li>
              ))}
            </ul>
          ) : null}
        </fieldset>
      ) : null}
      <div className="prose">
        {marked && list.length > 0 ? markSpoken(text, offset, list, colours) : text}
      </div>
    </>
  );
}
