export type {
  Address,
  ApprovalGate,
  BlastRadius,
  Change,
  ClassifiedChange,
  Dependency,
  Disposition,
  GraphFailureOrigin,
  MetadataChange,
  Operation,
  ReasonCode,
} from '../model/change.js';
export { graphOf, parseAddress, type ParsedAddress } from './address.js';
export { withDisposition } from './change.js';
export { diffResources, sortChanges } from './diff.js';
export { metadataChanges, type LedgerEntryMetadata, type MetadataInputs } from './metadata.js';
export { classify, type ClassifyContext } from './classify.js';
export { demote } from './demote.js';
export { approvalGates, approvalInvariantViolated, blastRadius } from './gates.js';
export { destructiveChanges, destructiveGates, holdDestructive } from './destructive.js';
