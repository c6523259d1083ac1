import 'reflect-metadata';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Directive, Field, FieldResolver, ID, Info, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context/request-context';
import { inUnitOfWork } from '../database/unit-of-work';
import { forbidden } from '../errors/errors';
import type { Viewer } from '../identity/viewer';
import { askAsGatewayWithCacheControl, testPlatformConfig, type TestPlatform } from '../testing';
import { noCacheHint, PUBLIC_MAX_AGE_SECONDS } from './cache-policy';
import type { SubgraphDefinition } from './subgraph-definition';
import { startSubgraph, type RunningSubgraph } from './subgraph-server';

/*
 * The Cache-Control header of a subgraph built on the template, as the gateway reads it: a
 * subgraph of its own here, with an entity other subgraphs refer to, a field of another
 * object, a field that must never be reused and one that fails.
 */

@ObjectType()
class Shelf {
  @Field()
  floor!: number;
}

@Directive('@key(fields: "id")')
@ObjectType()
class Book {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  static of(id: string): Book {
    return Object.assign(new Book(), { id, title: `Book ${id}` });
  }
}

@Resolver(() => Book)
class BookResolver {
  @Query(() => [Book])
  books(): Book[] {
    return [Book.of('1'), Book.of('2')];
  }

  @Query(() => Book, { nullable: true })
  book(@Arg('id', () => ID) id: string): Book {
    return Book.of(id);
  }

  @Mutation(() => Book)
  renameBook(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Book> {
    return inUnitOfWork(context, async () => Book.of(id));
  }

  @FieldResolver(() => Shelf)
  shelf(): Shelf {
    return Object.assign(new Shelf(), { floor: 2 });
  }

  @FieldResolver(() => Number, { description: 'Who holds it now: fresh at every read.' })
  borrowers(@Info() info: GraphQLResolveInfo): number {
    noCacheHint(info);
    return 3;
  }

  @FieldResolver(() => String, { nullable: true })
  secret(): string {
    throw forbidden('Not yours to read.');
  }
}

const librarySubgraph: SubgraphDefinition = {
  name: 'library',
  entities: [],
  migrations: [],
  resolvers: [BookResolver],
  referenceResolvers: { Book: (reference) => Book.of(reference.id) },
  seed: { isNeeded: async () => false, run: async () => undefined },
};

const STAFF: Viewer = { kind: 'staff', userId: 'user-1', role: 'EDITOR', agencyId: null };
const KIOSK: Viewer = { kind: 'kiosk', kioskId: 'kiosk-1', sessionId: 'session-1' };

describe("a subgraph's Cache-Control", () => {
  let platform: TestPlatform;
  let subgraph: RunningSubgraph;

  beforeAll(async () => {
    platform = testPlatformConfig(undefined);
    subgraph = await startSubgraph(librarySubgraph, platform.config, { port: 0, logDestination: { write: () => undefined } });
  });

  afterAll(async () => {
    await subgraph?.stop();
    await platform?.cleanup(['library']);
  });

  /** Asks as the gateway does for a viewer (anonymous unless given): the header and the body. */
  const ask = askAsGatewayWithCacheControl(() => ({ subgraph, config: platform.config }));

  it('lets anyone reuse an anonymous answer for a second: root fields, fields of objects and of scalars alike', async () => {
    expect(PUBLIC_MAX_AGE_SECONDS).toBe(1);
    for (const query of ['{ books { id title } }', '{ books { id shelf { floor } } }', '{ book(id: "7") { title shelf { floor } } }']) {
      const { cacheControl, body } = await ask(query);
      expect(body.errors).toBeUndefined();
      expect([query, cacheControl]).toEqual([query, 'max-age=1, public']);
    }
  });

  it("lets anyone reuse the gateway's reference lookups for an anonymous caller", async () => {
    const { cacheControl, body } = await ask('query($keys: [_Any!]!) { _entities(representations: $keys) { ... on Book { title shelf { floor } } } }', {
      keys: [{ __typename: 'Book', id: '1' }, { __typename: 'Book', id: '2' }],
    });
    expect(body).toEqual({ status: 200, data: { _entities: [{ title: 'Book 1', shelf: { floor: 2 } }, { title: 'Book 2', shelf: { floor: 2 } }] } });
    expect(cacheControl).toBe('max-age=1, public');
  });

  it.each([
    ['staff', STAFF],
    ['a kiosk', KIOSK],
  ])('never lets what %s reads be reused, reference lookups included', async (_label, viewer) => {
    const { cacheControl, body } = await ask('{ books { id title shelf { floor } } }', {}, viewer);
    expect(body.errors).toBeUndefined();
    expect(cacheControl).toBe('no-store');
    const lookup = await ask('query($keys: [_Any!]!) { _entities(representations: $keys) { ... on Book { title } } }', { keys: [{ __typename: 'Book', id: '1' }] }, viewer);
    expect(lookup.body.errors).toBeUndefined();
    expect(lookup.cacheControl).toBe('no-store');
  });

  it('never lets an answer with a field marked noCacheHint be reused, however deep the field', async () => {
    for (const query of ['{ books { id borrowers } }', '{ book(id: "1") { title } books { borrowers } }']) {
      const { cacheControl, body } = await ask(query);
      expect(body.errors).toBeUndefined();
      expect(cacheControl).toBe('no-store');
    }
    const lookup = await ask('query($keys: [_Any!]!) { _entities(representations: $keys) { ... on Book { borrowers } } }', { keys: [{ __typename: 'Book', id: '1' }] });
    expect(lookup.cacheControl).toBe('no-store');
  });

  it('never lets an answer with an error be reused, a partial one included', async () => {
    const partial = await ask('{ books { id secret } }');
    expect(partial.body.data?.books).toEqual([{ id: '1', secret: null }, { id: '2', secret: null }]);
    expect(partial.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(partial.cacheControl).toBe('no-store');
    const invalid = await ask('{ books { nothing } }');
    expect(invalid.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(invalid.cacheControl).toBe('no-store');
  });

  it("never lets a mutation's answer be reused, even an anonymous one", async () => {
    const { cacheControl, body } = await ask('mutation { renameBook(id: "1") { id title } }');
    expect(body.errors).toBeUndefined();
    expect(cacheControl).toBe('no-store');
  });
});
