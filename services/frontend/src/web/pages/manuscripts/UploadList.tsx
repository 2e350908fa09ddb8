import { formatBytes, ProgressBar } from '../../ui/common.tsx';

export interface UploadItem {
  key: string;
  name: string;
  size: number;
  stage: 'uploading' | 'queued' | 'ingesting' | 'done' | 'failed';
  upload: number;
  ingest: number;
  message: string;
}

export function UploadList({ items }: { items: UploadItem[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="uploads" aria-label="Uploads">
      {items.map((u) => (
        <li key={u.key} className="upload">
          <div className="upload-head">
            <strong>{u.name}</strong> <span className="muted small">{formatBytes(u.size)}</span>
            <span className={`badge badge-${u.stage}`} aria-live="polite">
              {u.stage === 'uploading'
                ? 'Uploading'
                : u.stage === 'queued'
                  ? 'Waiting to be read'
                  : u.stage === 'ingesting'
                    ? 'Reading'
                    : u.stage === 'done'
                      ? 'Ready'
                      : 'Failed'}
            </span>
          </div>
          {u.stage === 'uploading' ? <ProgressBar value={u.upload} label={`Upload of ${u.name}`} /> : null}
          {u.stage === 'queued' || u.stage === 'ingesting' ? (
            <ProgressBar value={u.ingest} label={`Ingestion of ${u.name}`} />
          ) : null}
          {u.message ? (
            <p className={u.stage === 'failed' ? 'error-text small' : 'muted small'}>{u.message}</p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
