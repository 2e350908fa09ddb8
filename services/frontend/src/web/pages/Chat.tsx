import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ApiError, api, describeError, done, unwrap } from '../lib/api/client.ts';
import type { ChatAnswer, ChatMessage, Citation, Feedback, Project } from '../lib/api/types.ts';
import { useNameAmongSeveralFiles } from '../lib/files.ts';
import { keys } from '../lib/query.ts';
import { readEventStream } from '../lib/sse.ts';
import { Async, Empty, ErrorNote, Link } from '../ui/common.tsx';

interface Turn {
  key: string;
  question: string;
  answer: string;
  citations: Citation[];
  messageId?: string;
  streaming: boolean;
  error?: string;
  bookmarked?: boolean;
  rating?: 'up' | 'down';
  cost?: number;
}

function fromHistory(m: ChatMessage): Turn {
  const turn: Turn = {
    key: m.messageId,
    question: m.message,
    answer: m.answer,
    citations: m.citations,
    messageId: m.messageId,
    streaming: false,
    bookmarked: m.bookmarked,
    cost: m.cost,
  };
  if (m.feedback) turn.rating = m.feedback.rating;
  return turn;
}

const CATEGORIES: [NonNullable<Feedback['category']>, string][] = [
  ['wrong', 'Wrong'],
  ['incomplete', 'Incomplete'],
  ['bad_citation', 'Wrong source'],
  ['not_helpful', 'Not helpful'],
  ['other', 'Other'],
];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isAnswer = (value: unknown): value is ChatAnswer =>
  isRecord(value) &&
  typeof value.messageId === 'string' &&
  typeof value.answer === 'string' &&
  Array.isArray(value.citations);

/**
 * Asks over the streaming route: `delta` events grow the answer as it is written, `done` brings the
 * whole answer object (citations included). A backend without the stream gets the plain POST.
 */
export async function ask(
  projectId: string,
  message: string,
  onDelta: (text: string) => void,
  signal: AbortSignal,
  book?: number,
): Promise<ChatAnswer> {
  const params = { path: { projectId } };
  const body = book === undefined ? { message } : { message, book };
  let stream: ReadableStream<Uint8Array>;
  try {
    stream = await unwrap(
      api.POST('/v1/api/projects/{projectId}/chat/stream', {
        params,
        body,
        parseAs: 'stream',
        signal,
      }),
    );
  } catch (err) {
    if (
      err instanceof ApiError &&
      (err.status === 404 || err.status === 405) &&
      err.code !== 'project_not_found'
    )
      return unwrap(api.POST('/v1/api/projects/{projectId}/chat', { params, body, signal }));
    throw err;
  }
  let answer: ChatAnswer | undefined;
  let failure: string | undefined;
  await readEventStream(
    stream,
    (ev) => {
      const data: unknown = JSON.parse(ev.data);
      if (ev.event === 'delta' && isRecord(data) && typeof data.text === 'string') onDelta(data.text);
      else if (ev.event === 'done' && isAnswer(data)) answer = data;
      else if (ev.event === 'error') {
        const error = isRecord(data) && isRecord(data.error) ? data.error : data;
        failure = isRecord(error) && typeof error.message === 'string' ? error.message : 'The answer failed.';
      }
    },
    signal,
  );
  if (answer) return answer;
  throw new Error(failure ?? 'The answer stopped before it was complete. Try again.');
}

function CitationLink({
  projectId,
  c,
  n,
  fileName,
}: {
  projectId: string;
  c: Citation;
  n: number;
  /** The cited file's name when the project has several manuscripts (as the answer's own text names it). */
  fileName: string | undefined;
}) {
  const place = [
    fileName ?? '',
    c.book ? `Book ${c.book.number}, ${c.book.title}` : '',
    c.chapter !== null ? c.chapterTitle || `chapter ${c.chapter}` : '',
  ].filter(Boolean);
  return (
    <li>
      <Link
        to={`/projects/${projectId}/manuscripts/${c.fileId}?start=${c.start}&end=${c.end}`}
        className="citation"
      >
        <span className="cite-n">[{n}]</span> “{c.quote.length > 220 ? `${c.quote.slice(0, 220)}…` : c.quote}”
        {place.length > 0 ? (
          <span className="small muted">
            {' — '}
            {place.join(' · ')}
          </span>
        ) : null}
      </Link>
    </li>
  );
}

function TurnView({
  projectId,
  turn,
  fileName,
  update,
}: {
  projectId: string;
  turn: Turn;
  fileName: (fileId: string) => string | undefined;
  update(patch: Partial<Turn>): void;
}) {
  const [note, setNote] = useState('');
  const [askWhy, setAskWhy] = useState(false);
  const [comment, setComment] = useState('');
  const [category, setCategory] = useState<Feedback['category']>();
  const bookmark = async () => {
    if (!turn.messageId) return;
    try {
      await unwrap(
        api.POST('/v1/api/chat/{messageId}/bookmark', { params: { path: { messageId: turn.messageId } } }),
      );
      update({ bookmarked: true });
      setNote('Saved to your notes.');
    } catch (err) {
      setNote(describeError(err));
    }
  };
  const rate = async (rating: Feedback['rating'], extra: Omit<Feedback, 'rating'> = {}) => {
    if (!turn.messageId) return;
    try {
      await done(
        api.POST('/v1/api/chat/{messageId}/feedback', {
          params: { path: { messageId: turn.messageId } },
          body: { rating, ...extra },
        }),
      );
      update({ rating });
      setNote('Thank you for the feedback.');
      setAskWhy(rating === 'down' && !extra.comment && !extra.category);
    } catch (err) {
      setNote(describeError(err));
    }
  };
  return (
    <li className="turn">
      <div className="bubble bubble-user">
        <span className="sr-only">You asked: </span>
        {turn.question}
      </div>
      <div className="bubble bubble-george" aria-busy={turn.streaming}>
        <span className="sr-only">George answered: </span>
        {turn.error ? (
          <p className="error-text">{turn.error}</p>
        ) : (
          <div className="answer">{turn.answer || (turn.streaming ? 'Thinking…' : '')}</div>
        )}
        {turn.citations.length > 0 ? (
          <ol className="citations" aria-label="Sources">
            {turn.citations.map((c, i) => (
              <CitationLink
                key={`${c.fileId}-${c.start}`}
                projectId={projectId}
                c={c}
                n={i + 1}
                fileName={fileName(c.fileId)}
              />
            ))}
          </ol>
        ) : null}
        {!turn.streaming && turn.messageId ? (
          <div className="turn-actions">
            <button
              type="button"
              className="btn btn-small"
              aria-pressed={!!turn.bookmarked}
              onClick={() => void bookmark()}
            >
              {turn.bookmarked ? 'Bookmarked' : 'Bookmark'}
            </button>
            <button
              type="button"
              className="btn btn-small"
              aria-pressed={turn.rating === 'up'}
              onClick={() => void rate('up')}
            >
              Helpful
            </button>
            <button
              type="button"
              className="btn btn-small"
              aria-pressed={turn.rating === 'down'}
              onClick={() => void rate('down')}
            >
              Not helpful
            </button>
            {turn.cost !== undefined ? <span className="small muted">{turn.cost} credits</span> : null}
            {note ? (
              <span className="small muted" role="status">
                {note}
              </span>
            ) : null}
          </div>
        ) : null}
        {askWhy ? (
          <form
            className="row-form"
            onSubmit={(e) => {
              e.preventDefault();
              void rate('down', {
                ...(comment.trim() ? { comment: comment.trim() } : {}),
                ...(category ? { category } : {}),
              });
              setComment('');
            }}
          >
            <label>
              Problem
              <select
                value={category ?? ''}
                onChange={(e) => setCategory(CATEGORIES.find(([v]) => v === e.target.value)?.[0])}
              >
                <option value="">Choose…</option>
                {CATEGORIES.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <label className="grow">
              What was wrong? (optional)
              <input value={comment} maxLength={2000} onChange={(e) => setComment(e.target.value)} />
            </label>
            <button type="submit" className="btn btn-small" disabled={!comment.trim() && !category}>
              Send
            </button>
          </form>
        ) : null}
      </div>
    </li>
  );
}

export function ChatPage({ project }: { project: Project }) {
  const projectId = project.id;
  const history = useQuery({
    queryKey: keys.chat(projectId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/v1/api/projects/{projectId}/chat', { params: { path: { projectId } }, signal })),
  });
  const books = useQuery({
    queryKey: ['projects', projectId, 'books'],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/v1/api/projects/{projectId}/books', { params: { path: { projectId } }, signal })),
  });
  const series = books.data?.books ?? [];
  // The empty chat's example question names the story's own main character, not another book's.
  const lead = useQuery({
    queryKey: [...keys.entities(projectId), { kind: 'character', sort: 'mentions', limit: 1 }],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/v1/api/projects/{projectId}/entities', {
          params: { path: { projectId }, query: { type: 'character', sort: 'mentions', limit: 1 } },
          signal,
        }),
      ),
  });
  const leadName = lead.data?.entities[0]?.name;
  const fileName = useNameAmongSeveralFiles(projectId);
  const [book, setBook] = useState<number | undefined>();
  const [turns, setTurns] = useState<Turn[]>([]);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const bottom = useRef<HTMLDivElement>(null);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);
  useEffect(() => {
    if (!history.data) return;
    const saved = history.data.messages.map(fromHistory);
    const savedIds = new Set(saved.map((t) => t.messageId));
    // The saved conversation, then the turns asked here that it does not hold (one still being
    // answered, one that failed): a history that arrives after a question never drops it.
    setTurns((list) => [...saved, ...list.filter((t) => !t.messageId || !savedIds.has(t.messageId))]);
  }, [history.data]);
  const turnCount = turns.length;
  const lastLength = turns.at(-1)?.answer.length ?? 0;
  // biome-ignore lint/correctness/useExhaustiveDependencies: follow the newest text
  useEffect(() => {
    bottom.current?.scrollIntoView?.({ block: 'end' });
  }, [turnCount, lastLength]);

  const update = (key: string, patch: Partial<Turn>) =>
    setTurns((list) => list.map((t) => (t.key === key ? { ...t, ...patch } : t)));

  const send = async () => {
    const text = message.trim();
    if (!text || busy) return;
    const key = `t${Date.now()}`;
    setTurns((list) => [...list, { key, question: text, answer: '', citations: [], streaming: true }]);
    setMessage('');
    setBusy(true);
    const c = new AbortController();
    controller.current = c;
    let soFar = '';
    try {
      const answer = await ask(
        project.id,
        text,
        (delta) => {
          soFar += delta;
          update(key, { answer: soFar });
        },
        c.signal,
        series.some((b) => b.number === book) ? book : undefined,
      );
      update(key, {
        answer: answer.answer,
        citations: answer.citations,
        messageId: answer.messageId,
        cost: answer.cost,
        streaming: false,
      });
    } catch (err) {
      if (!c.signal.aborted) update(key, { streaming: false, error: describeError(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="chat-title" className="chat">
      <h2 id="chat-title">Ask George about your story</h2>
      <p className="muted small">
        George answers from your manuscripts and cites the passages; it never writes your prose.
      </p>
      {history.error && !history.data ? (
        <ErrorNote error={history.error} retry={() => void history.refetch()} />
      ) : null}
      <Async state={history} label="Loading the conversation">
        {() =>
          turns.length === 0 ? (
            <Empty title="No questions yet">
              {leadName
                ? `Try “Who is ${leadName}?” or “Where does chapter 3 take place?”`
                : 'Try “Where does chapter 3 take place?” once a manuscript is uploaded and read.'}
            </Empty>
          ) : (
            <ol className="turns" aria-label="Conversation" aria-live="polite">
              {turns.map((t) => (
                <TurnView
                  key={t.key}
                  projectId={project.id}
                  turn={t}
                  fileName={fileName}
                  update={(p) => update(t.key, p)}
                />
              ))}
            </ol>
          )
        }
      </Async>
      <div ref={bottom} />
      <form
        className="ask"
        onSubmit={(e) => {
          e.preventDefault();
          void send();
        }}
      >
        <label className="grow">
          Your question
          <textarea
            rows={2}
            value={message}
            maxLength={4000}
            onChange={(e) => setMessage(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey) {
                e.preventDefault();
                void send();
              }
            }}
          />
        </label>
        {series.length > 0 ? (
          <label>
            Ask about
            <select
              value={book ?? ''}
              onChange={(e) => setBook(e.target.value === '' ? undefined : Number(e.target.value))}
            >
              <option value="">The whole series</option>
              {series.map((b) => (
                <option key={b.number} value={b.number}>
                  Book {b.number}: {b.title}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <button type="submit" className="btn btn-primary" disabled={busy || !message.trim()}>
          {busy ? 'Answering…' : 'Ask'}
        </button>
      </form>
    </section>
  );
}
