/** Projects and sharing: the auth server's own shapes, passed through by the backend. */
import { Type } from '@sinclair/typebox';
import { ProjectSchema } from '../schemas/auth.js';

export {
  CreateProjectBody,
  InvitationParams,
  InviteMemberBody,
  MemberListSchema,
  MemberResponse,
  ProjectInvitationListSchema,
  ProjectInvitationParams,
  ProjectInvitationResponse,
  ProjectListSchema,
  ProjectResponse,
  UpdateMemberBody,
  UpdateProjectBody,
} from '../schemas/auth.js';

/** The import's multipart body, for the OpenAPI document (the route reads it as a stream). */
export const ProjectImportBody = Type.Object(
  {
    file: Type.String({
      format: 'binary',
      description: 'a project archive (.george.zip) exported by George',
    }),
  },
  { required: ['file'] },
);

export const ProjectImportResponse = Type.Object(
  { project: ProjectSchema, jobIds: Type.Array(Type.String()) },
  { additionalProperties: false },
);
