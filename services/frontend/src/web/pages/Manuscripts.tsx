import { useQueryClient } from '@tanstack/react-query';
import { type DragEvent, useCallback, useEffect, useRef, useState } from 'react';
import { api, describeError, done } from '../lib/api/client.ts';
import { canEdit, type Project } from '../lib/api/types.ts';
import { useProjectFiles } from '../lib/files.ts';
import { followJob } from '../lib/jobs.ts';
import { keys } from '../lib/query.ts';
import { Async, ErrorNote, useAction } from '../ui/common.tsx';
import { FileTable } from './manuscripts/FileTable.tsx';
import { PassageSearch } from './manuscripts/PassageSearch.tsx';
import { type UploadItem, UploadList } from './manuscripts/UploadList.tsx';

/**
 * What the file picker offers: every format the filesystem service reads (its type is then detected
 * from the content). Without an extension here the picker hides such files from the author.
 */
const UPLOAD_ACCEPT = [
  '.txt',
  '.md',
  '.markdown',
  '.docx',
  '.pdf',
  '.epub',
  '.odt',
  '.rtf',
  '.zip',
  'text/plain',
  'text/markdown',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/epub+zip',
  'application/vnd.oasis.opendocument.text',
  'application/rtf',
  'application/zip',
].join(',');

export function ManuscriptsPage({ project }: { project: Project }) {
  const queryClient = useQueryClient();
  const projectId = project.id;
  const files = useProjectFiles(projectId);
  const reload = useCallback(
    () => queryClient.invalidateQueries({ queryKey: keys.project(projectId) }),
    [queryClient, projectId],
  );
  const [uploads, setUploads] = useState<UploadItem[]>([]);
  const [dragging, setDragging] = useState(false);
  const [deleting, setDeleting] = useState<string | null>(null);
  const controller = useRef(new AbortController());
  useEffect(() => {
    const c = new AbortController();
    controller.current = c;
    return () => c.abort();
  }, []);
  const editable = canEdit(project.access);
  const update = useCallback((key: string, patch: Partial<UploadItem>) => {
    setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...patch } : u)));
  }, []);

  const uploadOne = useCallback(
    async (file: File) => {
      const key = `${file.name}-${Date.now()}-${Math.random()}`;
      setUploads((list) => [
        { key, name: file.name, size: file.size, stage: 'uploading', upload: 0, ingest: 0, message: '' },
        ...list,
      ]);
      const signal = controller.current.signal;
      try {
        const { jobId } = await api.upload(
          projectId,
          file,
          (fraction) => update(key, { upload: fraction }),
          signal,
        );
        update(key, { stage: 'queued', upload: 1 });
        void reload();
        const job = await followJob(
          jobId,
          (j) =>
            update(key, {
              stage: j.status === 'queued' ? 'queued' : 'ingesting',
              ingest: j.progress,
              message: j.message ?? '',
            }),
          signal,
        );
        update(key, {
          stage: job.status === 'succeeded' ? 'done' : 'failed',
          ingest: 1,
          message:
            job.status === 'succeeded'
              ? 'Read and added to the story bible.'
              : (job.error ?? 'Ingestion failed.'),
        });
        void reload();
      } catch (err) {
        if (signal.aborted) return;
        update(key, { stage: 'failed', message: describeError(err) });
      }
    },
    [projectId, reload, update],
  );

  const addFiles = (list: FileList | null) => {
    for (const f of Array.from(list ?? [])) void uploadOne(f);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    if (editable) addFiles(e.dataTransfer.files);
  };
  const remove = useAction(async (fileId: string) => {
    await done(
      api.DELETE('/v1/api/projects/{projectId}/files/{fileId}', { params: { path: { projectId, fileId } } }),
    );
    setDeleting(null);
    await reload();
  });

  return (
    <section aria-labelledby="manuscripts-title">
      <h2 id="manuscripts-title">Manuscripts</h2>
      {editable ? (
        <section
          className={`dropzone ${dragging ? 'dropzone-active' : ''}`}
          aria-label="Upload manuscripts"
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <p>
            Drop manuscripts here (.txt, .md, .docx, .pdf, .epub, .odt, .rtf, or a Scrivener project as .zip)
            or{' '}
            <label className="btn btn-small file-label">
              choose files
              <input
                type="file"
                multiple
                accept={UPLOAD_ACCEPT}
                className="sr-only"
                onChange={(e) => {
                  addFiles(e.target.files);
                  e.target.value = '';
                }}
              />
            </label>
          </p>
          <UploadList items={uploads} />
        </section>
      ) : (
        <p className="muted">You can read these manuscripts; uploading needs edit access.</p>
      )}
      {remove.error ? <ErrorNote error={remove.error} /> : null}
      <Async state={files} label="Loading manuscripts">
        {({ files: all }) => (
          <>
            {all.length > 0 ? (
              <PassageSearch project={project} names={new Map(all.map((f) => [f.id, f.name]))} />
            ) : null}
            <FileTable
              project={project}
              files={all.filter((f) => f.kind === 'manuscript' || f.kind === 'import')}
              editable={editable}
              deleting={deleting}
              setDeleting={setDeleting}
              remove={(id) => void remove.run(id)}
              busy={remove.busy}
              empty={editable ? 'Drop a file above to begin.' : null}
              caption="Manuscripts in this project"
            />
            {all.some((f) => f.kind === 'note') ? (
              <section aria-labelledby="notes-title">
                <h3 id="notes-title">Notes</h3>
                <p className="muted small">Answers you bookmarked in the chat, kept as notes.</p>
                <FileTable
                  project={project}
                  files={all.filter((f) => f.kind === 'note')}
                  editable={editable}
                  deleting={deleting}
                  setDeleting={setDeleting}
                  remove={(id) => void remove.run(id)}
                  busy={remove.busy}
                  empty={null}
                  caption="Notes"
                />
              </section>
            ) : null}
          </>
        )}
      </Async>
    </section>
  );
}
