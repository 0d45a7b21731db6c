export { appliedDigests, cloneState, clusterStateSchema, emptyState, RESOURCE_STATUSES, STATE_VERSION } from './schema.js';
export type { ClusterState, ExternalBlobBase, ResourceEntry, ResourceStatusValue, StateEmbeddingProfile, StatusRecord } from './schema.js';
export { parseState, readState, stateSummary, STATE_KEY } from './read.js';
export type { StateParse, StateRead } from './read.js';
export { sameStateText, stateText, stateTextsDiffer } from './serialize.js';
export { writeState } from './write.js';
export type { StateWrite } from './write.js';
export { canonicalizeObservations } from './canonicalize.js';
export { recordApprovalConsumed, tombstoneGraph } from './tombstone.js';
