/**
 * Many clusters in one repository (docs/contract/targets.md): discover them from path patterns,
 * list every file each one reads, and pick the ones a change set affects.
 */
export { discoverTargets, type ClusterTarget, type TargetDiscovery, type TargetOptions } from './discover.js';
export { affectedTargets, changedInputs, normalizeChangedPath } from './affected.js';
export { compilePattern, matchPath, type CompiledPattern, type GlobSegment } from './glob.js';
export { targetsJson, targetsOutput, type MatrixEntry, type TargetJson, type TargetsOutput } from './output.js';
