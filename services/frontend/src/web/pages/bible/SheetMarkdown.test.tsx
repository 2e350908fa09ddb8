// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { linkCitations, SheetMarkdown } from './SheetMarkdown.tsx';

afterEach(cleanup);

const SHEET = `# Alice

*Character* · also called **the child**

## Description

> Alice was beginning to get very tired. [CHAPTER I. Down the Rabbit-Hole, f_1:120-170]

- Sister [f_1:5-9]
`;

describe('SheetMarkdown', () => {
  it("draws the sheet's headings as h4, emphasis, quotes and lists", () => {
    const { container } = render(<SheetMarkdown text={SHEET} projectId="p1" />);
    expect(screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual([
      'Alice',
      'Description',
    ]);
    expect(container.querySelector('em')?.textContent).toBe('Character');
    expect(container.querySelector('strong')?.textContent).toBe('the child');
    expect(container.querySelector('blockquote')?.textContent).toContain('Alice was beginning');
    expect(container.querySelectorAll('li')).toHaveLength(1);
  });

  it('turns citations into links that open the passage in the reader, with the chapter heading', () => {
    render(<SheetMarkdown text={SHEET} projectId="p1" />);
    const chapter = screen.getByRole('link', { name: '(CHAPTER I. Down the Rabbit-Hole)' });
    expect(chapter.getAttribute('href')).toBe('/projects/p1/manuscripts/f_1?start=120&end=170');
    const bare = screen.getByRole('link', { name: '(the passage)' });
    expect(bare.getAttribute('href')).toBe('/projects/p1/manuscripts/f_1?start=5&end=9');
  });

  it('renders no raw HTML and no images; other links open apart, without the opener', () => {
    const { container } = render(
      <SheetMarkdown
        text={
          'Hi <script>alert(1)</script><b onclick="x()">bold</b> ![x](http://evil.test/x.png) [site](https://example.org)'
        }
        projectId="p1"
      />,
    );
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.innerHTML).not.toContain('onclick');
    const site = screen.getByRole('link', { name: 'site' });
    expect(site.getAttribute('rel')).toBe('noopener noreferrer');
    expect(site.getAttribute('target')).toBe('_blank');
  });

  it('escapes Markdown in a chapter heading used as link text', () => {
    expect(linkCitations('[Chapter *1*, f:1-2]', 'p')).toBe(
      '[(Chapter \\*1\\*)](/projects/p/manuscripts/f?start=1&end=2)',
    );
  });
});
