import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { findRepositoryRoot } from '@mpp/kit';

/**
 * The typed operations (admin/src/generated, tests/src/generated) are committed and built
 * from, never regenerated behind anyone's back: after a schema or document change, `npm run
 * codegen` and commit. codegen's own dry run (`--check`) fails when a committed file differs
 * from what it makes now, and names the file.
 */
describe('generated operation types', () => {
  it('are what `npm run codegen` makes from the committed schema and documents', async () => {
    const root = findRepositoryRoot();
    const stale = await promisify(execFile)(join(root, 'node_modules/.bin/graphql-codegen'), ['--config', 'codegen.ts', '--check'], { cwd: root }).then(
      () => null,
      // Exit status 1: its output lists the stale files ("The following stale files were detected").
      (failed: { stdout?: string; stderr?: string }) => `${failed.stdout ?? ''}${failed.stderr ?? ''}`,
    );
    expect(stale).toBeNull();
  });
});
