import type { Project } from '../lib/api/types.ts';
import { Empty, Link } from '../ui/common.tsx';
import { AppearancesPanel } from './bible/AppearancesPanel.tsx';
import { EntityList } from './bible/EntityList.tsx';
import { EntitySheet } from './bible/EntitySheet.tsx';
import { GraphPanel } from './bible/GraphPanel.tsx';

export function BiblePage({ project, sub }: { project: Project; sub: string[] }) {
  const [view, id] = sub;
  const base = `/projects/${project.id}/bible`;
  const params = new URLSearchParams(typeof location === 'undefined' ? '' : location.search);
  return (
    <section aria-labelledby="bible-title">
      <div className="section-head">
        <h2 id="bible-title">Story bible</h2>
        <nav className="subtabs" aria-label="Story bible views">
          <Link to={base} aria-current={!view || view === 'entity' ? 'page' : undefined}>
            Entities
          </Link>
          <Link to={`${base}/graph`} aria-current={view === 'graph' ? 'page' : undefined}>
            Graph
          </Link>
          <Link to={`${base}/appearances`} aria-current={view === 'appearances' ? 'page' : undefined}>
            Appearances
          </Link>
        </nav>
      </div>
      {view === 'graph' ? (
        <GraphPanel project={project} />
      ) : view === 'appearances' ? (
        <AppearancesPanel project={project} initial={(params.get('ids') ?? '').split(',').filter(Boolean)} />
      ) : (
        <div className="bible-layout">
          <EntityList project={project} {...(id ? { selected: id } : {})} />
          {view === 'entity' && id ? (
            <EntitySheet project={project} entityId={id} />
          ) : (
            <Empty title="Choose an entity">
              Its sheet, other names, relationships and every mention appear here.
            </Empty>
          )}
        </div>
      )}
    </section>
  );
}
