import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { api, unwrap } from '../lib/api/client.ts';
import { canEdit } from '../lib/api/types.ts';
import { keys } from '../lib/query.ts';
import { match } from '../lib/router.ts';
import { Async, Empty, Link, Spinner, useTitle } from '../ui/common.tsx';
import { ChatPage } from './Chat.tsx';
import { ContinuityPage } from './Continuity.tsx';
import { ManuscriptsPage } from './Manuscripts.tsx';
import { ReaderPage } from './manuscripts/ReaderPage.tsx';
import { SharingPage } from './Sharing.tsx';
import { StoryPage } from './Story.tsx';

// The story bible (react-markdown, d3-force) and the versions (diff) load when first opened.
const BiblePage = lazy(() => import('./Bible.tsx').then((m) => ({ default: m.BiblePage })));
const VersionsPage = lazy(() => import('./Versions.tsx').then((m) => ({ default: m.VersionsPage })));

const TABS = [
  ['manuscripts', 'Manuscripts'],
  ['bible', 'Story bible'],
  ['story', 'Story'],
  ['continuity', 'Continuity'],
  ['chat', 'Chat'],
  ['versions', 'Versions'],
  ['sharing', 'Sharing'],
] as const;

export function ProjectPage({ projectId, rest }: { projectId: string; rest: string }) {
  const project = useQuery({
    queryKey: keys.project(projectId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/v1/api/projects/{projectId}', { params: { path: { projectId } }, signal })),
  });
  const [tab = 'manuscripts', ...sub] = rest.split('/').filter(Boolean);
  const tabLabel = TABS.find(([key]) => key === tab)?.[1];
  useTitle(project.data ? `${tabLabel ?? 'Page not found'} — ${project.data.project.name}` : undefined);
  return (
    <div className="page wide">
      <Async state={project} label="Opening the project">
        {({ project: p }) => {
          const base = `/projects/${p.id}`;
          const file = match(':fileId', sub.join('/'));
          let body: React.ReactNode;
          if (tab === 'manuscripts' && file) body = <ReaderPage project={p} fileId={file.fileId ?? ''} />;
          else if (tab === 'manuscripts') body = <ManuscriptsPage project={p} />;
          else if (tab === 'bible') body = <BiblePage project={p} sub={sub} />;
          else if (tab === 'story') body = <StoryPage project={p} />;
          else if (tab === 'continuity') body = <ContinuityPage project={p} />;
          else if (tab === 'chat') body = <ChatPage key={p.id} project={p} />;
          else if (tab === 'versions') body = <VersionsPage project={p} />;
          else if (tab === 'sharing') body = <SharingPage project={p} />;
          else
            body = (
              <Empty title="Page not found">
                This project has no such page. Its sections are listed above, or go back to{' '}
                <Link to={`${base}/manuscripts`}>the manuscripts</Link>.
              </Empty>
            );
          return (
            <>
              <div className="project-head">
                <h1>{p.name}</h1>
                {!canEdit(p.access) ? (
                  <span className="badge" title="You can read this project but not change it">
                    Read only
                  </span>
                ) : null}
              </div>
              <nav className="tabs" aria-label="Project sections">
                {TABS.map(([key, label]) => (
                  <Link key={key} to={`${base}/${key}`} aria-current={tab === key ? 'page' : undefined}>
                    {label}
                  </Link>
                ))}
              </nav>
              <Suspense fallback={<Spinner label="Opening" />}>{body}</Suspense>
            </>
          );
        }}
      </Async>
    </div>
  );
}
