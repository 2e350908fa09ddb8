// For bench/runtime.mjs: a runtime service (every feature on, production mode) in one process,
// without the george-serve supervisor, to separate the features' cost from the cluster's.
import { createService, loadBaseConfig } from '../packages/runtime/dist/index.js';

const config = loadBaseConfig(Number(process.env.PORT), process.env);
const app = await createService({ name: 'bench', config, internal: true });
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
