/** The project rules: only the owner deletes, and a refused delete writes nothing. */
import { describe, expect, it } from 'vitest';
import { PROJECT_CLEANUP_JOB } from '../../src/jobs/types.js';
import { AccessCache } from '../../src/services/access.js';
import { ProjectService, type ProjectServiceDeps } from '../../src/services/projects.js';
import { MemoryDirectory, MemoryQueue, principal } from '../support/memory.js';

function setup() {
  const directory = new MemoryDirectory();
  directory.grant('p1', 'owner', 'owner');
  directory.grant('p1', 'editor', 'admin');
  directory.grant('p1', 'reader', 'read');
  const queue = new MemoryQueue();
  let nudges = 0;
  const notCalled = () => {
    throw new Error('not called by the delete rule');
  };
  // The delete rule reaches the auth server only to delete; the rest of the client is not reached.
  const auth: ProjectServiceDeps['auth'] = {
    deleteProject: (projectId) => directory.deleteProject(projectId),
    createProject: notCalled,
    listProjects: notCalled,
    getProject: notCalled,
    updateProject: notCalled,
    listMembers: notCalled,
    inviteMember: notCalled,
    listProjectInvitations: notCalled,
    cancelInvitation: notCalled,
    myInvitations: notCalled,
    acceptInvitation: notCalled,
    declineInvitation: notCalled,
    updateMember: notCalled,
    removeMember: notCalled,
  };
  const projects = new ProjectService({
    auth,
    access: new AccessCache(directory, 0),
    queue,
    runner: { nudge: () => void nudges++ },
  });
  return { directory, queue, projects, nudges: () => nudges };
}

describe('ProjectService.delete', () => {
  it('refuses anyone but the owner before anything is written: no job, no deletion', async () => {
    const { directory, queue, projects } = setup();
    await expect(projects.delete(principal('reader'), 'p1')).rejects.toMatchObject({
      statusCode: 403,
      code: 'insufficient_access',
    });
    await expect(projects.delete(principal('editor'), 'p1')).rejects.toMatchObject({ statusCode: 403 });
    await expect(projects.delete(principal('stranger'), 'p1')).rejects.toMatchObject({
      statusCode: 404,
      code: 'project_not_found',
    });
    await expect(projects.delete(principal('owner'), 'no-such-project')).rejects.toMatchObject({
      statusCode: 404,
    });
    expect(queue.jobs).toEqual([]);
    expect(directory.deleted).toEqual([]);
  });

  it("queues the owner's clean-up before the deletion, then lets it run", async () => {
    const { directory, queue, projects, nudges } = setup();
    await projects.delete(principal('owner'), 'p1');
    expect(queue.jobs).toHaveLength(1);
    expect(queue.jobs[0]).toMatchObject({
      type: PROJECT_CLEANUP_JOB,
      projectId: 'p1',
      createdBy: 'owner',
      runNow: true,
    });
    expect(directory.deleted).toEqual(['p1']);
    expect(nudges()).toBe(1);
  });
});
