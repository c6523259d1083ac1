import type { EntityClass } from '@mikro-orm/core';
import { testDatabaseTargets } from '@mpp/kit/testing';
import { bearer, TestPlatformRun } from './support/platform';

/*
 * What every subgraph built from the template guarantees, checked on each one the registry
 * lists: a record that is only read is never written back. (On SQLite a date mapping once made
 * every loaded record look changed, so any flush rewrote it and raised its version.)
 */
describe.each(testDatabaseTargets())('every registered subgraph on $label', ({ databaseUrl }) => {
  let platform: TestPlatformRun;

  beforeAll(async () => {
    // A Monday morning, within the seeded queues' ticket hours: an issued ticket fills the queueing
    // tables. Facilities copies the closed dates through the gateway once it is up (it tries every
    // 2 s while starting), then only a day later: no refresh of its own reads or writes the
    // database while the check below reads the statement log.
    platform = await TestPlatformRun.start(databaseUrl, { MPP_CLOCK_START: '2026-12-07T09:00:00+08:00', MPP_CLOSED_DATES_REFRESH_SECONDS: '86400' });
    // Rows in every table: a session, a failed sign-in, an edit, a publication, a revision, audit
    // records; a ticket taken online with an idempotency key (its number, issue limit and claim).
    const editor = bearer(await platform.loginAs('EDITOR'));
    await platform.post('mutation { login(email: "nobody@mpp-paser.local", password: "wrong-password") { token } }');
    const { data } = await platform.post('{ service(slug: "skck") { id version } }');
    const update = await platform.post(
      'mutation($id: ID!, $v: Int!) { updateService(id: $id, version: $v, input: { summary: "Ringkasan baru." }) { id version } }',
      { id: data.service.id, v: data.service.version },
      editor,
    );
    const edited = update.data.updateService;
    const edit = (await platform.post('query($id: ID) { service(id: $id) { pendingEdit { version } } }', { id: edited.id }, editor)).data.service.pendingEdit;
    const published = await platform.post('mutation($id: ID!, $v: Int!) { publishService(id: $id, version: $v) { id } }', { id: edited.id, v: edit.version }, editor);
    expect(published.errors).toBeUndefined();
    const bri = (await platform.post('{ agency(slug: "bri") { id version } }')).data.agency;
    await platform.post('mutation($id: ID!, $v: Int!) { updateAgency(id: $id, version: $v, input: { phone: "0543-21000" }) { id } }', { id: bri.id, v: bri.version }, editor);
    await platform.post('mutation($id: ID!, $v: Int!) { updateService(id: $id, version: $v, input: { summary: "Usulan." }) { id } }', { id: edited.id, v: edited.version + 1 }, editor);
    const ticket = await platform.post(
      'mutation($serviceId: ID!) { issueTicket(input: { serviceId: $serviceId, channel: ONLINE, idempotencyKey: "template-spec" }) { ticket { number } } }',
      { serviceId: edited.id },
    );
    expect(ticket.errors).toBeUndefined();
    // Facilities: a status set by the editor (its audit record), and the copy of queueing's
    // closed dates with the version of each year, which facilities refreshes through the public
    // API once the gateway is up (the dates and their year's version are written together).
    const atm = (await platform.post('{ facility(slug: "atm-bri") { id version } }')).data.facility;
    const status = await platform.post('mutation($id: ID!, $v: Int!) { setFacilityStatus(id: $id, version: $v, status: OPERATIONAL, note: "Dicek") { id } }', { id: atm.id, v: atm.version }, editor);
    expect(status.errors).toBeUndefined();
    for (const until = Date.now() + 15_000; Date.now() < until; await new Promise((resolve) => setTimeout(resolve, 200))) {
      if ((await platform.post('{ mall { closedDates(year: 2026) { date } } }')).data?.mall.closedDates.length) break;
    }
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('loads every entity of every subgraph and flushes without a single statement', async () => {
    const checked: string[] = [];
    for (const [name, running] of Object.entries(platform.subgraphs)) {
      const orm = running.database.orm;
      for (const meta of Object.values(orm.getMetadata().getAll())) {
        if (meta.abstract || meta.embeddable || meta.virtual) continue;
        const em = orm.em.fork();
        const rows = await em.find(meta.class as EntityClass<object>, {}, { limit: 500 });
        expect([name, meta.className, rows.length > 0]).toEqual([name, meta.className, true]);
        running.database.queryLog.reset();
        await em.flush();
        expect([name, meta.className, running.database.queryLog.entries]).toEqual([name, meta.className, []]);
        checked.push(`${name}.${meta.className}`);
      }
    }
    expect(checked.length).toBeGreaterThanOrEqual(10);
  });
});
