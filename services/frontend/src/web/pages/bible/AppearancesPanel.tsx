import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../lib/api/client.ts';
import type { AppearanceMeasure, Appearances, Project } from '../../lib/api/types.ts';
import { appearanceMatrix } from '../../lib/chart.ts';
import { keys } from '../../lib/query.ts';
import { AppearancesChart } from '../../ui/charts.tsx';
import { Async, Empty } from '../../ui/common.tsx';

/** What the chart counts per chapter, and how it says so. */
const MEASURES: Record<AppearanceMeasure, { label: string; description: string }> = {
  mentions: { label: 'Appearances', description: 'Mentions per chapter' },
  lines: { label: 'Lines spoken', description: 'Lines spoken per chapter' },
};

export function AppearancesPanel({ project, initial }: { project: Project; initial: string[] }) {
  const projectId = project.id;
  const characters = useQuery({
    queryKey: [...keys.entities(projectId), 'characters'],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/v1/api/projects/{projectId}/entities', {
          params: { path: { projectId }, query: { type: 'character', sort: 'mentions', limit: 12 } },
          signal,
        }),
      ),
  });
  const [chosen, setChosen] = useState<string[]>(initial);
  const [measure, setMeasure] = useState<AppearanceMeasure>('mentions');
  const ids = chosen.length > 0 ? chosen : (characters.data?.entities.slice(0, 3).map((e) => e.id) ?? []);
  const entityIds = ids.join(',');
  const appearances = useQuery({
    queryKey: [...keys.appearances(projectId), entityIds, measure],
    queryFn: ({ signal }): Promise<{ appearances: Appearances[] }> =>
      entityIds === ''
        ? Promise.resolve({ appearances: [] })
        : unwrap(
            api.GET('/v1/api/projects/{projectId}/appearances', {
              params: { path: { projectId }, query: { entityIds, measure } },
              signal,
            }),
          ),
  });
  const toggle = (id: string) =>
    setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id].slice(-6)));
  return (
    <section aria-labelledby="appearances-title">
      <h3 id="appearances-title">Across chapters</h3>
      <fieldset className="segmented">
        <legend className="sr-only">Count per chapter</legend>
        {(['mentions', 'lines'] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="appearances-measure"
              checked={measure === value}
              onChange={() => setMeasure(value)}
            />{' '}
            {MEASURES[value].label}
          </label>
        ))}
      </fieldset>
      <Async state={characters} label="Loading characters">
        {({ entities }) => (
          <fieldset className="checks">
            <legend>Characters to compare</legend>
            {entities.map((e) => (
              <label key={e.id} className="check">
                <input type="checkbox" checked={ids.includes(e.id)} onChange={() => toggle(e.id)} /> {e.name}
              </label>
            ))}
          </fieldset>
        )}
      </Async>
      <Async
        state={appearances}
        label={measure === 'lines' ? 'Counting lines spoken' : 'Counting appearances'}
      >
        {({ appearances: list }) => {
          if (list.length === 0) return <Empty title="Nothing to chart yet" />;
          if (measure === 'lines' && list.every((a) => a.total === 0))
            return <Empty title="None of these characters speaks a line yet" />;
          const matrix = appearanceMatrix(list);
          const fileIndex = new Map<string, number>();
          for (const c of matrix.columns)
            if (!fileIndex.has(c.fileId)) fileIndex.set(c.fileId, fileIndex.size + 1);
          return (
            <AppearancesChart
              matrix={matrix}
              description={MEASURES[measure].description}
              chapterLabel={(c) =>
                `${fileIndex.size > 1 ? `${fileIndex.get(c.fileId)}.` : ''}${c.chapter === null ? '–' : c.chapter}`
              }
            />
          );
        }}
      </Async>
    </section>
  );
}
