import { error, warning, hasErrors } from '../diagnostics/index.js';
import { DesiredBuilder, langDiagnostic } from './builder.js';
import { sha256hex } from '../../base/hash.js';
import { sortBytewise } from '../../base/json.js';
import {
  configDigest,
  embeddingProviderDigest,
  graphCompositeDigest,
  type EmbeddingProfile,
} from '../digest/resource-digests.js';
import { compileSchema } from '../../lang/schema/index.js';
import type { Catalog } from '../../lang/schema/catalog.js';
import type { LangError } from '../../lang/errors.js';
import { configDigestJson } from './config-json.js';
import { digestMap, rememberResourceDigests, type DesiredGraph, type DesiredResource, type DesiredState } from './desired.js';
import { normalizeExternalBlobs } from './external-blobs.js';
import { resolveQueryDeclarations, type QuerySource } from './graph-queries.js';
import { isLangError, isObject, langErrorJson } from './check-cache.js';
import { parseQueryChecked, typecheckChecked, type ParsedQueryFile } from './query-checks.js';
import { checkIdentifier } from './identifiers.js';
import { loadPolicies } from './policies.js';
import { checkEmbeddingProvider } from './providers.js';
import type { RawClusterConfig, RawGraph } from './schema.js';
import type { ConfigSources } from './source-access.js';

/** docs/contract/config.md#loading-order: every provider, graph and policy in sorted order, with digests. */
export function loadDesired(config: RawClusterConfig, sources: ConfigSources, options: { validateOnly: boolean }): DesiredState {
  const b = new DesiredBuilder();
  const profiles = new Map<string, EmbeddingProfile>();
  // Sorted names, not [name, value] pairs: a destructuring per comparison is slow before the JIT warms.
  const providerMap = config.providers?.embedding ?? {};
  for (const name of sortBytewise(Object.keys(providerMap))) {
    const raw = providerMap[name] as (typeof providerMap)[string];
    const path = `providers.embedding.${name}`;
    b.report(checkIdentifier('embedding provider name', name, path));
    const { profile, diagnostics } = checkEmbeddingProvider(name, raw);
    b.diagnostics.push(...diagnostics);
    profiles.set(name, profile);
    b.add({ address: `provider.embedding.${name}`, kind: 'embedding_provider', digest: embeddingProviderDigest(profile) });
  }

  const graphs = new Map<string, DesiredGraph>();
  const graphMap = config.graphs ?? {};
  for (const id of sortBytewise(Object.keys(graphMap))) graphs.set(id, loadGraph(b, id, graphMap[id] as RawGraph, sources, profiles));
  for (const graph of graphs.values()) {
    const provider = graph.embeddingProvider ? b.resources.get(graph.embeddingProvider) : undefined;
    b.add({
      address: `graph.${graph.id}`,
      kind: 'graph',
      digest: graphCompositeDigest({
        graphId: graph.id,
        schemaDigest: graph.schemaDigest ?? '',
        queries: graph.queries,
        embeddingProvider: graph.embeddingProvider ? { address: graph.embeddingProvider, digest: provider?.digest ?? '' } : null,
        externalBlobPolicy: graph.externalBlobPolicy,
      }),
    });
  }

  const policyBindings = loadPolicies(b, config.policies ?? {}, new Set(graphs.keys()), sources);

  const resources = new Map(sortBytewise([...b.resources.keys()]).map((address) => [address, b.resources.get(address) as DesiredResource]));
  const dependencies = b.sortedDependencies();
  const digests = digestMap(resources);
  const digest = configDigest(configDigestJson(config), digests);
  if (options.validateOnly && !hasErrors(b.diagnostics)) {
    for (const graph of graphs.values()) {
      if (graph.externalBlobPolicy.mode === 'deny') {
        b.report(
          warning(
            'external_blob_ingress_default_deny',
            `graphs.${graph.id}.external_blobs`,
            'effective policy is deny: new external Blob URI references will be rejected; existing stored references remain readable',
          ),
        );
      }
    }
  }
  const desired: DesiredState = {
    resources,
    dependencies,
    graphs,
    policyBindings,
    providerProfiles: profiles,
    configDigest: digest,
    diagnostics: b.diagnostics,
  };
  rememberResourceDigests(desired, digests);
  return desired;
}

function loadGraph(
  b: DesiredBuilder,
  id: string,
  raw: RawGraph,
  sources: ConfigSources,
  profiles: ReadonlyMap<string, EmbeddingProfile>,
): DesiredGraph {
  b.report(checkIdentifier('graph id', id, `graphs.${id}`));
  // Built once and shared by every query's edges (two per query, 200,000 strings at 100k).
  const owners: QueryOwners = { graph: `graph.${id}`, schema: `schema.${id}` };
  b.depend(owners.schema, owners.graph);
  const blobs = normalizeExternalBlobs(id, raw.external_blobs?.allow, sources);
  b.diagnostics.push(...blobs.diagnostics);
  const embeddingProvider = resolveProviderRef(b, id, raw.embedding_provider ?? null, profiles);

  const schemaPath = sources.display(raw.schema);
  let schemaSource: string | null = null;
  let schemaDigest: string | null = null;
  let schema: CheckedSchema | null = null;
  const read = sources.readText(schemaPath, `graphs.${id}.schema`, 'schema_file_missing', 'schema file');
  if (!read.ok) {
    b.report(read.diagnostic);
  } else {
    schemaSource = read.text;
    schemaDigest = sha256hex(read.bytes);
    b.add({ address: owners.schema, kind: 'schema', digest: schemaDigest, path: schemaPath });
    const checked = checkSchema(sources, read.text, schemaDigest);
    if (checked.ok) {
      schema = checked;
    } else {
      const code = checked.error.stage === 'catalog' ? 'schema_catalog_error' : 'schema_parse_error';
      b.report(langDiagnostic(code, `graphs.${id}.schema`, checked.error, schemaPath));
    }
  }

  const resolved = resolveQueryDeclarations(id, raw.queries, sources);
  b.diagnostics.push(...resolved.diagnostics);
  const queries = new Map<string, string>();
  for (const query of resolved.queries) {
    const digest = loadQuery(b, id, owners, query, schema, sources);
    if (digest !== null) queries.set(query.name, digest);
  }
  return {
    id,
    schemaPath: schemaSource === null ? null : schemaPath,
    schemaSource,
    schemaDigest,
    // The catalog is not kept: once this graph's queries are checked nothing reads it, and at
    // 100k resources holding every graph's catalog until the command ends was a large live heap.
    queries,
    embeddingProvider,
    externalBlobPolicy: blobs.policy,
  };
}

function resolveProviderRef(
  b: DesiredBuilder,
  graphId: string,
  ref: string | null,
  profiles: ReadonlyMap<string, EmbeddingProfile>,
): string | null {
  if (ref === null) return null;
  const path = `graphs.${graphId}.embedding_provider`;
  const name = ref.startsWith('provider.embedding.') ? ref.slice('provider.embedding.'.length) : ref.includes('.') ? null : ref;
  if (name === null) {
    b.report(error('wrong_kind_reference', path, `embedding_provider expects a providers.embedding ref or bare provider name, got \`${ref}\``));
    return null;
  }
  if (!profiles.has(name)) {
    b.report(
      error(
        'dangling_embedding_provider_reference',
        path,
        `graph references embedding provider \`${name}\`, but no providers.embedding.${name} profile is declared`,
      ),
    );
    return null;
  }
  b.depend(`graph.${graphId}`, `provider.embedding.${name}`);
  return `provider.embedding.${name}`;
}

/** A schema that compiles: its digest, and its catalog built on demand (a cached verdict needs none). */
interface CheckedSchema {
  readonly ok: true;
  readonly digest: string;
  catalog(): Catalog;
}

type SchemaVerdict = { readonly ok: true } | { readonly ok: false; readonly error: LangError };
const isSchemaVerdict = (v: unknown): v is SchemaVerdict => isObject(v) && (v.ok === true || (v.ok === false && isLangError(v.error)));

function checkSchema(sources: ConfigSources, text: string, digest: string): CheckedSchema | { readonly ok: false; readonly error: LangError } {
  const key = ['pg-compile', digest];
  let catalog: Catalog | null = null;
  const compileNow = () => {
    const compiled = compileSchema(text);
    if (compiled.ok) catalog = compiled.value.catalog;
    return compiled;
  };
  let verdict = sources.checks.lookup(key, isSchemaVerdict);
  if (verdict === undefined) {
    const compiled = compileNow();
    verdict = compiled.ok ? { ok: true } : { ok: false, error: langErrorJson(compiled.error) };
    sources.checks.store(key, verdict);
  }
  if (!verdict.ok) return verdict;
  return {
    ok: true,
    digest,
    catalog: () => {
      if (catalog) return catalog;
      const compiled = compileNow();
      if (!compiled.ok) throw new Error('a schema recorded as compiling did not compile');
      return compiled.value.catalog;
    },
  };
}

/** The addresses a graph's queries depend on. */
interface QueryOwners {
  readonly graph: string;
  readonly schema: string;
}

/** Registers one query and validates its source; returns its digest when it could be read. */
function loadQuery(
  b: DesiredBuilder,
  graphId: string,
  owners: QueryOwners,
  query: QuerySource,
  schema: CheckedSchema | null,
  sources: ConfigSources,
): string | null {
  const address = `query.${graphId}.${query.name}`;
  b.report(checkIdentifier('query name', query.name, query.configPath));
  b.depend(address, owners.graph);
  b.depend(address, owners.schema);
  let file: ParsedQueryFile;
  if (query.preloaded) {
    file = query.preloaded;
  } else {
    const read = sources.readText(query.path, `${query.configPath}.file`, 'query_file_missing', 'query file');
    if (!read.ok) {
      b.report(read.diagnostic);
      return null;
    }
    const digest = sha256hex(read.bytes);
    const parsed = parseQueryChecked(sources.checks, read.text, digest);
    b.add({ address, kind: 'query', digest, path: query.path });
    if (!parsed.ok) {
      b.report(langDiagnostic('query_parse_error', query.configPath, parsed.error, query.path));
      return digest;
    }
    file = parsed.file;
  }
  const digest = file.digest;
  b.add({ address, kind: 'query', digest, path: query.path });
  if (!file.decls.some((d) => d.name === query.name)) {
    b.report(error('query_key_mismatch', query.configPath, `no \`query ${query.name}\` declaration found in the referenced .gq file`));
    return digest;
  }
  if (!schema) {
    b.report(warning('query_typecheck_skipped', query.configPath, 'query parsed, but type-check was skipped because the graph schema is invalid'));
    return digest;
  }
  const typeError = typecheckChecked(sources.checks, file, query.name, schema.digest, schema.catalog);
  if (typeError) b.report(langDiagnostic('query_typecheck_error', query.configPath, typeError, query.path));
  return digest;
}
