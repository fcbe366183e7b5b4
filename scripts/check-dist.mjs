// Fails when the committed dist/ differs from a fresh build of src/, as
// actions/typescript-action's check-dist workflow does: the runner executes
// dist/, so a stale bundle would ship code that no test ran.
import { execFileSync } from 'node:child_process';

const diff = execFileSync('git', ['status', '--porcelain', '--', 'dist'], {
  encoding: 'utf8',
});
if (diff.trim() !== '') {
  console.error(
    'dist/ does not match a fresh build of src/; run `npm run build` and commit dist/:'
  );
  console.error(diff);
  process.exit(1);
}
console.log('dist/ matches the sources');
