/** The thread that runs `analyseText` for the ingestion job (see `@george/runtime/thread`). */
import { serveThread } from '@george/runtime/thread';
import { analyseText } from './analysis.js';

serveThread(analyseText);
