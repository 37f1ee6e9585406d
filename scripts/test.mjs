// `npm test`: build the extension, then unit and DOM tests, then the real-browser E2E suite.
import { spawnSync } from 'node:child_process';
import { CHROME_HELP, findChrome } from './find-chrome.mjs';

const chrome = findChrome();
if (!chrome) {
  console.error(process.env.CHROME_PATH ? `CHROME_PATH=${process.env.CHROME_PATH} does not exist.\n${CHROME_HELP}` : CHROME_HELP);
  process.exit(1);
}

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error(`\n✖ ${label} failed`);
    process.exit(result.status ?? 1);
  }
}

run('Type check', 'npx', ['tsc', '--noEmit', '-p', '.']);
run('Build (Chrome MV3)', 'npx', ['wxt', 'build']);
run('Unit and DOM tests', 'npx', ['vitest', 'run', '--project', 'unit', '--project', 'dom']);
run(`End-to-end tests in ${chrome}`, 'npx', ['vitest', 'run', '--project', 'e2e'], { CHROME_PATH: chrome });
console.log('\n✔ All test suites passed');
