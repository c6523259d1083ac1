import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { GraphQLError } from 'graphql';
import type { LogLevel } from '../config/config';
import { createLogger, type LoggerOptions } from './logger';

/** A logger writing into an array, so each test reads exactly what it logged. */
function capture(level: LogLevel = 'debug', options: Omit<LoggerOptions, 'destination'> = {}) {
  const written: string[] = [];
  const logger = createLogger('agencies', level, { ...options, destination: { write: (line) => written.push(line) } });
  return { logger, written, lines: () => written.map((line) => JSON.parse(line) as Record<string, any>) };
}

/** An argon2id hash as the agencies subgraph stores it (PHC string). */
const SALT = 'bXBwLXBhc2VyLXNhbHQtMTI';
const DIGEST = 'K9nXbS0hY3J0ZXN0aGFzaHZhbHVlMTIzNDU2Nzg';
const PASSWORD_HASH = `$argon2id$v=19$m=19456,t=2,p=1$${SALT}$${DIGEST}`;

describe('logger', () => {
  it('writes one JSON line per event: level label, ISO time, service, message and fields', () => {
    const { logger, written, lines } = capture('info');
    const before = Date.now();
    logger.info('seeded Paser data', { database: 'mpp_agencies', rows: 45 });
    logger.warn('a message\nover two lines');
    expect(written).toHaveLength(2);
    for (const line of written) expect(line).toMatch(/^\{[^\n]*\}\n$/);
    const [seeded, warned] = lines();
    expect(seeded).toMatchObject({ level: 'info', service: 'agencies', msg: 'seeded Paser data', database: 'mpp_agencies', rows: 45, pid: process.pid });
    expect(seeded.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(Date.parse(seeded.time)).toBeGreaterThanOrEqual(before - 1);
    expect(Date.parse(seeded.time)).toBeLessThanOrEqual(Date.now());
    expect(warned).toMatchObject({ level: 'warn', msg: 'a message\nover two lines' });
  });

  it.each<[LogLevel, string[]]>([
    ['debug', ['debug', 'info', 'warn', 'error']],
    ['info', ['info', 'warn', 'error']],
    ['warn', ['warn', 'error']],
    ['error', ['error']],
    ['silent', []],
  ])('at level %s writes %j', (level, expected) => {
    const { logger, lines } = capture(level);
    logger.debug('one');
    logger.info('two');
    logger.warn('three');
    logger.error('four');
    expect(lines().map((line) => line.level)).toEqual(expected);
  });

  it("puts a child's bindings on every line of the child, and only there", () => {
    const { logger, lines } = capture();
    const request = logger.child({ requestId: 'req-1' });
    const call = request.child({ subgraph: 'catalog' });
    request.info('request', { operation: 'SignIn' });
    call.error('unexpected error');
    logger.info('stopped');
    const [requestLine, callLine, serviceLine] = lines();
    expect(requestLine).toMatchObject({ service: 'agencies', requestId: 'req-1', operation: 'SignIn', msg: 'request' });
    expect(callLine).toMatchObject({ service: 'agencies', requestId: 'req-1', subgraph: 'catalog', level: 'error' });
    expect(serviceLine).not.toHaveProperty('requestId');
    expect(serviceLine).not.toHaveProperty('subgraph');
  });

  describe('never writes a secret', () => {
    it.each<[string, (secret: string) => Record<string, unknown>]>([
      ['a password', (secret) => ({ password: secret })],
      ['a password in a sign-in input', (secret) => ({ input: { email: 'admin@mpp-paser.local', password: secret } })],
      ['a password change', (secret) => ({ currentPassword: secret, newPassword: `${secret}-new`, input: { currentPassword: secret } })],
      ['a temporary password', (secret) => ({ result: { temporaryPassword: secret } })],
      ['an access token', (secret) => ({ token: secret, login: { token: secret } })],
      ['a refresh token', (secret) => ({ refreshToken: secret, session: { refreshToken: secret } })],
      ['an authorization header', (secret) => ({ headers: { accept: 'application/json', authorization: `Bearer ${secret}` } })],
      ["a request's authorization header", (secret) => ({ req: { method: 'POST', headers: { authorization: `Bearer ${secret}` } } })],
      ['a bare authorization value', (secret) => ({ authorization: `Bearer ${secret}` })],
      ['GraphQL variables', (secret) => ({ variables: { e: 'admin@mpp-paser.local', p: secret } })],
      ["a request body's variables", (secret) => ({ body: { operationName: 'SignIn', variables: { p: secret } } })],
      ['the internal token header', (secret) => ({ headers: { 'x-mpp-internal-token': secret } })],
      ["a request's internal token header", (secret) => ({ req: { headers: { 'x-mpp-internal-token': secret } } })],
      ['the internal token on its own', (secret) => ({ 'x-mpp-internal-token': secret })],
    ])('%s', (_label, fields) => {
      const secret = `s3cret-${Math.random().toString(36).slice(2)}`;
      const { logger, written, lines } = capture();
      logger.info('request', fields(secret));
      logger.child(fields(secret)).info('bound');
      const text = written.join('');
      expect(text).not.toContain(secret);
      expect(text).toContain('[redacted]');
      // Only the secret goes: the line stays JSON and its other fields stay.
      expect(lines().map((line) => line.msg)).toEqual(['request', 'bound']);
      expect(text).toContain('"service":"agencies"');
    });

    it('keeps what is not secret beside what is', () => {
      const { logger, lines } = capture();
      logger.info('request', { input: { email: 'admin@mpp-paser.local', password: 'x' }, headers: { accept: 'application/json', authorization: 'Bearer x' } });
      expect(lines()[0]).toMatchObject({
        input: { email: 'admin@mpp-paser.local', password: '[redacted]' },
        headers: { accept: 'application/json', authorization: '[redacted]' },
      });
    });

    it('removes an argon2 hash from an error message, its stack and its cause (drivers quote failed statements)', () => {
      const { logger, written, lines } = capture();
      const statement = `insert into \`staff_user\` (\`email\`, \`password_hash\`) values ('admin@mpp-paser.local', '${PASSWORD_HASH}') - Duplicate entry`;
      const error = new GraphQLError('Unexpected error.', { originalError: new Error(statement, { cause: new Error(`bound: ${PASSWORD_HASH}`) }) });
      logger.error('unexpected error', { error, sql: statement });
      const text = written.join('');
      for (const part of ['argon2', SALT, DIGEST, 'm=19456']) expect(text).not.toContain(part);
      const [line] = lines();
      expect(line.sql).toBe("insert into `staff_user` (`email`, `password_hash`) values ('admin@mpp-paser.local', '[redacted]') - Duplicate entry");
      expect(line.error.cause.message).toContain("'[redacted]') - Duplicate entry");
      expect(line.error.cause.cause.message).toBe('bound: [redacted]');
    });

    it('removes a token (a JWT) wherever it appears in a line', () => {
      const { logger, written, lines } = capture();
      const token = 'eyJhbGciOiJFZERTQSIsImtpZCI6ImsxIn0.eyJzdWIiOiJ1LTEifQ.c2lnbmF0dXJlLW9mLXRoZS10b2tlbg';
      logger.warn('cannot check a staff session', { error: new Error(`fetch failed for Bearer ${token}`), note: `saw ${token} twice` });
      expect(written.join('')).not.toContain('c2lnbmF0dXJl');
      expect(lines()[0].note).toBe('saw [redacted] twice');
    });

    it('removes them from pretty lines too', () => {
      const { logger, written } = capture('debug', { pretty: true });
      logger.info('request', { variables: { p: 'pretty-secret' }, headers: { authorization: 'Bearer pretty-token' } });
      logger.error('unexpected error', { error: new Error(`values ('${PASSWORD_HASH}')`) });
      const text = written.join('');
      for (const part of ['pretty-secret', 'pretty-token', SALT, DIGEST]) expect(text).not.toContain(part);
      expect(text).toContain('[redacted]');
    });
  });

  it("keeps an error's name, message, code, stack and causes, GraphQL's originalError included", () => {
    const { logger, lines } = capture();
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:3306'), { code: 'ECONNREFUSED' });
    const driver = new TypeError('database unreachable', { cause: refused });
    logger.error('unexpected error', { error: new GraphQLError('database unreachable', { originalError: driver }) });
    const { error } = lines()[0];
    expect(error).toMatchObject({ name: 'GraphQLError', message: 'database unreachable' });
    expect(error.stack).toMatch(/^TypeError: database unreachable\n\s+at .*logger\.spec\.ts/);
    expect(error.cause).toMatchObject({ name: 'TypeError', message: 'database unreachable' });
    expect(error.cause.cause).toMatchObject({ name: 'Error', message: 'connect ECONNREFUSED 127.0.0.1:3306', code: 'ECONNREFUSED' });
    expect(error.cause.cause.stack).toContain('logger.spec.ts');
  });

  it('stops following causes that loop', () => {
    const { logger, lines } = capture();
    const looping = new Error('loops');
    looping.cause = looping;
    logger.error('unexpected error', { error: looping });
    let depth = 0;
    for (let error = lines()[0].error; error; error = error.cause) depth += 1;
    expect(depth).toBe(6);
  });

  it('prints readable lines in development: time, level, service, message, fields on one line, stacks below', () => {
    const { logger, written } = capture('debug', { pretty: true });
    logger.child({ requestId: 'req-1' }).info('request', { operation: 'SignIn', ms: 12 });
    logger.error('unexpected error', { error: new Error('boom') });
    const [request, failure] = written;
    expect(request).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: \[agencies\] request \{"requestId":"req-1","operation":"SignIn","ms":12\}\n$/);
    expect(failure).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] ERROR: \[agencies\] unexpected error ?\n/);
    expect(failure).toMatch(/\n\s+Error: boom\n\s+at .*logger\.spec\.ts/);
  });

  describe('in a process that exits right after logging', () => {
    /** Runs `code` with createLogger in a fresh Node process whose stdout is a pipe. */
    function runInProcess(code: string) {
      const register = `
        const { readFileSync } = require('node:fs');
        const { transformSync } = require('@swc/core');
        require.extensions['.ts'] = (module, filename) => module._compile(transformSync(readFileSync(filename, 'utf8'), {
          filename, jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' },
        }).code, filename);
        const { createLogger } = require(${JSON.stringify(join(__dirname, 'logger.ts'))});
      `;
      const { FORCE_COLOR: _force, ...env } = process.env;
      return spawnSync(process.execPath, ['-e', register + code], { cwd: __dirname, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...env, NO_COLOR: '1' } });
    }

    it.each([
      ['JSON', false],
      ['pretty', true],
    ])('writes every %s line to stdout before process.exit', (_label, pretty) => {
      const result = runInProcess(`
        const logger = createLogger('catalog', 'info', { pretty: ${pretty} });
        for (let i = 1; i <= 20000; i++) logger.info('event', { i });
        logger.error('last words', { error: new Error('exiting') });
        process.exit(3);
      `);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(3);
      const lines = result.stdout.split('\n').filter((line) => /^[[{]/.test(line));
      expect(lines).toHaveLength(20001);
      if (pretty) {
        expect(lines[19999]).toMatch(/INFO: \[catalog\] event \{"i":20000\}$/);
        expect(lines[20000]).toMatch(/ERROR: \[catalog\] last words ?$/);
        expect(result.stdout).toContain('Error: exiting');
      } else {
        expect(JSON.parse(lines[19999])).toMatchObject({ service: 'catalog', i: 20000 });
        expect(JSON.parse(lines[20000])).toMatchObject({ level: 'error', msg: 'last words', error: { message: 'exiting' } });
      }
    });
  });
});
