// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FileSummary } from '../../lib/api/types.ts';
import { PROJECT } from '../../testing/render.tsx';
import { FileTable } from './FileTable.tsx';

afterEach(cleanup);

const file = (id: string, name: string): FileSummary => ({
  id,
  projectId: 'p1',
  name,
  kind: 'manuscript',
  type: 'text',
  mediaType: 'text/plain',
  size: 2048,
  textLength: 10_000,
  storedBytes: 2048,
  sha256: 'a'.repeat(64),
  paragraphCount: 800,
  wordCount: 26_432,
  chapterCount: 12,
  revision: 1,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
});

describe('FileTable', () => {
  const files = [file('f1', 'alice.txt'), file('f2', 'looking-glass.txt')];

  it('lists each file with a link into the reader, its words, chapters and size', () => {
    render(
      <FileTable
        project={PROJECT}
        files={files}
        editable={false}
        deleting={null}
        setDeleting={() => {}}
        remove={() => {}}
        busy={false}
        empty={null}
        caption="Manuscripts in this project"
      />,
    );
    const table = screen.getByRole('table', { name: 'Manuscripts in this project' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(screen.getByRole('link', { name: 'alice.txt' }).getAttribute('href')).toBe(
      '/projects/p1/manuscripts/f1',
    );
    expect(rows[1]?.textContent).toContain((26_432).toLocaleString());
    expect(rows[1]?.textContent).toContain('2.0 KB');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('asks before deleting: Delete, then Confirm delete calls remove with the file', () => {
    const setDeleting = vi.fn();
    const remove = vi.fn();
    const props = {
      project: PROJECT,
      files,
      editable: true,
      setDeleting,
      remove,
      busy: false,
      empty: null,
      caption: 'Manuscripts',
    };
    const { rerender } = render(<FileTable {...props} deleting={null} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete alice.txt' }));
    expect(setDeleting).toHaveBeenCalledWith('f1');
    rerender(<FileTable {...props} deleting="f1" />);
    fireEvent.click(screen.getByRole('button', { name: 'Confirm delete' }));
    expect(remove).toHaveBeenCalledWith('f1');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(setDeleting).toHaveBeenLastCalledWith(null);
  });

  it('says so when there is nothing yet', () => {
    render(
      <FileTable
        project={PROJECT}
        files={[]}
        editable
        deleting={null}
        setDeleting={() => {}}
        remove={() => {}}
        busy={false}
        empty="Drop a file above to begin."
        caption="Manuscripts"
      />,
    );
    expect(screen.getByText('No manuscripts yet')).toBeTruthy();
    expect(screen.getByText('Drop a file above to begin.')).toBeTruthy();
  });
});
