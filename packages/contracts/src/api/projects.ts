/** Projects and sharing: the auth server's own shapes, passed through by the backend. */
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
