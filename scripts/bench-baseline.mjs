// The floor a plan is compared with: a fresh node process that reads and sha256-hashes every
// source file of the cluster (what any implementation must do at least).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const walk = (dir) =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? (n === '__cluster' || n === 'graphs' ? [] : walk(p)) : [p];
  });
let files = 0;
for (const f of walk(process.argv[2])) {
  createHash('sha256').update(readFileSync(f)).digest('hex');
  files++;
}
console.log(files);
