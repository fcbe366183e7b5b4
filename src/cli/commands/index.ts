import type { Command } from '../command.js';
import { fetchCommand } from './fetch.js';
import { history } from './history.js';
import { inspect } from './inspect.js';
import { keyGenerate } from './key-generate.js';
import { keyImport } from './key-import.js';
import { keyInfo } from './key-info.js';
import { keyList } from './key-list.js';
import { migrate } from './migrate.js';
import { pluginInstall } from './plugin-install.js';
import { publish } from './publish.js';
import { renew } from './renew.js';
import { revoke } from './revoke.js';
import { signerAdd } from './signer-add.js';
import { signerList } from './signer-list.js';
import { signerRemove } from './signer-remove.js';
import { signerRotate } from './signer-rotate.js';
import { verify } from './verify.js';

/** Every command, in the order `dct-sign --help` lists them. */
export const COMMANDS: readonly Command[] = [
  keyGenerate,
  keyInfo,
  keyList,
  keyImport,
  signerAdd,
  signerRemove,
  signerRotate,
  signerList,
  inspect,
  verify,
  history,
  revoke,
  renew,
  migrate,
  fetchCommand,
  publish,
  pluginInstall,
];
