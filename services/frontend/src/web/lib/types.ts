/** The shapes of the public API (ARCHITECTURE.md §6 and the backend's route schemas). */
export type Role = 'operator' | 'author' | 'guest';
export type Level = 'read' | 'comment' | 'edit' | 'admin' | 'owner';

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
}

export interface Project {
  id: string;
  name: string;
  description: string;
  ownerId: string;
  createdAt: string;
  updatedAt: string;
  access: Level;
}

export interface Member {
  userId: string;
  email: string;
  name: string;
  level: Level;
  grantedBy: string | null;
  grantedAt: string;
}

export interface FileSummary {
  id: string;
  name: string;
  kind: string;
  type: string;
  mediaType: string;
  size: number;
  textLength: number;
  wordCount: number;
  chapterCount: number;
  revision: number;
  createdAt: string;
  updatedAt: string;
}

export interface Chapter {
  index: number;
  title: string;
  start: number;
  end: number;
}

export interface FileDetail {
  file: FileSummary & { chapters: Chapter[] };
  statistics: Record<string, unknown> | null;
}

export interface FileText {
  fileId: string;
  revision: number;
  start: number;
  end: number;
  length: number;
  text: string;
}

export interface Job {
  id: string;
  type: string;
  projectId: string | null;
  fileId: string | null;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  progress: number;
  message: string | null;
  error?: string;
  createdAt: string;
  result?: unknown;
}

export type EntityType = 'character' | 'location' | 'organization' | 'term';

export interface EntitySummary {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentionCount: number;
  firstAppearance: { fileId: string; chapter: number | null; offset: number } | null;
}

/** Chapters are numbered from 1 in text order; `chapterTitle` is the book's own heading. */
export interface Passage {
  fileId: string;
  chapter: number | null;
  chapterTitle: string | null;
  start: number;
  end: number;
  quote: string;
}

export interface EntityDetail extends EntitySummary {
  sheet: string;
  sheetEdited: boolean;
  mentions: {
    fileId: string;
    chapter: number | null;
    start: number;
    end: number;
    text: string;
    passage?: Passage;
  }[];
  mentionsTotal: number;
  relations: {
    type: string;
    direction: 'out' | 'in' | 'both';
    other: { id: string; name: string; type: EntityType };
    labels: string[];
    weight: number;
  }[];
}

export interface GraphView {
  nodes: { id: string; name: string; type: EntityType; mentionCount: number }[];
  edges: {
    source: string;
    target: string;
    type: string;
    directed: boolean;
    weight: number;
    labels: string[];
  }[];
}

export interface Citation {
  fileId: string;
  chapter: number | null;
  chapterTitle?: string | null;
  start: number;
  end: number;
  quote: string;
}

export interface ChatAnswer {
  messageId: string;
  answer: string;
  citations: Citation[];
  intent: string;
  cost: number;
  generated: boolean;
}

export interface ChatMessage {
  id?: string;
  messageId?: string;
  role?: 'user' | 'assistant';
  message?: string;
  question?: string;
  answer?: string;
  content?: string;
  citations?: Citation[];
  bookmarked?: boolean;
  feedback?: { rating: 'up' | 'down' } | 'up' | 'down' | null;
  createdAt?: string;
}

export interface Version {
  id: string;
  parents: string[];
  message: string;
  author: { name: string; email: string };
  date: string;
}

export interface VersionFile {
  path: string;
  fileId: string | null;
  status: 'added' | 'modified' | 'deleted';
  wordsAdded: number;
  wordsRemoved: number;
}

export interface Diff {
  from: string | null;
  to: string;
  files: VersionFile[];
  wordsAdded: number;
  wordsRemoved: number;
  unified: string;
  truncated: boolean;
}

export interface ServiceStatus {
  name: string;
  health: 'ok' | 'failing';
  ready: boolean;
  checks: Record<string, string>;
  latencyMs: number;
}

export const LEVEL_RANK: Record<Level, number> = { read: 1, comment: 2, edit: 3, admin: 4, owner: 5 };
export const canEdit = (level: Level | undefined) => !!level && LEVEL_RANK[level] >= LEVEL_RANK.edit;
export const canAdmin = (level: Level | undefined) => !!level && LEVEL_RANK[level] >= LEVEL_RANK.admin;
