import type { SignatureVerifier } from '../crypto-ports.js';
import {
  ExpiredError,
  MissingMetadataError,
  RollbackError,
  ThresholdError,
} from '../errors.js';
import type { FileMeta } from '../model/file-meta.js';
import { SignedMetadata } from '../model/metadata.js';
import type { RoleKeys } from '../model/role-keys.js';
import type { Targets } from '../model/targets.js';
import { verifyExpiry, verifyFileMeta, verifyVersion } from './checks.js';
import { isPathAllowed, restrictPaths } from './paths.js';
import { verifyThreshold } from './threshold.js';
import type {
  TrustedTargetsRole,
  VerificationWarning,
} from './trusted-repository.js';

/** What the walk needs from verifyRepository's inputs. */
export interface DelegationWalkOptions {
  delegations: ReadonlyMap<string, Uint8Array> | undefined;
  /** The trusted snapshot's `meta`. */
  meta: ReadonlyMap<string, FileMeta>;
  referenceTime: Date;
  verifier: SignatureVerifier;
  /** Lowest acceptable version of a role. */
  minVersion: (role: string) => number;
  /** True for a role trusted before (it has a remembered version). */
  remembered?: (role: string) => boolean;
}

/**
 * Step 5 of verifyRepository ([N] client/tufclient.go downloadTargets):
 * delegations depth-first in pre-order, each verified against its parent's
 * delegation keys and threshold and its snapshot meta. Collects the trusted
 * roles, the unpublished ones and the warnings.
 */
export class DelegationWalk {
  readonly trusted: TrustedTargetsRole[] = [];
  readonly unpublished: string[] = [];
  readonly warnings: VerificationWarning[] = [];

  constructor(private readonly options: DelegationWalkOptions) {}

  run(role: TrustedTargetsRole): void {
    this.trusted.push(role);
    this.warnOutsidePaths(role);
    const parent: Targets = role.metadata.signed;
    for (const child of parent.delegationRoles) {
      const paths = restrictPaths(role.paths, child.paths);
      const verified = this.verifyChild(
        child.name,
        parent.roleKeys(child.name)
      );
      if (verified)
        this.run({
          role: child.name,
          metadata: verified,
          paths,
          keys: parent.roleKeys(child.name),
        });
    }
  }

  private verifyChild(
    name: string,
    keys: RoleKeys
  ): SignedMetadata<Targets> | undefined {
    const meta = this.options.meta.get(name);
    if (!meta) {
      // A role we trusted before cannot become unpublished while its parent
      // still delegates to it: a snapshot that drops it rolls it back to
      // nothing (TUF spec 5.5.5: a trusted snapshot's roles stay listed), and
      // a signer would re-create it at version 1 under the old floor.
      if (this.options.remembered?.(name)) {
        throw new RollbackError(
          `${name}: trusted before at version ${this.options.minVersion(name)}, but the snapshot no longer lists it`
        );
      }
      // Listed but never published: notary skips it silently (§9.17).
      this.unpublished.push(name);
      return undefined;
    }
    const bytes = this.options.delegations?.get(name);
    if (!bytes)
      throw new MissingMetadataError(
        `${name} is in the snapshot but its file was not supplied`
      );
    // Hash mismatch, bad shape and rollback stay fatal ([N] builder loadDelegation).
    verifyFileMeta(name, bytes, meta);
    const metadata = SignedMetadata.parse(bytes, 'targets', name);
    verifyVersion(name, metadata.signed.version, this.options.minVersion(name));
    try {
      verifyThreshold(
        metadata.signedBytes,
        metadata.signatures,
        keys,
        this.options.verifier
      );
      verifyExpiry(name, metadata.signed.expires, this.options.referenceTime);
    } catch (err) {
      // [N] client/tufclient.go downloadTargets: ErrRoleThreshold and ErrExpired
      // on a delegation only skip it (with its subtree); in targets they are fatal.
      if (!(err instanceof ThresholdError || err instanceof ExpiredError))
        throw err;
      this.warnings.push({
        role: name,
        message: `skipped ${name}: ${err.message}`,
        cause: err,
      });
      return undefined;
    }
    return metadata;
  }

  // Readers ignore entries a role may not sign; say so.
  private warnOutsidePaths(role: TrustedTargetsRole): void {
    for (const name of role.metadata.signed.targets.keys()) {
      if (!isPathAllowed(name, role.paths)) {
        this.warnings.push({
          role: role.role,
          message: `${role.role} lists ${JSON.stringify(name)} outside its paths ${JSON.stringify(role.paths)}; ignored`,
        });
      }
    }
  }
}
