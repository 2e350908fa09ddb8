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

/**
 * A file's name where a place needs it to be found, else undefined: "chapter 3" alone does not say
 * which manuscript of several, and a project of one needs no name. Notes (a bookmarked answer) are
 * no second manuscript: the chat's answers, whose text names files the same way, count none.
 */
export function useNameAmongSeveralFiles(projectId: string): (fileId: string) => string | undefined {
  const files = useProjectFiles(projectId).data?.files ?? [];
  const several = files.filter((f) => f.kind !== 'note').length > 1;
  return (fileId) => (several ? files.find((f) => f.id === fileId)?.name : undefined);
}
