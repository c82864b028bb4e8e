// Fails when dist/ is not exactly the build of the sources: the action runs dist/, so a source
// change without a rebuild would ship stale code.
import { execFileSync } from 'node:child_process';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] }).toString();

run('npm', ['run', '--silent', 'build']);
const changed = run('git', ['status', '--porcelain', '--', 'dist']).trim();
if (changed) {
  process.stderr.write(`dist/ is not the build of the sources; run \`npm run build\` and commit dist/:\n${changed}\n`);
  process.stderr.write(run('git', ['diff', '--stat', '--', 'dist']));
  process.exit(1);
}
process.stdout.write('dist/ matches the build of the sources\n');
