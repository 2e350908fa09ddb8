import Markdown, { type Components } from 'react-markdown';
import { Link } from '../../ui/common.tsx';

/** A citation as George writes it in a sheet: `[CHAPTER I. Down the Rabbit-Hole, fileId:start-end]`. */
const CITATION = /\[(?:([^[\]\n]{1,200}), )?([A-Za-z0-9_-]{1,64}):(\d+)-(\d+)\]/g;

/**
 * Turns the sheet's citations into Markdown links into the reader (`(label)` opening the passage
 * highlighted), so that react-markdown renders them with the rest.
 */
export function linkCitations(text: string, projectId: string): string {
  return text.replace(
    CITATION,
    (_, label: string | undefined, fileId: string, start: string, end: string) => {
      const shown = (label ?? 'the passage').replace(/[\\*_`]/g, (c) => `\\${c}`);
      return `[(${shown})](/projects/${encodeURIComponent(projectId)}/manuscripts/${fileId}?start=${start}&end=${end})`;
    },
  );
}

// Sheet headings sit under the page's own (h2, h3): they are all drawn as h4.
const heading: Components['h1'] = ({ children }) => <h4>{children}</h4>;
const components: Components = {
  h1: heading,
  h2: heading,
  h3: heading,
  h4: heading,
  h5: heading,
  h6: heading,
  a: ({ href, children }) =>
    href?.startsWith('/') ? (
      <Link to={href}>{children}</Link>
    ) : (
      <a href={href} target="_blank" rel="noopener noreferrer">
        {children}
      </a>
    ),
};

/**
 * A story-bible sheet's Markdown (react-markdown, CommonMark): no raw HTML (dropped, never run),
 * no images (the page loads nothing from elsewhere), citations as links into the reader.
 */
export function SheetMarkdown({ text, projectId }: { text: string; projectId: string }) {
  return (
    <div className="sheet-text">
      <Markdown skipHtml disallowedElements={['img']} unwrapDisallowed components={components}>
        {linkCitations(text, projectId)}
      </Markdown>
    </div>
  );
}
