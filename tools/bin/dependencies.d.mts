/** The locked packages that node_modules lacks or holds at another version, one line each. */
export function installMismatches(root: string): string[];
