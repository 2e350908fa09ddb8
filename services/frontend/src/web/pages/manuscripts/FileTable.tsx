import type { FileSummary, Project } from '../../lib/api/types.ts';
import { Empty, formatBytes, formatDate, Link } from '../../ui/common.tsx';

export function FileTable({
  project,
  files: list,
  editable,
  deleting,
  setDeleting,
  remove,
  busy,
  empty,
  caption,
}: {
  project: Project;
  files: FileSummary[];
  editable: boolean;
  deleting: string | null;
  setDeleting(id: string | null): void;
  remove(id: string): void;
  busy: boolean;
  empty: string | null;
  caption: string;
}) {
  return list.length === 0 ? (
    <Empty title="No manuscripts yet">{empty}</Empty>
  ) : (
    <table className="table">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Words</th>
          <th scope="col">Chapters</th>
          <th scope="col">Size</th>
          <th scope="col">Updated</th>
          {editable ? <th scope="col">Actions</th> : null}
        </tr>
      </thead>
      <tbody>
        {list.map((f) => (
          <tr key={f.id}>
            <td>
              <Link to={`/projects/${project.id}/manuscripts/${f.id}`}>{f.name}</Link>
            </td>
            <td>{f.wordCount.toLocaleString()}</td>
            <td>{f.chapterCount}</td>
            <td>{formatBytes(f.size)}</td>
            <td>{formatDate(f.updatedAt)}</td>
            {editable ? (
              <td>
                {deleting === f.id ? (
                  <span className="actions">
                    <button
                      type="button"
                      className="btn btn-small btn-danger"
                      onClick={() => remove(f.id)}
                      disabled={busy}
                    >
                      Confirm delete
                    </button>
                    <button type="button" className="btn btn-small" onClick={() => setDeleting(null)}>
                      Cancel
                    </button>
                  </span>
                ) : (
                  <button
                    type="button"
                    className="btn btn-small"
                    aria-label={`Delete ${f.name}`}
                    onClick={() => setDeleting(f.id)}
                  >
                    Delete
                  </button>
                )}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
