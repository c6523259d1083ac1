#!/usr/bin/env node
// Prints the SQL that gives each subgraph of subgraphs/registry.json its own MySQL/MariaDB
// account, with rights on its own schema and nothing else, and one account that may only read
// them all for scripts/backup.mjs. Run as a database administrator:
//
//   node deploy/mysql/create-users.mjs [--host <account host>] > users.sql
//   mariadb --user=root --password < users.sql && shred -u users.sql
//
// Accounts are `<MPP_DATABASE_PREFIX><subgraph>` (mpp_agencies, mpp_catalog …) and
// `<MPP_DATABASE_PREFIX>backup`, for connections from `--host` (a MySQL host pattern, default
// '%': anywhere; narrow it to the application servers, e.g. '10.0.0.%'). A password is taken
// from <SUBGRAPH>_DB_PASSWORD (e.g. AGENCIES_DB_PASSWORD; BACKUP_DB_PASSWORD for the backup
// account) or generated; either way the SQL's comments show each process's MPP_DATABASE_URL.
// Running it again sets the passwords and the rights again, and changes nothing else.
//
// Rights of a subgraph's account, on `<prefix><subgraph>` only: what its start needs (CREATE
// for `create database if not exists` on its own schema and for tables; the start-up lock is
// GET_LOCK, which needs no right), what its migrations need (ALTER, INDEX, DROP, REFERENCES),
// and reading and writing its rows. No global right, no GRANT OPTION.
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const kit = createRequire(import.meta.url)(join(root, 'packages/kit/dist/index.js'));

const SUBGRAPH_RIGHTS = 'SELECT, INSERT, UPDATE, DELETE, CREATE, DROP, ALTER, INDEX, REFERENCES';
// mariadb-dump --single-transaction reads; SHOW VIEW and TRIGGER let it print views and triggers.
const BACKUP_RIGHTS = 'SELECT, SHOW VIEW, TRIGGER';
/** Characters a password may hold as given: they need no escaping in SQL nor in MPP_DATABASE_URL. */
const URL_SAFE_PASSWORD = /^[A-Za-z0-9._~-]{16,}$/;

const fail = (message) => {
  process.stderr.write(`create-users: ${message}\n`);
  process.exit(2);
};

const { values } = parseArgs({ options: { host: { type: 'string', default: '%' } } });
if (!/^[A-Za-z0-9.%_:-]+$/.test(values.host)) fail(`--host: expected a MySQL host pattern such as % or 10.0.0.%, got "${values.host}".`);
let config;
try {
  config = kit.loadConfig(process.env, root);
} catch (error) {
  fail(error.message);
}
const prefix = config.databasePrefix;
if (config.subgraphs.includes('backup')) fail('a subgraph named "backup" would share its account with the backups.');

function password(variable) {
  const given = process.env[variable]?.trim();
  if (given === undefined || given === '') return { value: randomBytes(24).toString('base64url'), generated: true };
  if (!URL_SAFE_PASSWORD.test(given)) fail(`${variable}: use at least 16 of A–Z a–z 0–9 . _ ~ - (openssl rand -hex 24).`);
  return { value: given, generated: false };
}

const account = (user) => `'${user}'@'${values.host}'`;
// In GRANT, _ and % in a schema name are wildcards: escaped, the grant names one schema only.
const schemaPattern = (schema) => `\`${schema.replace(/[_%]/g, '\\$&')}\``;

function accountSql(user, secret) {
  return [
    `CREATE USER IF NOT EXISTS ${account(user)} IDENTIFIED BY '${secret}';`,
    `ALTER USER ${account(user)} IDENTIFIED BY '${secret}';`,
    // Whatever was granted before goes: the account has exactly the rights below.
    `REVOKE ALL PRIVILEGES, GRANT OPTION FROM ${account(user)};`,
  ];
}

const urlFor = (user, secret, generated) =>
  `mysql://${user}:${generated ? secret : `<${user === `${prefix}backup` ? 'BACKUP' : user.slice(prefix.length).toUpperCase()}_DB_PASSWORD>`}@<database host>:3306`;

const lines = [
  '-- MPP Paser: one MySQL/MariaDB account per subgraph, with rights on its own schema only,',
  '-- and one that may only read them for backups. Printed by deploy/mysql/create-users.mjs.',
];

for (const subgraph of config.subgraphs) {
  const user = `${prefix}${subgraph}`;
  const secret = password(`${subgraph.toUpperCase()}_DB_PASSWORD`);
  lines.push(
    '',
    `-- ${subgraph}: its processes (and \`npm run migrate -- ${subgraph}\`) use MPP_DATABASE_URL=${urlFor(user, secret.value, secret.generated)}`,
    ...accountSql(user, secret.value),
    `GRANT ${SUBGRAPH_RIGHTS} ON ${schemaPattern(user)}.* TO ${account(user)};`,
  );
}
const backupUser = `${prefix}backup`;
const backupSecret = password('BACKUP_DB_PASSWORD');
lines.push(
  '',
  `-- backups (npm run backup): MPP_DATABASE_URL=${urlFor(backupUser, backupSecret.value, backupSecret.generated)}`,
  ...accountSql(backupUser, backupSecret.value),
  ...config.subgraphs.map((subgraph) => `GRANT ${BACKUP_RIGHTS} ON ${schemaPattern(`${prefix}${subgraph}`)}.* TO ${account(backupUser)};`),
  '',
);
process.stdout.write(lines.join('\n'));
