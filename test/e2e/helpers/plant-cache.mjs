// A hostile job of the same workflow: saves whatever is in DIR under KEY in
// the Actions cache, with the real @actions/cache client (argv: DIR KEY).
import { saveCache } from '@actions/cache';

const [dir, key] = process.argv.slice(2);
const id = await saveCache([dir], key);
process.stdout.write(`planted ${key} as entry ${id}\n`);
