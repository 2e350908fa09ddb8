import { useMutation } from '@tanstack/react-query';
import {
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactNode,
  useCallback,
  useEffect,
  useRef,
} from 'react';
import { ApiError, describeError } from '../lib/api/client.ts';
import { navigate } from '../lib/router.ts';

/** What a screen needs of a query (react-query's UseQueryResult has these). */
export interface QueryState<T> {
  data: T | undefined;
  error: unknown;
  refetch(): unknown;
}

export function Spinner({ label = 'Loading' }: { label?: string }) {
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label}…</span>
    </div>
  );
}

/** An error in words, with what to do about it; a down service is named as such. */
export function ErrorNote({ error, retry }: { error: unknown; retry?: () => void }) {
  const unavailable = error instanceof ApiError && error.unavailable;
  const notFound = error instanceof ApiError && (error.status === 404 || error.code.endsWith('_not_found'));
  return (
    <div className={`note ${unavailable ? 'note-warn' : 'note-error'}`} role="alert">
      <strong>
        {unavailable
          ? 'A George service is not answering.'
          : notFound
            ? 'Not found.'
            : 'Something went wrong.'}
      </strong>{' '}
      <span>{describeError(error)}</span>
      {error instanceof ApiError && error.requestId ? (
        <span className="muted small"> (request {error.requestId.slice(0, 8)})</span>
      ) : null}
      {retry ? (
        <button type="button" className="btn btn-small" onClick={retry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}

export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty">
      <p className="empty-title">{title}</p>
      {children ? <div className="muted">{children}</div> : null}
    </div>
  );
}

/** Renders loading, error or the content of a query. */
export function Async<T>({
  state,
  label,
  children,
}: {
  state: QueryState<T>;
  label?: string;
  children: (data: T) => ReactNode;
}) {
  if (state.data === undefined) {
    if (state.error) return <ErrorNote error={state.error} retry={() => void state.refetch()} />;
    return <Spinner {...(label ? { label } : {})} />;
  }
  return (
    <>
      {state.error ? <ErrorNote error={state.error} retry={() => void state.refetch()} /> : null}
      {children(state.data)}
    </>
  );
}

/** An in-app link: a real <a href> (middle-click, copy link) that navigates without reloading. */
export function Link({ to, children, ...rest }: { to: string } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={onClick} {...rest}>
      {children}
    </a>
  );
}

/** A modal dialog (the native <dialog>: focus trapped, Escape closes, focus returns after). */
export function Dialog({
  title,
  open,
  onClose,
  children,
}: {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="dialog" aria-label={title} onClose={onClose}>
      <div className="dialog-head">
        <h2>{title}</h2>
        <button type="button" className="btn btn-ghost" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      {open ? children : null}
    </dialog>
  );
}

/** Runs an action (a react-query mutation) with a busy flag and an error, for buttons and forms. */
export function useAction<A extends unknown[]>(action: (...args: A) => Promise<unknown>) {
  const mutation = useMutation({ mutationFn: (args: A) => action(...args) });
  const { mutateAsync, reset } = mutation;
  const run = useCallback(
    async (...args: A) => {
      try {
        await mutateAsync(args);
        return true;
      } catch {
        return false;
      }
    },
    [mutateAsync],
  );
  return { run, busy: mutation.isPending, error: mutation.error ?? undefined, clear: reset };
}

export function formatDate(iso: string): string {
  const d = new Date(/^\d+$/.test(iso) ? Number(iso) : iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export function ProgressBar({ value, label }: { value: number; label: string }) {
  const pct = Math.round(Math.max(0, Math.min(1, value)) * 100);
  return (
    <div className="progress">
      <progress max={100} value={pct} aria-label={label} />
      <span className="small muted">{pct}%</span>
    </div>
  );
}

/** The window title names the screen (tabs, history, screen readers announce it). */
export function useTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · George` : 'George';
  }, [title]);
}
