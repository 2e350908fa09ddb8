import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../lib/api/client.ts';
import type { Project } from '../../lib/api/types.ts';
import { keys } from '../../lib/query.ts';
import { Async, Empty } from '../../ui/common.tsx';
import { GraphCanvas } from './GraphCanvas.tsx';

export function GraphPanel({ project }: { project: Project }) {
  const projectId = project.id;
  const graph = useQuery({
    queryKey: keys.graph(projectId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/v1/api/projects/{projectId}/graph', {
          params: { path: { projectId }, query: { limit: 60 } },
          signal,
        }),
      ),
  });
  return (
    <section aria-labelledby="graph-title">
      <h3 id="graph-title">Relationship graph</h3>
      <Async state={graph} label="Drawing the graph">
        {(g) =>
          g.nodes.length === 0 ? (
            <Empty title="No relationships yet">They appear once a manuscript has been read.</Empty>
          ) : (
            <GraphCanvas project={project} graph={g} />
          )
        }
      </Async>
    </section>
  );
}
