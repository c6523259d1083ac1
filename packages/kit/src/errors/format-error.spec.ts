import { GraphQLError } from 'graphql';
import { badUserInput } from './errors';
import { INTERNAL_ERROR_MESSAGE, formatClientError } from './format-error';

describe('errors as clients see them', () => {
  const logged: unknown[] = [];
  const log = (_message: string, error: unknown) => logged.push(error);

  it('keeps an actionable code and its field, without a stack', () => {
    const error = badUserInput('limit', 'limit must be between 1 and 100.');
    const formatted = formatClientError({ message: error.message, extensions: { ...error.extensions, stacktrace: ['at x.ts:1'] } }, error, log);
    expect(formatted).toEqual({ message: 'limit must be between 1 and 100.', extensions: { code: 'BAD_USER_INPUT', field: 'limit' } });
  });

  it('masks anything else as INTERNAL_SERVER_ERROR and logs the original', () => {
    const original = new GraphQLError('select * from service where … (/srv/app/x.ts:10)');
    const formatted = formatClientError({ message: original.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, original, log);
    expect(formatted).toEqual({ message: INTERNAL_ERROR_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(logged).toContain(original);
  });
});
