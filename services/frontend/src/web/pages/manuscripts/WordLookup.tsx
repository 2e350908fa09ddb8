import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { api, unwrap } from '../../lib/api/client.ts';
import { Async } from '../../ui/common.tsx';

const SOURCES: Record<string, string> = {
  dictionary: 'The dictionary',
  encyclopedia: 'The encyclopedia',
  thesaurus: 'The thesaurus',
};

/** The selected text when it is one word (letters, inner apostrophes or hyphens), else null. */
export function selectedWord(selection: string): string | null {
  const word = selection.trim();
  return word.length <= 100 && /^\p{L}+(?:['’-]\p{L}+)*$/u.test(word) ? word : null;
}

/**
 * A word of the reader looked up: its definitions, synonyms and the encyclopedia's summary. The
 * panel takes the focus when it opens and closes on Escape or Close; a source that could not
 * answer, and a refusal (rate limit, the service down), are said in words.
 */
export function WordLookup({
  projectId,
  word,
  onClose,
}: {
  projectId: string;
  word: string;
  onClose: () => void;
}) {
  const lookup = useQuery({
    queryKey: ['lookup', projectId, word.toLowerCase()],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/v1/api/projects/{projectId}/lookup', {
          params: { path: { projectId }, query: { word } },
          signal,
        }),
      ),
    retry: false,
    staleTime: 10 * 60_000,
  });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section
      className="card lookup"
      aria-labelledby="lookup-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className="reader-bar">
        <h3 id="lookup-title" ref={heading} tabIndex={-1}>
          {word}
        </h3>
        <button type="button" className="btn btn-small" onClick={onClose}>
          Close
        </button>
      </div>
      <Async state={lookup} label={`Looking up ${word}`}>
        {(r) => (
          <>
            {Object.entries(r.unavailable).map(([source, why]) => (
              <p key={source} className="muted small" role="status">
                {SOURCES[source] ?? source} could not answer ({why.replaceAll('_', ' ')}).
              </p>
            ))}
            <h4>Definitions</h4>
            {r.dictionary && r.dictionary.senses.length > 0 ? (
              <dl className="lookup-senses">
                {r.dictionary.senses.map((s) => (
                  <div key={s.partOfSpeech}>
                    <dt>{s.partOfSpeech}</dt>
                    {s.definitions.slice(0, 3).map((d) => (
                      <dd key={d}>{d}</dd>
                    ))}
                  </div>
                ))}
              </dl>
            ) : (
              <p className="muted">No definition found.</p>
            )}
            <h4>Synonyms</h4>
            {r.synonyms.length > 0 ? (
              <p>{r.synonyms.slice(0, 12).join(', ')}</p>
            ) : (
              <p className="muted">No synonyms found.</p>
            )}
            <h4>Encyclopedia</h4>
            {r.encyclopedia ? (
              <p>
                {r.encyclopedia.summary}{' '}
                <a href={r.encyclopedia.sourceUrl} target="_blank" rel="noreferrer">
                  {r.encyclopedia.source}: {r.encyclopedia.title}
                </a>
              </p>
            ) : (
              <p className="muted">No article found.</p>
            )}
          </>
        )}
      </Async>
    </section>
  );
}

/**
 * The reader's text with word look-up: a word selected (or double-clicked) fills the look-up field,
 * a double-click looks it up at once, and the field takes any word from the keyboard.
 */
export function LookupArea({ projectId, children }: { projectId: string; children: ReactNode }) {
  const [word, setWord] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const picked = () => selectedWord(window.getSelection()?.toString() ?? '');
  return (
    <>
      <form
        className="lookup-bar"
        aria-label="Word look-up"
        onSubmit={(e) => {
          e.preventDefault();
          const w = selectedWord(word);
          if (w) setOpen(w);
        }}
      >
        <label>
          Look up <span className="muted small">(select or double-click a word in the text)</span>
          <input ref={input} value={word} maxLength={100} onChange={(e) => setWord(e.target.value)} />
        </label>
        <button type="submit" className="btn btn-small" disabled={selectedWord(word) === null}>
          Look up
        </button>
      </form>
      {open ? (
        <WordLookup
          key={open}
          projectId={projectId}
          word={open}
          onClose={() => {
            setOpen(null);
            input.current?.focus();
          }}
        />
      ) : null}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the pointer's shortcut; the form above is the keyboard's way */}
      <div
        onMouseUp={() => {
          const w = picked();
          if (w) setWord(w);
        }}
        onDoubleClick={() => {
          const w = picked();
          if (w) {
            setWord(w);
            setOpen(w);
          }
        }}
      >
        {children}
      </div>
    </>
  );
}
