import { parseArgs } from 'node:util';
import { Role, createLogger, loadConfig, newId, requireEmail, requireText, runMain } from '@mpp/kit';
import { openPreparedSubgraphDatabase } from '@mpp/kit/subgraph';
import { agenciesSubgraph } from '../subgraph';
import { generatePassword, hashPassword } from './passwords';
import { StaffUser } from './staff-user.entity';

/**
 * `npm run create-admin -- --email someone@paserkab.go.id --name "Nama"`: the first
 * administrator of a production database (nothing is seeded there). Prints a temporary
 * password once; it must be changed at the first sign-in.
 */
runMain(async () => {
  const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
  const email = requireEmail(values.email);
  const name = requireText(values.name, 'name', 2, 120);
  const config = loadConfig();
  // As a start does: under the start-up lock and, on MySQL, holding a running-lock slot, so it
  // waits for a restore instead of writing into a database being replaced.
  const database = await openPreparedSubgraphDatabase(agenciesSubgraph, config, createLogger('agencies', config.logLevel));
  try {
    const em = database.orm.em.fork();
    if (await em.findOne(StaffUser, { email })) throw new Error(`an account with ${email} already exists`);
    const temporaryPassword = generatePassword();
    em.create(StaffUser, {
      id: newId(),
      email,
      name,
      role: Role.ADMIN,
      agency: null,
      active: true,
      mustChangePassword: true,
      passwordHash: await hashPassword(temporaryPassword),
    });
    await em.flush();
    process.stdout.write(`Created ADMIN ${email}.\nTemporary password (shown once, to be changed at first sign-in): ${temporaryPassword}\n`);
  } finally {
    await database.close();
  }
  return async () => undefined;
}, { exitWhenDone: true });
