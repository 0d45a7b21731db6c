#!/usr/bin/env node
// One-off migration kept for branches that still carry old citations: rewrites comment
// citations of the external spec (`spec/cluster.md §6.3`, `engine.md §2.1`, bare `§8.4`,
// `contract §7`, `style.md §3.1`) into `docs/<page>.md#<anchor>` citations that resolve inside this
// repository. __tests__/docs/citations.test.ts then proves every anchor exists.
//   node scripts/dev/cite-docs.mjs          rewrite in place, list what changed
//   node scripts/dev/cite-docs.mjs --check  only list
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const C = 'docs/contract/';
const CLUSTER = {
  '0': 'conventions.md',
  '1': 'config.md', '1.1': 'config.md#layout', '1.2': 'config.md#keys', '1.3': 'config.md#identifiers',
  '1.4': 'config.md#parse-pipeline', '1.5': 'config.md#duplicate-keys', '1.6': 'config.md#paths-and-queries',
  '1.7': 'config.md#loading-order',
  '2': 'digests.md', '2.1': 'digests.md#addresses', '2.2': 'digests.md#graph-composite', '2.3': 'digests.md#provider-digest',
  '2.4': 'digests.md#config-digest', '2.5': 'digests.md#state-cas', '2.6': 'digests.md#worked-example',
  '3': 'state.md', '3.1': 'state.md#schema', '3.2': 'state.md#statuses', '3.3': 'state.md#observations',
  '3.4': 'state.md#records', '3.5': 'state.md#reading', '3.6': 'state.md#writing', '3.7': 'state.md#revisions',
  '3.8': 'state.md#applied-config-digest',
  '4': 'lock.md', '4.1': 'lock.md#shape', '4.2': 'lock.md#which-commands-lock', '4.3': 'lock.md#acquire',
  '4.4': 'lock.md#release', '4.5': 'lock.md#contention', '4.6': 'lock.md#observing', '4.7': 'lock.md#force-unlock',
  '5': 'classifier.md', '5.1': 'classifier.md#diff', '5.2': 'classifier.md#change-record', '5.3': 'classifier.md#dependencies',
  '5.4': 'classifier.md#classification', '5.5': 'classifier.md#classification', '5.6': 'classifier.md#reason-codes',
  '5.7': 'classifier.md#demotion', '5.8': 'classifier.md#recompute-under-lock', '5.8b': 'classifier.md#approval-gates',
  '6': 'commands.md', '6.1': 'commands.md#validate', '6.2': 'commands.md#plan', '6.3': 'commands.md#apply',
  '6.4': 'commands.md#status', '6.5': 'commands.md#refresh-and-import', '6.6': 'commands.md#force-unlock',
  '6.7': 'commands.md#approve',
  '7': 'payloads.md', '7.1': 'payloads.md#paths', '7.2': 'payloads.md#publish', '7.3': 'payloads.md#verification',
  '7.4': 'payloads.md#self-heal',
  '8': 'recovery.md', '8.1': 'recovery.md#sidecar', '8.2': 'recovery.md#graph-create', '8.3': 'recovery.md#sweep',
  '8.4': 'recovery.md#decision-matrix', '8.5': 'recovery.md#pending-graphs', '8.6': 'recovery.md#read-only-warning',
  '9': 'migration.md', '9.1': 'migration.md#plan-preview', '9.2': 'migration.md#plan-preview', '9.3': 'migration.md#schema-apply',
  '10': 'approvals.md', '10.1': 'approvals.md#artifact', '10.2': 'approvals.md#binding', '10.3': 'approvals.md#delete',
  '10.4': 'approvals.md#tombstone',
  '11': 'failpoints.md#names', '12': 'text-output.md', '14': 'graph-engine.md#port-operations',
};
const ENGINE = {
  '1': 'engine-schema.md', '1.1': 'engine-schema.md#lexical-rules', '1.2': 'engine-schema.md#grammar',
  '1.3': 'engine-schema.md#types', '1.4': 'engine-schema.md#declarations', '1.5': 'engine-schema.md#annotations-and-constraints',
  '1.6': 'engine-schema.md#validation', '1.7': 'engine-schema.md#canonical-form', '1.8': 'engine-schema.md#stable-identity',
  '2': 'migration.md', '2.1': 'migration.md#steps', '2.2': 'migration.md#step-order', '2.3': 'migration.md#step-order',
  '2.4': 'migration.md#allow-data-loss', '2.5': 'migration.md#entry-points', '2.6': 'migration.md#examples',
  '2.7': 'migration.md#step-text', '2.9': 'migration.md#engine-apply',
  '3': 'engine-query.md', '3.1': 'engine-query.md#grammar', '3.2': 'engine-query.md#lookup', '3.3': 'engine-query.md#type-checks',
  '4': 'policy.md',
  '5': 'graph-root.md', '5.1': 'graph-root.md#reference-layout', '5.2': 'graph-root.md#manifest-version',
  '5.3': 'graph-root.md#opening', '5.4': 'graph-root.md#init',
  '6': 'graph-engine.md#omnigraph-cli', '6.9': 'graph-engine.md#json-dialects',
};
const README = { '2': 'conventions.md', '3': 'commands.md#cli', '5': 'graph-engine.md#engines', '6': 'failpoints.md#actions' };

/** Section-level choices that depend on what the comment is about. */
function refine(doc, sec, line) {
  if (doc === 'cluster' && sec === '5.1' && /pass/i.test(line)) return 'classifier.md#metadata-passes';
  if (doc === 'cluster' && sec === '5.4' && /pre-pass/.test(line)) return 'classifier.md#pre-pass';
  if (doc === 'cluster' && sec === '5.8b' && /blast/i.test(line)) return 'classifier.md#blast-radius';
  if (doc === 'readme' && sec === '2' && /RFC 3339|clock/i.test(line)) return 'conventions.md#timestamps';
  if (doc === 'cluster' && sec === '12' && /lock summary/i.test(line)) return 'text-output.md#lock-summary';
  if (doc === 'cluster' && sec === '0' && /key|path/i.test(line)) return 'conventions.md#ids';
  return undefined;
}

function target(doc, sec, line) {
  const refined = refine(doc, sec, line);
  if (refined) return C + refined;
  if (doc === 'action') {
    if (/input|settings/i.test(line)) return 'docs/action.md#inputs';
    if (/failure/i.test(line)) return 'docs/action.md#failure-reasons';
    if (/outputs/i.test(line)) return 'docs/action.md#outputs';
    if (/reviewer|fingerprint|approved/i.test(line)) return 'docs/action.md#apply-bound-to-the-reviewed-plan';
    if (/mode|event|pull_request|trigger/i.test(line)) return 'docs/action.md#modes';
    return 'docs/action.md';
  }
  if (doc === 'style') return 'docs/architecture.md#action-entry';
  if (doc === 'toolchain') return 'docs/architecture.md#test-seams';
  // A bare § in a file that otherwise cites engine.md may still mean a cluster.md section that
  // engine.md does not have (e.g. §5.6, the reason codes).
  if (doc === 'engine' && ENGINE[sec] === undefined && sec.includes('.')) return target('cluster', sec, line);
  const table = doc === 'engine' ? ENGINE : doc === 'readme' ? README : CLUSTER;
  const hit = table[sec] ?? table[sec.replace(/\.\d+b?$/, '')];
  if (hit === undefined) throw new Error(`no mapping for ${doc} §${sec}: ${line.trim()}`);
  return C + hit;
}

const DOC_PREFIX = String.raw`(?:(?<doc>spec/README\.md|spec/cluster\.md|spec/engine\.md|cluster\.md|engine\.md|contract README|spec README|contract|style\.md|toolchain\.md)\s+)?`;
const CITE = new RegExp(`${DOC_PREFIX}§(?<sec>\\d+(?:\\.\\d+)?b?)(?:–§(?<end>\\d+(?:\\.\\d+)?b?))?`, 'g');

function docKey(raw, current) {
  if (raw === undefined) return current;
  if (raw.includes('engine.md')) return 'engine';
  if (raw.includes('cluster.md')) return 'cluster';
  if (raw === 'contract README' || raw === 'spec README') return 'readme';
  if (raw === 'contract' || raw === 'spec/README.md') return 'action-or-readme';
  return raw.replace('.md', '');
}

/** Wording the mechanical pass leaves clumsy, tidied after it. */
const TIDY = [
  [/docs\/contract\/config\.md `storage:`/g, 'docs/contract/config.md#storage-root'],
  [/\(docs\/contract\/classifier\.md to docs\/contract\/approvals\.md\)/g, '(docs/contract/diagnostics.md#plan-and-apply-codes)'],
  [/#pre-pass pre-pass/g, '#pre-pass'],
  [/docs\/action\.md#modes "Modes"/g, 'docs/action.md#modes'],
  [/(#[a-z0-9-]+)\/docs\//g, '$1, docs/'],
  [/spec\/cluster\.md Appendix A/g, 'docs/contract/diagnostics.md'],
  [/spec\/cluster\.md Appendix C/g, 'docs/contract/differences.md'],
  [/engine\.md's test fixture/g, 'the fixture of docs/contract/migration.md#examples'],
  [/(docs\/[\w./-]+\.md(?:#[\w-]+)?) HEAD passes\)/g, '$1)'],
  [/(docs\/[\w./-]+\.md(?:#[\w-]+)?) \(HEAD\)/g, '$1'],
  [/(docs\/[\w./-]+\.md(?:#[\w-]+)?),? HEAD(?=[):])/g, '$1'],
  [/docs\/action\.md#(inputs|modes) \1\)/g, 'docs/action.md#$1)'],
  [/the docs\/contract\/conventions\.md id grammar/g, 'the id grammar of docs/contract/conventions.md#ids'],
];

export function rewriteLine(line, fileDefault) {
  return TIDY.reduce((l, [from, to]) => l.replace(from, to), citeLine(line, fileDefault));
}

function citeLine(line, fileDefault) {
  let current = fileDefault;
  return line.replace(CITE, (...args) => {
    const { doc, sec, end } = args.at(-1);
    let key = docKey(doc, current);
    if (key === 'action-or-readme') key = sec === '7' ? 'action' : 'readme';
    if (doc !== undefined) current = key;
    const first = target(key, sec, line);
    if (end === undefined) return first;
    const last = target(key, end, line);
    const [fa] = first.split('#');
    const [la] = last.split('#');
    return fa === la ? fa : `${first} to ${last}`;
  });
}

function walk(dir, out) {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.(ts|mjs|js|md)$/.test(name)) out.push(p);
  }
  return out;
}

const self = path.normalize('scripts/dev/cite-docs.mjs');
const files = [...walk('src', []), ...walk('__tests__', []), ...walk('scripts', []), 'jest.config.js'].filter((f) => f !== self);
const check = process.argv.includes('--check');
let changed = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  if (!/§|spec\/cluster\.md|engine\.md's/.test(text)) continue;
  const fileDefault = /engine\.md/.test(text) && !/cluster\.md/.test(text) ? 'engine' : 'cluster';
  const lines = text.split('\n');
  const next = lines.map((l) => (/§|spec\/cluster\.md|engine\.md's/.test(l) ? rewriteLine(l, fileDefault) : l));
  next.forEach((l, i) => {
    if (l !== lines[i]) {
      changed += 1;
      console.log(`${file}:${i + 1}\n  - ${lines[i].trim()}\n  + ${l.trim()}`);
    }
  });
  if (!check) writeFileSync(file, next.join('\n'));
}
console.log(`${changed} line(s) ${check ? 'would change' : 'changed'}`);
