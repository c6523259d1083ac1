import { createLogger } from './logger';

describe('logger', () => {
  it("keeps an error's message and stack, with password hashes redacted", () => {
    const lines: string[] = [];
    const original = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string) => (lines.push(String(chunk)), true));
    try {
      const error = new Error("insert into `staff_user` values ('x', '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA') - Duplicate entry");
      createLogger('agencies', 'info').error('unexpected error', { error });
    } finally {
      process.stderr.write = original;
    }
    const line = lines.join('');
    expect(line).toContain('[agencies] unexpected error');
    expect(line).toContain('Duplicate entry');
    expect(line).toContain('[redacted]');
    expect(line).not.toContain('argon2');
  });

  it('writes nothing below its level', () => {
    const lines: string[] = [];
    const original = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => (lines.push(String(chunk)), true));
    try {
      createLogger('gateway', 'warn').info('request', { requestId: 'x' });
    } finally {
      process.stdout.write = original;
    }
    expect(lines).toEqual([]);
  });
});
