export * from './clients.js';
export * from './billing.js';
