import * as core from '@actions/core';
import { cleanUp } from './cleanup.js';

// The Action's post step: remove the files the main step left in RUNNER_TEMP.
// No key material is ever written to disk; this only removes the cached root copy.
try {
  cleanUp();
} catch (err) {
  core.warning(
    `dct-sign clean-up: ${err instanceof Error ? err.message : String(err)}`
  );
}
