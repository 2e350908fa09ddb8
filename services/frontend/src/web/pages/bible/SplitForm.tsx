import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../lib/api/client.ts';
import type { EntityDetail, EntityType, Project } from '../../lib/api/types.ts';
import { followJob } from '../../lib/jobs.ts';
import { keys } from '../../lib/query.ts';
import { ErrorNote, useAction } from '../../ui/common.tsx';
import { KIND_LABEL } from './kinds.ts';

const TYPES: EntityType[] = ['character', 'location', 'organization', 'group', 'term'];

/**
 * Two people (or places) under one entry: the names that belong to the other go to a new entry. The
 * split is kept as a correction, so reading the book again later does not undo it.
 */
export function SplitForm({ project, entity }: { project: Project; entity: EntityDetail }) {
  const queryClient = useQueryClient();
  const names = [entity.name, ...entity.aliases];
  const [picked, setPicked] = useState<string[]>([]);
  const [name, setName] = useState('');
  const [type, setType] = useState<EntityType>(entity.type);
  const [status, setStatus] = useState('');
  const split = useAction(async () => {
    if (picked.length === 0) throw new Error('Tick the names that belong to the other one.');
    const answer = await unwrap(
      api.POST('/v1/api/projects/{projectId}/entities/{entityId}/split', {
        params: { path: { projectId: project.id, entityId: entity.id } },
        body: { name: name.trim() || (picked[0] ?? ''), type, aliases: picked },
      }),
    );
    setStatus(`Moving ${answer.split.mentions} mentions to ${answer.split.name}: reading the book again…`);
    const stop = new AbortController();
    for (const jobId of answer.jobIds) await followJob(jobId, () => undefined, stop.signal);
    await queryClient.invalidateQueries({ queryKey: keys.project(project.id) });
    setStatus(`${answer.split.name} has an entry of their own now.`);
    setPicked([]);
    setName('');
  });
  const toggle = (n: string) => setPicked((p) => (p.includes(n) ? p.filter((x) => x !== n) : [...p, n]));
  return (
    <section aria-labelledby="split-title">
      <h3 id="split-title">Split</h3>
      <p className="muted small">
        Two people or places under one entry? Tick the names that belong to the other one: their mentions,
        quotations and relations move to a new entry, and stay there when the book is read again.
      </p>
      <form
        className="split-form"
        onSubmit={(ev) => {
          ev.preventDefault();
          void split.run();
        }}
      >
        <fieldset>
          <legend>Names that belong to the other one</legend>
          {names.map((n) => (
            <label key={n} className="check">
              <input type="checkbox" checked={picked.includes(n)} onChange={() => toggle(n)} /> {n}
            </label>
          ))}
        </fieldset>
        <div className="row-form">
          <label>
            New entry's name
            <input
              value={name}
              placeholder={picked[0] ?? ''}
              maxLength={200}
              onChange={(ev) => setName(ev.target.value)}
            />
          </label>
          <label>
            Kind
            <select value={type} onChange={(ev) => setType(TYPES.find((t) => t === ev.target.value) ?? type)}>
              {TYPES.map((t) => (
                <option key={t} value={t}>
                  {KIND_LABEL[t]}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="btn btn-small" disabled={split.busy}>
            Split off
          </button>
        </div>
      </form>
      {status ? (
        <p className="small" role="status">
          {status}
        </p>
      ) : null}
      {split.error ? <ErrorNote error={split.error} /> : null}
    </section>
  );
}
