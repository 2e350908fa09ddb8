import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './api/client.ts';
import { keys } from './query.ts';

/** The project's files as the API lists them by default (manuscripts and imports): one cached read the screens share. */
export function useProjectFiles(projectId: string) {
  return useQuery({
    queryKey: keys.files(projectId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/v1/api/projects/{projectId}/files', { params: { path: { projectId } }, signal })),
  });
}
