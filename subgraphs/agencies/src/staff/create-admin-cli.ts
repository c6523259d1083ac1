import { parseArgs } from 'node:util';
import { Role, loadConfig, newId, requireEmail, requireText, runMain } from '@mpp/kit';
import { openSubgraphDatabase } from '@mpp/kit/subgraph';
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
  const database = await openSubgraphDatabase(agenciesSubgraph, config);
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
