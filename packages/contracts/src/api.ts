/**
 * The public API's schemas (`/v1/api`), one module per area: the backend's routes validate and
 * serialise with them, and the OpenAPI document the web app's client is generated from is emitted
 * from them. Schemas only: importing this loads TypeBox and nothing of the runtime.
 */
export * from './api/admin.js';
export * from './api/bible.js';
export * from './api/billing.js';
export * from './api/chat.js';
export * from './api/common.js';
export * from './api/continuity.js';
export * from './api/files.js';
export * from './api/jobs.js';
export * from './api/projects.js';
export * from './api/quotes.js';
export * from './api/session.js';
export * from './api/story.js';
export * from './api/versions.js';
