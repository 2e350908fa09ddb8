import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { API, api, done, unwrap } from '../lib/api/client.ts';
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
  const archiveInput = useRef<HTMLInputElement>(null);
  const [imported, setImported] = useState<Project | null>(null);

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
  // A project archive (a `.george.zip` exported by George) becomes a new project of the user.
  const importArchive = useAction(async () => {
    const file = archiveInput.current?.files?.[0];
    if (!file) return;
    const { project } = await unwrap(
      api.POST('/v1/api/projects/import', {
        body: { file: file.name },
        bodySerializer: () => {
          const form = new FormData();
          form.append('file', file, file.name);
          return form;
        },
      }),
    );
    if (archiveInput.current) archiveInput.current.value = '';
    setImported(project);
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
      <form
        className="card row-form"
        aria-label="Import a project"
        onSubmit={(e) => {
          e.preventDefault();
          setImported(null);
          void importArchive.run();
        }}
      >
        <label className="grow">
          Project archive <span className="muted small">(a .george.zip exported from George)</span>
          <input ref={archiveInput} type="file" required accept=".zip,application/zip" />
        </label>
        <button type="submit" className="btn" disabled={importArchive.busy}>
          {importArchive.busy ? 'Importing…' : 'Import project'}
        </button>
      </form>
      {importArchive.error ? <ErrorNote error={importArchive.error} /> : null}
      {imported ? (
        <p className="note note-ok" role="status">
          Imported <Link to={`/projects/${imported.id}/manuscripts`}>{imported.name}</Link> with its files and
          history; its story bible is being rebuilt.
        </p>
      ) : null}
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
                  <div className="actions">
                    <a
                      className="btn btn-small"
                      href={`${API}/projects/${p.id}/archive`}
                      download
                      aria-label={`Export ${p.name}`}
                    >
                      Export
                    </a>
                    {p.access === 'owner' || p.access === 'admin' ? (
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
                    ) : null}
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
