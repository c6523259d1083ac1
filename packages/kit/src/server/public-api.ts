/** How long a query may take, answer included, unless the client is told otherwise. */
const DEFAULT_TIMEOUT_MS = 5_000;
/** How much of the errors' messages a PublicApiUnavailableError repeats. */
const MAX_ERROR_TEXT = 300;

/** The gateway's public API could not answer a query: unreachable, too slow, or it refused. */
export class PublicApiUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PublicApiUnavailableError';
  }
}

/**
 * How a subgraph learns public facts of another domain (a service's agency, the mall's closed
 * dates): through the gateway's public API, as an anonymous caller, like any website. It never
 * reads another subgraph's database nor calls a subgraph directly, and it sends no credentials
 * of any kind, so it can learn nothing the public could not.
 */
export class PublicApiClient {
  private readonly timeoutMs: number;

  constructor(
    readonly url: string,
    options: { timeoutMs?: number } = {},
  ) {
    const parsed = new URL(url);
    if (parsed.username || parsed.password) throw new Error('The public API is asked anonymously: give its URL without a user or password.');
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  /**
   * Runs an anonymous query and resolves its `data`. Rejects with PublicApiUnavailableError when
   * the gateway cannot be reached, does not answer in time, answers with an HTTP error, with
   * something other than GraphQL, or with errors (even beside partial data: a caller acting on
   * half an answer would take a missing fact for an absent one).
   */
  async query<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const timeout = AbortSignal.timeout(this.timeoutMs);
    let body: { data?: T | null; errors?: { message?: unknown }[] };
    try {
      const response = await fetch(this.url, {
        method: 'POST',
        // Only what an anonymous website sends: no Authorization, no cookie, no internal token.
        // And never an answer the gateway stored for the public's second: what a subgraph learns
        // here it acts on (a booth's agency decides who may manage its counter), so it asks afresh.
        headers: { 'content-type': 'application/json', accept: 'application/json', 'cache-control': 'no-cache' },
        body: JSON.stringify({ query, variables }),
        credentials: 'omit',
        // A redirect would send the query somewhere nobody configured.
        redirect: 'error',
        signal: timeout,
      });
      if (!response.ok) {
        await response.body?.cancel();
        throw new PublicApiUnavailableError(`The public API at ${this.url} answered HTTP ${response.status}.`);
      }
      body = (await response.json()) as typeof body;
    } catch (error) {
      if (error instanceof PublicApiUnavailableError) throw error;
      if (timeout.aborted) {
        throw new PublicApiUnavailableError(`The public API at ${this.url} did not answer within ${this.timeoutMs} ms.`, { cause: error });
      }
      // Errors of fetch and its body are compared by name: they may come from another realm (a test's).
      if (nameOf(error) === 'SyntaxError') {
        throw new PublicApiUnavailableError(`The public API at ${this.url} answered something other than JSON.`, { cause: error });
      }
      throw new PublicApiUnavailableError(`The public API at ${this.url} cannot be reached: ${reasonOf(error)}.`, { cause: error });
    }
    if (Array.isArray(body?.errors) && body.errors.length > 0) {
      const messages = body.errors.map((error) => (typeof error?.message === 'string' ? error.message : 'an error without a message')).join('; ');
      throw new PublicApiUnavailableError(`The public API at ${this.url} answered with errors: ${messages.slice(0, MAX_ERROR_TEXT)}`);
    }
    if (body?.data === undefined || body.data === null) {
      throw new PublicApiUnavailableError(`The public API at ${this.url} answered without data.`);
    }
    return body.data;
  }
}

function nameOf(error: unknown): unknown {
  return typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
}

/** Node's fetch says only "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND) is its cause. */
function reasonOf(error: unknown): string {
  const { message, cause } = typeof error === 'object' && error !== null ? (error as { message?: unknown; cause?: { code?: unknown; message?: unknown } }) : {};
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.message === 'string') return cause.message;
  return typeof message === 'string' ? message : String(error);
}
