#!/usr/bin/env node
// The production server of every George service (the analogue of gunicorn).
import { main } from '../dist/serve/cli.js';

await main();
