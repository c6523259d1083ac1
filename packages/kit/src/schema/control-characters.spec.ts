import { buildSchema, graphql } from 'graphql';
import { refuseControlCharactersInArguments } from './control-characters';

describe('control characters in arguments', () => {
  const schema = buildSchema(`
    input Tier { label: String! }
    input Form { name: String, tiers: [Tier!] }
    type Query { echo(slug: String, tags: [String!], input: Form, filter: Form): String }
  `);
  refuseControlCharactersInArguments(schema);
  let resolved = 0;
  const echo = (variables: Record<string, unknown>) =>
    graphql({
      schema,
      source: 'query($slug: String, $tags: [String!], $input: Form, $filter: Form) { echo(slug: $slug, tags: $tags, input: $input, filter: $filter) }',
      variableValues: variables,
      rootValue: { echo: () => `resolved ${++resolved}` },
    });

  it.each([
    ['null', '\u0000'],
    ['backspace', '\u0008'],
    ['vertical tab', '\u000B'],
    ['form feed', '\u000C'],
    ['shift out', '\u000E'],
    ['escape', '\u001B'],
    ['unit separator', '\u001F'],
    ['delete', '\u007F'],
    ['C1 padding character', '\u0080'],
    ['C1 control sequence introducer', '\u009B'],
    ['C1 application program command', '\u009F'],
  ])('refuses %s, naming the argument, before the resolver runs', async (_name, character) => {
    const before = resolved;
    const result = await echo({ slug: `a${character}b` });
    expect(result.data?.echo).toBeNull();
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'slug' });
    expect(result.errors?.[0]?.message).toBe('slug contains a control character (such as a null byte); remove it.');
    expect(resolved).toBe(before);
  });

  it('accepts tab, line breaks and ordinary Unicode text', async () => {
    const result = await echo({ slug: 'Baris satu\r\nbaris\tdua — é ü 中 🙂 \u00A0', input: { name: 'Nama\nlain' } });
    expect(result.errors).toBeUndefined();
    expect(result.data?.echo).toMatch(/^resolved/);
  });

  it.each([
    [{ input: { tiers: [{ label: 'ok' }, { label: 'bad\u0000' }] } }, 'tiers.1.label'],
    [{ input: { name: '\u0000' } }, 'name'],
    [{ filter: { name: 'x\u007F' } }, 'filter.name'],
    [{ tags: ['ok', 'bad\u0085'] }, 'tags.1'],
  ])('names a field inside input objects and lists: %j → %s', async (variables, field) => {
    const result = await echo(variables);
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
  });
});
