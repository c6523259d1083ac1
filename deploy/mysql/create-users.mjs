#!/usr/bin/env node
// Prints the SQL that gives each subgraph of subgraphs/registry.json its own MySQL/MariaDB
// account, with rights on its own schema and nothing else, and one account that may only read
// them all for scripts/backup.mjs. Run as a database administrator, in two steps:
//
//   node deploy/mysql/create-users.mjs [--host <account host>] > users.sql
//   mariadb --batch --raw --skip-column-names < users.sql > revokes.sql   # accounts, passwords, grants
//   mariadb --verbose < revokes.sql                                      # rights beyond the lists go
//   shred -u users.sql revokes.sql
//
// Accounts are `<MPP_DATABASE_PREFIX><subgraph>` (mpp_agencies, mpp_catalog …) and
// `<MPP_DATABASE_PREFIX>backup`, for connections from `--host` (a MySQL host pattern, default
// '%': anywhere; narrow it to the application servers, e.g. '10.0.0.%'). A password is taken
// from <SUBGRAPH>_DB_PASSWORD (e.g. AGENCIES_DB_PASSWORD; BACKUP_DB_PASSWORD for the backup
// account) or generated; either way the SQL's comments show each process's MPP_DATABASE_URL.
//
// Running it again — at every `docker compose up` — sets the passwords again and brings the
// rights back to the lists while the services run: the first step grants what is missing and
// then prints a REVOKE for every right an account holds beyond its list (granted by hand, or by
// an older version of this script; global, schema, table, column and routine rights — roles
// and proxies are not looked at); the second step runs them. A right on the list is never
// revoked, so no connection a service makes meanwhile is refused.
//
// Rights of a subgraph's account, on `<prefix><subgraph>` only: what its start needs (CREATE
// for `create database if not exists` on its own schema and for tables; the start-up lock is
// GET_LOCK, which needs no right), what its migrations need (ALTER, INDEX, DROP, REFERENCES),
// and reading and writing its rows. The same on `<prefix><subgraph>_restore` and
// `<prefix><subgraph>_replaced`, where scripts/restore.mjs loads a backup and moves the tables it
// replaces, so that an account can restore its own schema. No global right, no GRANT OPTION.
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const kit = createRequire(import.meta.url)(join(root, 'packages/kit/dist/index.js'));

const SUBGRAPH_RIGHTS = ['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'CREATE', 'DROP', 'ALTER', 'INDEX', 'REFERENCES'];
// mariadb-dump --single-transaction reads; SHOW VIEW and TRIGGER let it print views and triggers.
const BACKUP_RIGHTS = ['SELECT', 'SHOW VIEW', 'TRIGGER'];
/** The schemas scripts/restore.mjs works in beside a subgraph's own (its helperSchemas). */
const RESTORE_SCHEMA_SUFFIXES = ['_restore', '_replaced'];
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
// The privilege tables keep the name so escaped; in a string literal \_ stays \_ (in every SQL mode).
const schemaPattern = (schema) => schema.replace(/[_%]/g, '\\$&');
const sqlText = (value) => `'${value.replace(/'/g, "''")}'`;
/** SQL that quotes a column's value as an identifier. */
const quotedName = (column) => `CONCAT('\`', REPLACE(${column}, '\`', '\`\`'), '\`')`;

const accounts = [
  ...config.subgraphs.map((subgraph) => {
    const user = `${prefix}${subgraph}`;
    return {
      user,
      secret: password(`${subgraph.toUpperCase()}_DB_PASSWORD`),
      variable: `${subgraph.toUpperCase()}_DB_PASSWORD`,
      purpose: `${subgraph}: its processes (and \`npm run migrate -- ${subgraph}\`, \`npm run restore\` of it) use`,
      schemas: [user, ...RESTORE_SCHEMA_SUFFIXES.map((suffix) => `${user}${suffix}`)],
      rights: SUBGRAPH_RIGHTS,
    };
  }),
  {
    user: `${prefix}backup`,
    secret: password('BACKUP_DB_PASSWORD'),
    variable: 'BACKUP_DB_PASSWORD',
    purpose: 'backups (npm run backup):',
    schemas: config.subgraphs.map((subgraph) => `${prefix}${subgraph}`),
    rights: BACKUP_RIGHTS,
  },
];

/**
 * One query that prints a REVOKE for each right of the accounts not on their lists, at every
 * level a GRANT can name: global, schema, table with its columns, routine.
 */
function extraRightsQuery() {
  const grantees = accounts.map(({ user }) => sqlText(account(user))).join(', ');
  const listed = accounts
    .flatMap(({ user, schemas, rights }) => schemas.flatMap((schema) => rights.map((right) => `(${[account(user), schemaPattern(schema), right].map(sqlText).join(', ')})`)))
    .join(',\n      ');
  const users = accounts.map(({ user }) => `(${sqlText(user)}, ${sqlText(values.host)})`).join(', ');
  const grantOption = "IF(MAX(IS_GRANTABLE) = 'YES', 'GRANT OPTION', NULL)";
  return `SELECT statement FROM (
  SELECT 1 AS level, GRANTEE AS grantee, '' AS object,
    CONCAT('REVOKE ', CONCAT_WS(', ', GROUP_CONCAT(NULLIF(PRIVILEGE_TYPE, 'USAGE') SEPARATOR ', '), ${grantOption}), ' ON *.* FROM ', GRANTEE, ';') AS statement,
    COUNT(NULLIF(PRIVILEGE_TYPE, 'USAGE')) + (MAX(IS_GRANTABLE) = 'YES') AS extras
  FROM information_schema.USER_PRIVILEGES WHERE GRANTEE IN (${grantees}) GROUP BY GRANTEE
  UNION ALL
  SELECT 2, GRANTEE, TABLE_SCHEMA,
    CONCAT('REVOKE ', CONCAT_WS(', ', GROUP_CONCAT(IF(listed, NULL, PRIVILEGE_TYPE) SEPARATOR ', '), ${grantOption}), ' ON ', ${quotedName('TABLE_SCHEMA')}, '.* FROM ', GRANTEE, ';'),
    COUNT(IF(listed, NULL, 1)) + (MAX(IS_GRANTABLE) = 'YES')
  FROM (
    SELECT GRANTEE, TABLE_SCHEMA, PRIVILEGE_TYPE, IS_GRANTABLE, (GRANTEE, TABLE_SCHEMA, PRIVILEGE_TYPE) IN (
      ${listed}
    ) AS listed
    FROM information_schema.SCHEMA_PRIVILEGES WHERE GRANTEE IN (${grantees})
  ) AS schema_rights
  GROUP BY GRANTEE, TABLE_SCHEMA
  UNION ALL
  SELECT 3, GRANTEE, CONCAT(TABLE_SCHEMA, '.', TABLE_NAME),
    CONCAT('REVOKE ', CONCAT_WS(', ', GROUP_CONCAT(privilege SEPARATOR ', '), ${grantOption}), ' ON ', ${quotedName('TABLE_SCHEMA')}, '.', ${quotedName('TABLE_NAME')}, ' FROM ', GRANTEE, ';'),
    COUNT(*)
  FROM (
    SELECT GRANTEE, TABLE_SCHEMA, TABLE_NAME, PRIVILEGE_TYPE AS privilege, IS_GRANTABLE
    FROM information_schema.TABLE_PRIVILEGES WHERE GRANTEE IN (${grantees})
    UNION ALL
    SELECT GRANTEE, TABLE_SCHEMA, TABLE_NAME, CONCAT(PRIVILEGE_TYPE, ' (', GROUP_CONCAT(${quotedName('COLUMN_NAME')} SEPARATOR ', '), ')'), MAX(IS_GRANTABLE)
    FROM information_schema.COLUMN_PRIVILEGES WHERE GRANTEE IN (${grantees}) GROUP BY GRANTEE, TABLE_SCHEMA, TABLE_NAME, PRIVILEGE_TYPE
  ) AS table_rights
  GROUP BY GRANTEE, TABLE_SCHEMA, TABLE_NAME
  UNION ALL
  SELECT 4, CONCAT('''', User, '''@''', Host, ''''), CONCAT(Db, '.', Routine_name),
    CONCAT('REVOKE ', REPLACE(Proc_priv, 'Grant', 'GRANT OPTION'), ' ON ', Routine_type, ' ', ${quotedName('Db')}, '.', ${quotedName('Routine_name')}, ' FROM ''', User, '''@''', Host, ''';'),
    1
  FROM mysql.procs_priv WHERE (User, Host) IN (${users}) AND Proc_priv <> ''
) AS held
WHERE extras > 0
ORDER BY level, grantee, object;`;
}

const urlFor = ({ user, secret, variable }) => `mysql://${user}:${secret.generated ? secret.value : `<${variable}>`}@<database host>:3306`;

const lines = [
  '-- MPP Paser: one MySQL/MariaDB account per subgraph, with rights on its own schema only,',
  '-- and one that may only read them for backups. Printed by deploy/mysql/create-users.mjs.',
  '-- Rights are granted before any is revoked: the services keep theirs throughout.',
];
for (const entry of accounts) {
  const { user, secret, purpose, schemas, rights } = entry;
  lines.push(
    '',
    // A generated password is for a new account only: run again while the services run, the
    // script must not change the password an existing account's service connects with.
    secret.generated
      ? `-- ${purpose} MPP_DATABASE_URL=${urlFor(entry)} (if the account is new; an existing one keeps its password)`
      : `-- ${purpose} MPP_DATABASE_URL=${urlFor(entry)}`,
    `CREATE USER IF NOT EXISTS ${account(user)} IDENTIFIED BY '${secret.value}';`,
    ...(secret.generated ? [] : [`ALTER USER ${account(user)} IDENTIFIED BY '${secret.value}';`]),
    ...schemas.map((schema) => `GRANT ${rights.join(', ')} ON \`${schemaPattern(schema)}\`.* TO ${account(user)};`),
  );
}
lines.push(
  '',
  '-- Prints a REVOKE for each right the accounts hold beyond the grants above: run what it prints',
  '-- with a second client, after these (see the top of deploy/mysql/create-users.mjs).',
  extraRightsQuery(),
  '',
);
process.stdout.write(lines.join('\n'));
