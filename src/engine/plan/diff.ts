import { compareBytes } from '../../base/json.js';
import type { Address, Change } from '../model/change.js';

/**
 * Content diff of the ledger's digests against the desired digests (docs/contract/classifier.md#diff): create, update or
 * delete per address, sorted byte-wise by address. Equal digests produce nothing; there is no
 * replace.
 */
export function diffResources(prior: ReadonlyMap<Address, string>, desired: ReadonlyMap<Address, string>): Change[] {
  const changes: Change[] = [];
  // forEach, not for...of: no [key, value] pair per entry, which is most of a walk over 100,000.
  desired.forEach((after, resource) => {
    const before = prior.get(resource);
    if (before === undefined) changes.push({ resource, operation: 'create', after_digest: after });
    else if (before !== after) changes.push({ resource, operation: 'update', before_digest: before, after_digest: after });
  });
  prior.forEach((before, resource) => {
    if (!desired.has(resource)) changes.push({ resource, operation: 'delete', before_digest: before });
  });
  return sortChanges(changes);
}

/** Sorts in place by address, byte-wise (a Rust BTreeMap's order), and returns the same array. */
export function sortChanges<C extends Change>(changes: C[]): C[] {
  return changes.sort((a, b) => compareBytes(a.resource, b.resource));
}
