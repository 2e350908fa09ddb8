// Whether node_modules holds what package-lock.json pins: every package the lock installs here is
// present at its locked version (optional ones may be absent: they are for other platforms). Read
// from the installed packages rather than from file times, so a fresh checkout of an unchanged lock
// does not reinstall and a package lost from node_modules does. Plain Node without dependencies:
// `npm start` runs it before node_modules exists.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The locked packages that node_modules lacks or holds at another version, one line each. */
export function installMismatches(root) {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
  const mismatches = [];
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    if (!path.includes('node_modules/') || entry.link || entry.optional) continue;
    const manifest = join(root, path, 'package.json');
    if (!existsSync(manifest)) {
      mismatches.push(`${path}: missing`);
      continue;
    }
    const { version } = JSON.parse(readFileSync(manifest, 'utf8'));
    if (version !== entry.version) mismatches.push(`${path}: ${version}, locked ${entry.version}`);
  }
  return mismatches;
}
