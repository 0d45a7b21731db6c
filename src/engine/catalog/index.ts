export { payloadKey, payloadKind } from './paths.js';
export type { PayloadKind } from './paths.js';
export { healPayloadFindings, payloadDiagnostic, verifyPayloads, PAYLOAD_MISMATCH_STATUS_MESSAGE, PAYLOAD_MISSING_MESSAGE } from './verify.js';
export type { PayloadFinding } from './verify.js';
