// vitest globalSetup for the e2e project: bundles the host fixtures once per run and checks
// that the extension has been built. It does not build the extension: `npm test` builds it
// first, and a stale build is better caught there than rebuilt silently here.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, PROJECT_ROOT } from './harness';

export default function setup(): void {
  execFileSync(process.execPath, [join(PROJECT_ROOT, 'scripts/build-fixtures.mjs')], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No extension build at ${EXTENSION_DIR}: run \`npx wxt build\` (or \`npm test\`, which builds first).`);
  }
}
