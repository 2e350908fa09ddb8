// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PROJECT, renderWithQuery, stubApi } from '../testing/render.tsx';
import { ManuscriptsPage } from './Manuscripts.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('ManuscriptsPage', () => {
  it('the file picker offers every format George reads, and the drop zone names them', async () => {
    stubApi({ 'GET /v1/api/projects/p1/files': () => ({ files: [] }) });
    renderWithQuery(<ManuscriptsPage project={PROJECT} />);
    const picker = await screen.findByLabelText('choose files');
    const accepted = (picker.getAttribute('accept') ?? '').split(',');
    // The formats of before stay, and the ones the filesystem service reads since are no longer hidden.
    for (const ext of ['.txt', '.md', '.docx', '.pdf', '.epub', '.odt', '.rtf', '.zip'])
      expect(accepted).toContain(ext);
    const zone = screen.getByRole('region', { name: 'Upload manuscripts' });
    for (const ext of ['.epub', '.odt', '.rtf', 'Scrivener']) expect(zone.textContent).toContain(ext);
  });
});
