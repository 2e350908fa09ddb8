export * from './auth.js';
export * from './billing.js';
export * from './chroma.js';
export * from './clients.js';
export * from './external-data.js';
export * from './filesystem.js';
export * from './git.js';
