import { useEffect, useRef, useState } from 'react';
import { ApiError, api, describeError } from '../lib/api.ts';
import { readEventStream } from '../lib/sse.ts';
import type { ChatAnswer, ChatMessage, Citation, Project } from '../lib/types.ts';
import { Async, Empty, ErrorNote, Link, useAsync } from '../ui/common.tsx';

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

function fromHistory(m: ChatMessage, i: number): Turn {
  const rating =
    typeof m.feedback === 'string'
      ? m.feedback
      : m.feedback && typeof m.feedback === 'object'
        ? m.feedback.rating
        : undefined;
  const turn: Turn = {
    key: m.messageId ?? m.id ?? `h${i}`,
    question: m.message ?? m.question ?? '',
    answer: m.answer ?? m.content ?? '',
    citations: m.citations ?? [],
    streaming: false,
    bookmarked: !!m.bookmarked,
  };
  const id = m.messageId ?? m.id;
  if (id) turn.messageId = id;
  if (rating) turn.rating = rating;
  return turn;
}

/**
 * Asks over the streaming route: `delta` events grow the answer as it is written, `done` brings the
 * whole answer object (citations included). A backend without the stream gets the plain POST.
 */
export async function ask(
  projectId: string,
  message: string,
  onDelta: (text: string) => void,
  signal: AbortSignal,
): Promise<ChatAnswer> {
  let res: Response;
  try {
    res = await api.request<Response>(
      'POST',
      `/projects/${projectId}/chat/stream`,
      { message },
      { raw: true, signal },
    );
  } catch (err) {
    if (
      err instanceof ApiError &&
      (err.status === 404 || err.status === 405) &&
      err.code !== 'project_not_found'
    )
      return api.post<ChatAnswer>(`/projects/${projectId}/chat`, { message }, { signal });
    throw err;
  }
  let done: ChatAnswer | undefined;
  let failure: string | undefined;
  if (!res.body) throw new Error('The answer did not arrive.');
  await readEventStream(
    res.body,
    (ev) => {
      if (ev.event === 'delta') onDelta((JSON.parse(ev.data) as { text: string }).text);
      else if (ev.event === 'done') done = JSON.parse(ev.data) as ChatAnswer;
      else if (ev.event === 'error') {
        const body = JSON.parse(ev.data) as { error?: { message?: string }; message?: string };
        failure = body.error?.message ?? body.message ?? 'The answer failed.';
      }
    },
    signal,
  );
  if (done) return done;
  throw new Error(failure ?? 'The answer stopped before it was complete. Try again.');
}

function CitationLink({ projectId, c, n }: { projectId: string; c: Citation; n: number }) {
  return (
    <li>
      <Link
        to={`/projects/${projectId}/manuscripts/${c.fileId}?start=${c.start}&end=${c.end}`}
        className="citation"
      >
        <span className="cite-n">[{n}]</span> “{c.quote.length > 220 ? `${c.quote.slice(0, 220)}…` : c.quote}”
        {c.chapter !== null ? (
          <span className="small muted"> — {c.chapterTitle || `chapter ${c.chapter}`}</span>
        ) : null}
      </Link>
    </li>
  );
}

function TurnView({
  projectId,
  turn,
  update,
}: {
  projectId: string;
  turn: Turn;
  update(patch: Partial<Turn>): void;
}) {
  const [note, setNote] = useState('');
  const [askWhy, setAskWhy] = useState(false);
  const [comment, setComment] = useState('');
  const [category, setCategory] = useState('');
  const bookmark = async () => {
    if (!turn.messageId) return;
    try {
      await api.request('POST', `/chat/${turn.messageId}/bookmark`);
      update({ bookmarked: true });
      setNote('Saved to your notes.');
    } catch (err) {
      setNote(describeError(err));
    }
  };
  const rate = async (rating: 'up' | 'down', extra: { comment?: string; category?: string } = {}) => {
    if (!turn.messageId) return;
    try {
      await api.post(`/chat/${turn.messageId}/feedback`, { rating, ...extra });
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
              <CitationLink key={`${c.fileId}-${c.start}`} projectId={projectId} c={c} n={i + 1} />
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
              <select value={category} onChange={(e) => setCategory(e.target.value)}>
                <option value="">Choose…</option>
                <option value="wrong">Wrong</option>
                <option value="incomplete">Incomplete</option>
                <option value="bad_citation">Wrong source</option>
                <option value="not_helpful">Not helpful</option>
                <option value="other">Other</option>
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
  const history = useAsync(
    (signal) => api.get<{ messages: ChatMessage[] }>(`/projects/${project.id}/chat`, { signal }),
    [project.id],
  );
  const [turns, setTurns] = useState<Turn[]>([]);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const bottom = useRef<HTMLDivElement>(null);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);
  useEffect(() => {
    if (history.data) setTurns(history.data.messages.map(fromHistory));
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
      {history.error && !history.data ? <ErrorNote error={history.error} retry={history.reload} /> : null}
      <Async state={history} label="Loading the conversation">
        {() =>
          turns.length === 0 ? (
            <Empty title="No questions yet">
              Try “Who is the White Rabbit?” or “Where does chapter 3 take place?”
            </Empty>
          ) : (
            <ol className="turns" aria-label="Conversation" aria-live="polite">
              {turns.map((t) => (
                <TurnView key={t.key} projectId={project.id} turn={t} update={(p) => update(t.key, p)} />
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
        <button type="submit" className="btn btn-primary" disabled={busy || !message.trim()}>
          {busy ? 'Answering…' : 'Ask'}
        </button>
      </form>
    </section>
  );
}
