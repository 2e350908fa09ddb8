import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, done, unwrap } from '../lib/api/client.ts';
import type { Project } from '../lib/api/types.ts';
import { keys } from '../lib/query.ts';
import { Async, Dialog, Empty, ErrorNote, formatDate, Link, useAction } from '../ui/common.tsx';
import { InvitationsForYou } from './Invitations.tsx';

export function ProjectsPage() {
  const queryClient = useQueryClient();
  const projects = useQuery({
    queryKey: keys.projects,
    queryFn: ({ signal }) => unwrap(api.GET('/v1/api/projects', { signal })),
  });
  const reload = () => queryClient.invalidateQueries({ queryKey: keys.projects });
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [renaming, setRenaming] = useState<Project | null>(null);
  const [newName, setNewName] = useState('');
  const [deleting, setDeleting] = useState<Project | null>(null);

  const create = useAction(async () => {
    await unwrap(
      api.POST('/v1/api/projects', {
        body: { name: name.trim(), ...(description.trim() ? { description: description.trim() } : {}) },
      }),
    );
    setName('');
    setDescription('');
    await reload();
  });
  const rename = useAction(async () => {
    if (!renaming) return;
    await unwrap(
      api.PATCH('/v1/api/projects/{projectId}', {
        params: { path: { projectId: renaming.id } },
        body: { name: newName.trim() },
      }),
    );
    setRenaming(null);
    await reload();
  });
  const remove = useAction(async () => {
    if (!deleting) return;
    await done(api.DELETE('/v1/api/projects/{projectId}', { params: { path: { projectId: deleting.id } } }));
    setDeleting(null);
    await reload();
  });

  return (
    <div className="page">
      <h1>Your projects</h1>
      <InvitationsForYou />
      <form
        className="card row-form"
        aria-label="New project"
        onSubmit={(e) => {
          e.preventDefault();
          void create.run();
        }}
      >
        <label>
          New project name
          <input required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="grow">
          Description <span className="muted small">(optional)</span>
          <input maxLength={5000} value={description} onChange={(e) => setDescription(e.target.value)} />
        </label>
        <button type="submit" className="btn btn-primary" disabled={create.busy || !name.trim()}>
          Create project
        </button>
      </form>
      {create.error ? <ErrorNote error={create.error} /> : null}
      <Async state={projects} label="Loading your projects">
        {({ projects: list }) =>
          list.length === 0 ? (
            <Empty title="No projects yet">Create one above, then upload a manuscript.</Empty>
          ) : (
            <ul className="project-grid" aria-label="Projects">
              {list.map((p) => (
                <li key={p.id} className="card project-card">
                  <h2>
                    <Link to={`/projects/${p.id}/manuscripts`}>{p.name}</Link>
                  </h2>
                  {p.description ? <p className="muted">{p.description}</p> : null}
                  <p className="small muted">
                    {p.access === 'owner' ? 'Yours' : `Shared with you (${p.access})`} · updated{' '}
                    {formatDate(p.updatedAt)}
                  </p>
                  {p.access === 'owner' || p.access === 'admin' ? (
                    <div className="actions">
                      <button
                        type="button"
                        className="btn btn-small"
                        aria-label={`Rename ${p.name}`}
                        onClick={() => {
                          setRenaming(p);
                          setNewName(p.name);
                          rename.clear();
                        }}
                      >
                        Rename
                      </button>
                      {p.access === 'owner' ? (
                        <button
                          type="button"
                          className="btn btn-small btn-danger"
                          aria-label={`Delete ${p.name}`}
                          onClick={() => {
                            setDeleting(p);
                            remove.clear();
                          }}
                        >
                          Delete
                        </button>
                      ) : null}
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
          )
        }
      </Async>
      <Dialog title="Rename project" open={renaming !== null} onClose={() => setRenaming(null)}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void rename.run();
          }}
        >
          <label>
            Name
            <input required maxLength={200} value={newName} onChange={(e) => setNewName(e.target.value)} />
          </label>
          {rename.error ? <ErrorNote error={rename.error} /> : null}
          <div className="actions">
            <button type="submit" className="btn btn-primary" disabled={rename.busy || !newName.trim()}>
              Save
            </button>
            <button type="button" className="btn" onClick={() => setRenaming(null)}>
              Cancel
            </button>
          </div>
        </form>
      </Dialog>
      <Dialog title="Delete project" open={deleting !== null} onClose={() => setDeleting(null)}>
        <p>
          Delete <strong>{deleting?.name}</strong> with its manuscripts, story bible and history? This cannot
          be undone.
        </p>
        {remove.error ? <ErrorNote error={remove.error} /> : null}
        <div className="actions">
          <button
            type="button"
            className="btn btn-danger"
            disabled={remove.busy}
            onClick={() => void remove.run()}
          >
            Delete for good
          </button>
          <button type="button" className="btn" onClick={() => setDeleting(null)}>
            Keep it
          </button>
        </div>
      </Dialog>
    </div>
  );
}
