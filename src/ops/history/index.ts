// ops/history/: the signing history of a repository, read back from the
// versions notary-server keeps, each one verified before it is reported.
export { readHistory, DEFAULT_MAX_VERSIONS } from './history.js';
export type { HistoryOptions } from './history.js';
export { HistoryWalkError } from './errors.js';
export {
  formatHistoryText,
  formatHistoryMarkdown,
  describeEvent,
} from './format.js';
export type * from './types.js';
