import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** One subgraph of the supergraph, as `subgraphs/registry.json` lists it. */
export interface SubgraphEntry {
  /** Lowercase letters: the subgraph's name in the supergraph, its database and its variables (MPP_<NAME>_PORT). */
  name: string;
  /** Its default port. */
  port: number;
  /** Its workspace folder, relative to the repository root (e.g. `subgraphs/catalog`). */
  workspace: string;
}

/** Where the registry lives, relative to the repository root. */
export const REGISTRY_PATH = 'subgraphs/registry.json';

/** The gateway's default port; the subgraphs' come from the registry. */
export const DEFAULT_GATEWAY_PORT = 4000;

const cache = new Map<string, readonly SubgraphEntry[]>();

/**
 * Every subgraph, in composition order, read from the registry once per process and checked:
 * a malformed entry stops the process naming it. The one list configuration, `npm start`,
 * composition and the test platform derive from.
 */
export function subgraphRegistry(rootDir: string = findRepositoryRoot()): readonly SubgraphEntry[] {
  let entries = cache.get(rootDir);
  if (!entries) {
    entries = parseRegistry(readFileSync(join(rootDir, REGISTRY_PATH), 'utf8'));
    cache.set(rootDir, entries);
  }
  return entries;
}

/** The registry's text → its entries; throws an error naming the entry at fault. */
export function parseRegistry(text: string): readonly SubgraphEntry[] {
  const fail = (problem: string): never => {
    throw new Error(`${REGISTRY_PATH}: ${problem}`);
  };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return fail(`not JSON (${(error as Error).message})`);
  }
  const list = (parsed as { subgraphs?: unknown } | null)?.subgraphs;
  if (!Array.isArray(list) || list.length === 0) return fail('expected { "subgraphs": [ … ] } with at least one entry');
  const entries = list.map((raw: unknown, index): SubgraphEntry => {
    const { name, port, workspace } = (raw ?? {}) as Record<string, unknown>;
    const at = `subgraphs[${index}]`;
    if (typeof name !== 'string' || !/^[a-z][a-z0-9]*$/.test(name)) fail(`${at}.name must be lowercase letters and digits`);
    if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65535) fail(`${at}.port must be a port number`);
    // Only the form is checked: a process deployed alone need not have its siblings' folders.
    if (typeof workspace !== 'string' || !/^[\w.-]+(\/[\w.-]+)*$/.test(workspace)) fail(`${at}.workspace must be a folder path`);
    return { name: name as string, port: port as number, workspace: workspace as string };
  });
  for (const key of ['name', 'port', 'workspace'] as const) {
    const values = entries.map((entry) => entry[key]);
    const repeated = values.find((value, index) => values.indexOf(value) !== index);
    if (repeated !== undefined) fail(`two subgraphs have the ${key} ${String(repeated)}`);
  }
  if (entries.some((entry) => entry.port === DEFAULT_GATEWAY_PORT)) fail(`port ${DEFAULT_GATEWAY_PORT} is the gateway's`);
  return entries;
}

/** The names of the registry's subgraphs, in composition order. */
export function subgraphNames(rootDir?: string): string[] {
  return subgraphRegistry(rootDir).map((entry) => entry.name);
}

/**
 * The repository root: the nearest folder up from `start` whose package.json declares
 * workspaces (the current folder when there is none).
 */
export function findRepositoryRoot(start: string = __dirname): string {
  let dir = start;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { workspaces?: unknown };
      if (parsed.workspaces) return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

/**
 * A subgraph's definition, loaded from its workspace by path: its `src` under the TypeScript
 * test runner, its built `dist` otherwise. Each subgraph's index exports it as `subgraph`.
 * Loaded on demand, so reading the registry never loads a subgraph.
 */
export async function loadSubgraphDefinition<Definition>(entry: SubgraphEntry, rootDir: string = findRepositoryRoot()): Promise<Definition> {
  const fromSources = __filename.endsWith('.ts');
  const loaded = (await import(join(rootDir, entry.workspace, fromSources ? 'src/index.ts' : 'dist/index.js'))) as { subgraph?: Definition };
  if (!loaded.subgraph) throw new Error(`${entry.workspace} does not export its definition as \`subgraph\``);
  return loaded.subgraph;
}
