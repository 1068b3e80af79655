// Shared helper of the reference-data conversion scripts: finds (or installs) the npm packages they read.
// Nothing here runs with the portal; the scripts are run by hand, once per data refresh.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_SCRATCH = '/tmp/icp-reference-data-npm';

/** The repository root (two levels above this folder). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const MIGRATION_DIR = join(REPO_ROOT, 'src', 'main', 'resources', 'db', 'migration');

/**
 * Returns the node_modules folder holding the given packages.
 * With a scratch dir argument the packages must already be installed there (npm install NAME@VERSION);
 * without one they are installed into DEFAULT_SCRATCH, which is never inside the repository.
 */
export function packagesDir(scratchArg, specs) {
  const scratch = resolve(scratchArg ?? DEFAULT_SCRATCH);
  if (scratch.startsWith(REPO_ROOT + '/') || scratch === REPO_ROOT) {
    throw new Error(`scratch dir ${scratch} must be outside the repository`);
  }
  const modules = join(scratch, 'node_modules');
  const missing = specs.filter((spec) => !installedMatches(modules, spec));
  if (missing.length > 0) {
    if (scratchArg) {
      throw new Error(`${scratch} lacks ${missing.join(', ')}: run "npm install ${missing.join(' ')}" there`);
    }
    mkdirSync(scratch, { recursive: true });
    if (!existsSync(join(scratch, 'package.json'))) {
      execFileSync('npm', ['init', '-y'], { cwd: scratch, stdio: 'ignore' });
    }
    execFileSync('npm', ['install', '--no-audit', '--no-fund', ...missing], { cwd: scratch, stdio: 'inherit' });
  }
  for (const spec of specs) {
    const { name, version } = splitSpec(spec);
    const actual = readJson(join(modules, name, 'package.json')).version;
    if (version && actual !== version) {
      console.warn(`warning: ${name} is ${actual} in ${modules}, the scripts were written against ${version}`);
    }
  }
  return modules;
}

function splitSpec(spec) {
  const at = spec.lastIndexOf('@');
  return at > 0 ? { name: spec.slice(0, at), version: spec.slice(at + 1) } : { name: spec, version: null };
}

function installedMatches(modules, spec) {
  const { name } = splitSpec(spec);
  return existsSync(join(modules, name, 'package.json'));
}

export function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** A SQL string literal. */
export function sqlString(value) {
  if (typeof value !== 'string') throw new Error(`not a string: ${value}`);
  return `'${value.replaceAll("'", "''")}'`;
}

/** Multi-row INSERT statements of at most chunkSize rows each. */
export function insertStatements(table, columns, rows, chunkSize = 500) {
  const out = [];
  for (let i = 0; i < rows.length; i += chunkSize) {
    const chunk = rows.slice(i, i + chunkSize);
    out.push(`insert into ${table} (${columns.join(', ')}) values\n`
      + chunk.map((row) => `    (${row.join(', ')})`).join(',\n') + ';');
  }
  return out.join('\n\n');
}
