import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { preProcessFile } from 'typescript';
import { findRepositoryRoot, subgraphRegistry } from '@mpp/kit';

/*
 * Each workspace declares every package its code imports, so installing one workspace (a
 * subgraph deployed alone, a partner's copy) installs what it needs, and nothing works only
 * because a sibling happened to pull a package in.
 */
const root = findRepositoryRoot(__dirname);
const workspaces = ['packages/kit', 'gateway', 'admin', 'tests', ...subgraphRegistry(root).map((entry) => entry.workspace)];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sources(path);
    return /\.tsx?$/.test(path) ? [path] : [];
  });
}

/** The package an import names: `@scope/name` or `name`; null for relative paths and Node's own modules. */
function packageOf(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('node:') || builtinModules.includes(specifier)) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

describe.each(workspaces)('the workspace %s', (workspace) => {
  it('declares every package its code imports', () => {
    const manifest = JSON.parse(readFileSync(join(root, workspace, 'package.json'), 'utf8')) as {
      name: string;
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
    const declared = new Set([manifest.name, ...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})]);
    const undeclared: string[] = [];
    // The CMS's second page (the API explorer) lives beside its src/.
    const folders = ['src', 'explorer'].map((folder) => join(root, workspace, folder)).filter((folder) => statSync(folder, { throwIfNoEntry: false })?.isDirectory());
    for (const file of folders.flatMap(sources)) {
      for (const { fileName } of preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
        const name = packageOf(fileName);
        if (name && !declared.has(name)) undeclared.push(`${relative(root, file)}: ${name}`);
      }
    }
    expect(undeclared).toEqual([]);
  });
});

describe('@mpp/kit, the core entry point', () => {
  it('loads no ORM, database driver or decorator metadata, and neither does the gateway', () => {
    // A fresh process on the built code (npm test builds first): what requiring them pulls in.
    const probe = `
      require(${JSON.stringify(join(root, 'packages/kit/dist/index.js'))});
      require(${JSON.stringify(join(root, 'gateway/dist/gateway.js'))});
      const loaded = Object.keys(require.cache).filter((path) => /node_modules\\/(@mikro-orm|libsql|mysql2|mariadb|reflect-metadata|type-graphql)\\//.test(path));
      process.stdout.write(JSON.stringify({ loaded, reflect: typeof Reflect.getMetadata }));`;
    const result = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ loaded: [], reflect: 'undefined' });
  });
});
