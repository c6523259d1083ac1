import { PortableMigration } from '@mpp/kit/subgraph';

/**
 * Forgets every client address refresh tokens have kept so far. Until now a rotation recorded
 * the refresher's address, and a refresh needs only the token, so a stolen one could make its
 * thief's address one the sign-in limits let the account through at; nor did a password
 * change, a reset or a reused token forget any. Which of the kept addresses were proven by a
 * password can no longer be told safely, so none is kept: each account's next sign-in records
 * its address again. A data change only.
 */
export class Migration20261204000000ForgetRefreshedClientAddresses extends PortableMigration {
  override up(): void {
    this.addSql(this.getKnex()('refresh_token').whereNotNull('client_address').update({ client_address: null }));
  }

  override down(): void {
    // Nothing to undo: forgotten addresses cannot be told again.
  }
}
