export { type ExtractOptions, extract, firstAppearance, mentionCount } from './extract.js';
export * from './types.js';
