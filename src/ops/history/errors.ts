import { SignerError } from '../../errors.js';

/** The history walk cannot go on (no trust data, a hostile or broken feed, no trusted root). */
export class HistoryWalkError extends SignerError {}
