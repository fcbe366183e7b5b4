import type { Command } from '../command.js';
import { inspect } from './inspect.js';
import { keyInfo } from './key-info.js';

/** Every command, in the order `dct-sign --help` lists them. */
export const COMMANDS: readonly Command[] = [keyInfo, inspect];
