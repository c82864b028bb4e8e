// The floor a check cannot beat: walk the directory, read every file and JSON.parse it, then
// read and JSON.parse the registry document; nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const [dir, registry] = process.argv.slice(2);
let parsed = 0;
const walk = (d) => {
  for (const entry of readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, entry.name);
    if (entry.isDirectory()) walk(p);
    else {
      JSON.parse(readFileSync(p, 'utf8'));
      parsed++;
    }
  }
};
walk(dir);
if (registry) JSON.parse(readFileSync(registry, 'utf8'));
process.stdout.write(`${parsed}\n`);
