// ncc drops the CLI's shebang and file mode; `npx toolhive-upgrade` needs both.
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';

const cli = 'dist/cli/index.js';
const text = readFileSync(cli, 'utf8');
if (!text.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${text}`);
chmodSync(cli, 0o755);
