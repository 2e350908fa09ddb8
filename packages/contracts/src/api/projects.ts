/** Projects and sharing: the auth server's own shapes, passed through by the backend. */
export {
  AddMemberBody,
  CreateProjectBody,
  MemberListSchema,
  MemberResponse,
  ProjectListSchema,
  ProjectResponse,
  UpdateMemberBody,
  UpdateProjectBody,
} from '../schemas/auth.js';
