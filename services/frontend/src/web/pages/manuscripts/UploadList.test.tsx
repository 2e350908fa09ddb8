// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { type UploadItem, UploadList } from './UploadList.tsx';

afterEach(cleanup);

const item = (stage: UploadItem['stage'], more: Partial<UploadItem> = {}): UploadItem => ({
  key: stage,
  name: `${stage}.txt`,
  size: 1500,
  stage,
  upload: 0.25,
  ingest: 0.5,
  message: '',
  ...more,
});

describe('UploadList', () => {
  it('shows nothing without uploads', () => {
    const { container } = render(<UploadList items={[]} />);
    expect(container.innerHTML).toBe('');
  });

  it('shows each stage in words, the upload then the ingestion progress, and a failure message', () => {
    render(
      <UploadList
        items={[
          item('uploading'),
          item('ingesting'),
          item('done', { message: 'Read and added to the story bible.' }),
          item('failed', { message: 'Ingestion failed.' }),
        ]}
      />,
    );
    expect(screen.getByText('Uploading')).toBeTruthy();
    expect(screen.getByText('Reading')).toBeTruthy();
    expect(screen.getByText('Ready')).toBeTruthy();
    expect(screen.getByText('Failed')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Upload of uploading.txt' }).getAttribute('value')).toBe(
      '25',
    );
    expect(
      screen.getByRole('progressbar', { name: 'Ingestion of ingesting.txt' }).getAttribute('value'),
    ).toBe('50');
    expect(screen.queryByRole('progressbar', { name: /done\.txt/ })).toBeNull();
    expect(screen.getByText('Ingestion failed.').className).toContain('error-text');
  });
});
