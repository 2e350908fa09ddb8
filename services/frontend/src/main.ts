import { runMain } from '@george/runtime';
import * as app from './app.js';

await runMain(app, import.meta.url);
