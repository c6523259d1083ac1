import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeRegistry } from '@mpp/gateway';
import { findRepositoryRoot, REGISTRY_PATH, subgraphRegistry } from '@mpp/kit';
import { subgraphSdl } from '@mpp/kit/subgraph';
import { testDatabaseTargets } from '@mpp/kit/testing';
import { bearer, subgraphDefinitions, TestPlatformRun } from './support/platform';

/*
 * Adding a subgraph is a new folder plus one registry entry. This test builds a repository
 * root of its own beside this one — the real subgraphs linked in, a throwaway `notices`
 * subgraph written from the template, the registry with one entry more — and nothing else:
 * configuration, composition, the test platform and the gateway take it from there. The
 * throwaway subgraph also shows the unit of work: in one operation, mutations that fail leave
 * nothing behind while the ones between them commit.
 */

const NOTICES_SOURCE = `
import { Entity, Property } from '@mikro-orm/core';
import { badUserInput, newId, notFound } from '@mpp/kit';
import { PortableMigration, VersionedRecord, createAuditTable, flushOrConflict, inUnitOfWork, recordChange, type RequestContext, type SubgraphDefinition } from '@mpp/kit/subgraph';
import { Arg, Ctx, Directive, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';

@ObjectType()
@Entity({ tableName: 'notice' })
export class Notice extends VersionedRecord {
  @Field(() => ID)
  @Property({ type: 'string', length: 36 })
  agencyId!: string;

  @Field()
  @Property({ type: 'string', length: 200 })
  text!: string;
}

@Directive('@key(fields: "id")')
@ObjectType('Agency')
class AgencyReference {
  @Field(() => ID)
  id!: string;
}

class CreateNotices extends PortableMigration {
  override up(): void {
    this.schema((schema) =>
      createAuditTable(
        schema.createTable('notice', (table) => {
          this.idColumn(table);
          this.recordColumns(table);
          table.string('agency_id', 36).notNullable();
          table.string('text', 200).notNullable();
        }),
        (table) => this.idColumn(table),
      ),
    );
  }
}

const audit = (unit: RequestContext, notice: Notice, action: string) =>
  recordChange(unit, { entityType: 'Notice', entityId: notice.id, action, ownerAgencyId: notice.agencyId });

@Resolver(() => Notice)
class NoticeResolver {
  @Query(() => [Notice])
  notices(@Ctx() context: RequestContext): Promise<Notice[]> {
    return context.em.find(Notice, {}, { orderBy: { text: 'asc' } });
  }

  @Mutation(() => Notice, { nullable: true })
  postNotice(@Arg('agencyId', () => ID) agencyId: string, @Arg('text') text: string, @Arg('refuseAfterWriting', { defaultValue: false }) refuse: boolean, @Ctx() context: RequestContext): Promise<Notice> {
    return inUnitOfWork(context, async (unit) => {
      const notice = unit.em.create(Notice, { id: newId(), agencyId, text });
      audit(unit, notice, 'CREATE');
      await flushOrConflict(unit.em, 'This notice');
      if (refuse) throw badUserInput('text', 'refused after it was written');
      return notice;
    });
  }

  @Mutation(() => Notice, { nullable: true })
  renameNotice(@Arg('id', () => ID) id: string, @Arg('text') text: string, @Arg('refuse', { defaultValue: false }) refuse: boolean, @Ctx() context: RequestContext): Promise<Notice> {
    return inUnitOfWork(context, async (unit) => {
      const notice = await unit.em.findOne(Notice, { id });
      if (!notice) throw notFound('Notice');
      notice.text = text;
      audit(unit, notice, 'UPDATE');
      if (refuse) throw badUserInput('text', 'refused after the change in memory');
      return notice;
    });
  }

  @Mutation(() => Notice, { nullable: true, description: 'A mutation written without a unit of work, as a new engineer might.' })
  async postNoticeCarelessly(@Arg('agencyId', () => ID) agencyId: string, @Arg('text') text: string, @Ctx() context: RequestContext): Promise<Notice> {
    const notice = context.em.create(Notice, { id: newId(), agencyId, text });
    await context.em.flush();
    return notice;
  }
}

@Resolver(() => AgencyReference)
class AgencyNoticesResolver {
  @FieldResolver(() => [Notice], { nullable: true })
  notices(@Root() agency: AgencyReference, @Ctx() context: RequestContext): Promise<Notice[]> {
    return context.em.find(Notice, { agencyId: agency.id }, { orderBy: { text: 'asc' } });
  }
}

export const subgraph: SubgraphDefinition = {
  name: 'notices',
  entities: [Notice],
  migrations: [{ name: 'CreateNotices', class: CreateNotices }],
  resolvers: [NoticeResolver, AgencyNoticesResolver],
  orphanedTypes: [AgencyReference],
  referenceResolvers: { Agency: (reference) => Object.assign(new AgencyReference(), { id: reference.id }) },
  seed: { isNeeded: async () => false, run: async () => undefined },
};
`;

describe.each(testDatabaseTargets())('a subgraph added by one registry entry, on $label', ({ databaseUrl }) => {
  const repository = findRepositoryRoot(__dirname);
  // Inside the repository, so the throwaway subgraph resolves the repository's packages.
  const root = mkdtempSync(join(repository, 'tests', '.registry-probe-'));
  let platform: TestPlatformRun;
  let editor: Record<string, string>;

  beforeAll(async () => {
    writeFileSync(join(root, 'package.json'), JSON.stringify({ private: true, workspaces: ['subgraphs/*'] }));
    mkdirSync(join(root, 'subgraphs', 'notices', 'src'), { recursive: true });
    for (const { workspace } of subgraphRegistry(repository)) symlinkSync(join(repository, workspace), join(root, workspace), 'dir');
    writeFileSync(join(root, 'subgraphs', 'notices', 'package.json'), JSON.stringify({ name: '@mpp/notices', private: true }));
    writeFileSync(join(root, 'subgraphs', 'notices', 'src', 'index.ts'), NOTICES_SOURCE);
    // The one entry: the registry as it is, plus the new subgraph.
    const registry = JSON.parse(readFileSync(join(repository, REGISTRY_PATH), 'utf8')) as { subgraphs: unknown[] };
    registry.subgraphs.push({ name: 'notices', port: 4099, workspace: 'subgraphs/notices' });
    writeFileSync(join(root, REGISTRY_PATH), JSON.stringify(registry, null, 2));

    const printed = new Map<string, string>();
    for (const [name, definition] of await subgraphDefinitions(root)) printed.set(name, await subgraphSdl(definition));
    const { supergraphSdl } = composeRegistry((name) => printed.get(name)!, root);
    platform = await TestPlatformRun.start(databaseUrl, {}, { rootDir: root, supergraphSdl });
    editor = bearer(await platform.loginAs('EDITOR'));
  });

  afterAll(async () => {
    await platform?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('is configured, composed, started and joined with the others from that entry alone', async () => {
    expect(platform.platform.config.subgraphs).toEqual([...subgraphRegistry(repository).map((entry) => entry.name), 'notices']);
    expect(Object.keys(platform.subgraphs)).toContain('notices');
    const bri = (await platform.post('{ agency(slug: "bri") { id } }')).data.agency.id;
    await platform.post('mutation($a: ID!) { postNotice(agencyId: $a, text: "Gerai BRI buka pukul 08.00") { id } }', { a: bri }, editor);
    const { data, errors } = await platform.post('{ agency(slug: "bri") { name services { slug } notices { text } } }');
    expect(errors).toBeUndefined();
    expect(data.agency.notices).toEqual([{ text: 'Gerai BRI buka pukul 08.00' }]);
    expect(data.agency.services.length).toBeGreaterThan(0);
  });

  it('runs each mutation of an operation in its own unit of work: the failed ones leave nothing, the others commit', async () => {
    const bri = (await platform.post('{ agency(slug: "bri") { id } }')).data.agency.id;
    const first = (await platform.post('mutation($a: ID!) { postNotice(agencyId: $a, text: "Pengumuman A") { id } }', { a: bri }, editor)).data.postNotice;
    const database = platform.subgraphs.notices.database;
    const audits = async () => Number((await database.orm.em.getConnection().execute('select count(*) as n from audit_record'))[0].n);
    const auditsBefore = await audits();

    const result = await platform.post(
      `mutation($a: ID!, $id: ID!) {
        renamed: renameNotice(id: $id, text: "Tidak boleh tersimpan", refuse: true) { id }
        posted: postNotice(agencyId: $a, text: "Pengumuman B") { text }
        written: postNotice(agencyId: $a, text: "Tidak boleh tersimpan juga", refuseAfterWriting: true) { id }
      }`,
      { a: bri, id: first.id },
      editor,
    );
    expect(result.errors?.map((error) => [error.path?.[0], error.extensions?.code]).sort()).toEqual([
      ['renamed', 'BAD_USER_INPUT'],
      ['written', 'BAD_USER_INPUT'],
    ]);
    expect(result.data).toEqual({ renamed: null, posted: { text: 'Pengumuman B' }, written: null });
    const texts = (await platform.post('{ notices { text } }')).data.notices.map((notice: { text: string }) => notice.text);
    expect(texts).toEqual(expect.arrayContaining(['Pengumuman A', 'Pengumuman B']));
    expect(texts.filter((text: string) => text.startsWith('Tidak boleh'))).toEqual([]);
    // Exactly one audit record more: the posted notice's.
    expect(await audits()).toBe(auditsBefore + 1);
  });

  it('refuses a mutation written without a unit of work, loudly and without writing anything', async () => {
    const bri = (await platform.post('{ agency(slug: "bri") { id } }')).data.agency.id;
    const result = await platform.post('mutation($a: ID!) { postNoticeCarelessly(agencyId: $a, text: "Tanpa unit") { id } }', { a: bri }, editor);
    expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(result.data?.postNoticeCarelessly ?? null).toBeNull();
    // Refused, not just reported: the request's EntityManager would not write it.
    const texts = (await platform.post('{ notices { text } }')).data.notices.map((notice: { text: string }) => notice.text);
    expect(texts).not.toContain('Tanpa unit');
  });
});
