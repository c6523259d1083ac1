import { clock, seedId } from '@mpp/kit';
import { schemaDrift, startSubgraph, type RunningSubgraph } from '@mpp/kit/subgraph';
import { askAsGateway, testDatabaseTargets, testPlatformConfig, type TestPlatform } from '@mpp/kit/testing';
import { ClosedDate } from './closed-dates/closed-date.entity';
import { Counter } from './counters/counter.entity';
import { Queue } from './queues/queue.entity';
import { closedDateSeeds, counterSeeds, queueSeeds } from './seed/queueing.data';
import { queueingSeed } from './seed/seed';
import { MONDAY, MONDAY_MORNING } from './spec-support';
import { queueingSubgraph } from './subgraph';

describe('the seed data', () => {
  it('gives every queue a prefix of its own, one to three capital letters', () => {
    for (const { prefix } of queueSeeds) expect(prefix).toMatch(/^[A-Z]{1,3}$/);
    expect(new Set(queueSeeds.map((queue) => queue.prefix)).size).toBe(queueSeeds.length);
    expect(new Set(queueSeeds.map((queue) => queue.serviceSlug)).size).toBe(queueSeeds.length);
  });

  it('gives every agency with a queue a counter, and counters names of their own', () => {
    expect(new Set(counterSeeds.map((counter) => counter.agencySlug))).toEqual(new Set(queueSeeds.map((queue) => queue.agencySlug)));
    expect(new Set(counterSeeds.map((counter) => counter.name)).size).toBe(counterSeeds.length);
    expect(new Set(counterSeeds.map((counter) => counter.slug)).size).toBe(counterSeeds.length);
  });

  it("closes the mall on 2026's holidays, each date once, never on the specs' Monday", () => {
    expect(new Set(closedDateSeeds.map((closed) => closed.date)).size).toBe(closedDateSeeds.length);
    for (const closed of closedDateSeeds) expect(closed.date).toMatch(/^2026-\d{2}-\d{2}$/);
    expect(closedDateSeeds.map((closed) => closed.date)).not.toContain(MONDAY);
  });
});

/*
 * Replicas starting at the same moment on one empty database: both come up, and the database
 * holds what one start would have made; the schema the migrations made is the entities'.
 */
describe.each(testDatabaseTargets())('two queueing replicas starting together on one empty database, on $label', ({ databaseUrl }) => {
  let platform: TestPlatform;
  let replicas: RunningSubgraph[] = [];
  const ask = askAsGateway(() => ({ subgraph: replicas[0], config: platform.config }));

  beforeAll(async () => {
    clock.freezeAt(MONDAY_MORNING);
    platform = testPlatformConfig(databaseUrl);
    replicas = await Promise.all([0, 1].map(() => startSubgraph(queueingSubgraph, platform.config, { port: 0 })));
  });

  afterAll(async () => {
    for (const replica of replicas) await replica.stop();
    await platform?.cleanup(['queueing']);
    clock.reset();
  });

  it('migrates to a schema that matches the entities', async () => {
    expect(await schemaDrift(replicas[0].database)).toBe('');
    expect(await replicas[0].database.orm.getMigrator().checkMigrationNeeded()).toBe(false);
  });

  it('holds the seed once, and seeding again changes nothing', async () => {
    const em = replicas[0].database.orm.em.fork();
    const counts = async () => ({ queues: await em.count(Queue), counters: await em.count(Counter), closedDates: await em.count(ClosedDate) });
    expect(await counts()).toEqual({ queues: queueSeeds.length, counters: counterSeeds.length, closedDates: closedDateSeeds.length });
    await queueingSeed.run(em.fork());
    expect(await counts()).toEqual({ queues: queueSeeds.length, counters: counterSeeds.length, closedDates: closedDateSeeds.length });
    expect(await queueingSeed.isNeeded(em.fork())).toBe(false);
  });

  it("opens every seeded queue on a Monday morning, and gives Polres's SIM queue its stable id", async () => {
    const { data } = await ask('query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Service { id queue { prefix open waiting } } } }', {
      reps: queueSeeds.map((queue) => ({ __typename: 'Service', id: seedId('service', queue.serviceSlug) })),
    });
    expect(data._entities.map((entity: { queue: { open: boolean } }) => entity.queue.open)).toEqual(queueSeeds.map(() => true));
    const sim = data._entities.find((entity: { id: string }) => entity.id === '203816f2-77da-5a1f-bff7-68ab20a18124');
    expect(sim.queue).toEqual({ prefix: 'SIM', open: true, waiting: 0 });
  });
});
