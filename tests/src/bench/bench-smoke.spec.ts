import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { DatabaseFigures } from './run';

/*
 * CI's short run of `npm run bench` (MPP_BENCH_SMOKE=1), so that the suite never rots: it must
 * start every process, get the same answers from every gateway, measure every part and
 * write its figures. Its timings mean nothing on a busy machine and are not judged; what does
 * not depend on the machine is: the statements a page costs do not grow with its size.
 */
const execFileAsync = promisify(execFile);

describe('npm run bench, smoke run', () => {
  let resultsDir: string;

  beforeAll(() => {
    resultsDir = mkdtempSync(join(tmpdir(), 'mpp-bench-results-'));
  });

  afterAll(() => rmSync(resultsDir, { recursive: true, force: true }));

  it('measures every part on every configured database and writes the figures', async () => {
    await execFileAsync(process.execPath, [join(__dirname, '../../dist/bench/run.js')], {
      env: { ...process.env, MPP_BENCH_SMOKE: '1', MPP_BENCH_RESULTS_DIR: resultsDir },
      maxBuffer: 16 * 1024 * 1024,
    });
    const files = readdirSync(resultsDir).filter((file) => file.endsWith('-smoke.json'));
    const figures = files.map((file) => JSON.parse(readFileSync(join(resultsDir, file), 'utf8')) as DatabaseFigures);
    expect(figures.map((one) => one.database).sort()).toEqual(process.env.MPP_TEST_MYSQL_URL ? ['mysql', 'sqlite'] : ['sqlite']);
    for (const one of figures) {
      expect(one.services.grown).toBeGreaterThan(one.services.seeded);
      expect(one.staffPath.gateway.medianMs).toBeGreaterThan(0);
      expect(one.staffPath.direct.medianMs).toBeGreaterThan(0);
      expect(one.pages.map((page) => page.page)).toEqual(['catalog page', "a service's page", 'agency directory']);
      for (const page of one.pages) expect(page.byGateway.ours.requestsPerSecond).toBeGreaterThan(0);
      // The catalog page's statements do not depend on its size: no query per row in either subgraph it asks.
      expect(one.statementsPerRequest.limit100).toEqual(one.statementsPerRequest.limit5);
      expect(one.statementsPerRequest.limit5).toEqual({ catalog: expect.any(Number), agencies: expect.any(Number) });
      expect(one.statementsPerRequest.limit5.catalog).toBeGreaterThan(0);
      expect(one.statementsPerRequest.limit5.agencies).toBeGreaterThan(0);
      expect(one.queueing.streams.answers).toBeGreaterThan(0);
    }
  }, 15 * 60_000);
});
