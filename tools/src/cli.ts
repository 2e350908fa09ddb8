import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { doctorCommand } from './doctor.js';
import { preflightCommand } from './preflight.js';
import { reindexCommand } from './reindex.js';
import { up } from './up.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const USAGE = `usage: george <command>
  up [--dev]     start the whole stack on the embedded defaults (Ctrl-C stops it)
  preflight      check a deployment against the production checklist (--help for options)
  doctor         diagnose a deployment and print the fix for each problem (--help for options)
  reindex        move projects' vectors to the configured embedding model, with progress (--help)`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'up':
      await up(ROOT, { dev: rest.includes('--dev') });
      return -1;
    case 'preflight':
      return preflightCommand(rest);
    case 'doctor':
      return doctorCommand(rest, ROOT);
    case 'reindex':
      return reindexCommand(rest, ROOT);
    case undefined:
    case 'help':
    case '--help':
      console.log(USAGE);
      return 0;
    default:
      console.error(`george: unknown command "${command}"\n${USAGE}`);
      return 2;
  }
}

const code = await main(process.argv.slice(2)).catch((err: Error) => {
  console.error(`george: ${err.message}`);
  return 1;
});
if (code >= 0) process.exit(code);
