import { HttpError } from 'react-admin';
import type { TypedDocumentString } from '../generated/graphql';

/** The gateway's GraphQL endpoint: the CMS is served by the gateway, so the same origin. */
export const GRAPHQL_URL = '/graphql';

/** Error codes of the API (docs/api.md, "Errors") and the HTTP status react-admin expects for each. */
const STATUS_OF_CODE: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
};

/** What an API error tells the screens: its code and, for BAD_USER_INPUT, the input field. */
export interface ApiErrorBody {
  code: string;
  /** e.g. `name`, `fee.tiers.0.amount` */
  field?: string;
}

/** An API error as react-admin shows it (message, status), keeping the API's code. */
export class ApiError extends HttpError {
  declare body: ApiErrorBody;
  constructor(message: string, code: string, field?: string) {
    super(message, STATUS_OF_CODE[code] ?? 500, { code, field });
    // HttpError resets the prototype to its own; without this, `instanceof ApiError` and `.code` fail.
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = 'ApiError';
  }
  get code(): string {
    return this.body.code;
  }
}

/**
 * The API's code and field of a failed request: an ApiError's, or the body of an error that
 * only looks like one (react-admin hands some errors on as plain HttpError-like objects).
 * Undefined for anything else (a bug in a screen, say).
 */
export function apiErrorBody(error: unknown): ApiErrorBody | undefined {
  if (error instanceof ApiError) return error.body;
  if (typeof error !== 'object' || error === null) return undefined;
  const body = (error as { body?: unknown }).body;
  if (typeof body !== 'object' || body === null) return undefined;
  const { code, field } = body as { code?: unknown; field?: unknown };
  if (typeof code !== 'string') return undefined;
  return { code, field: typeof field === 'string' ? field : undefined };
}

/** The API's error code of a failed request (see apiErrorBody), or undefined. */
export function apiErrorCode(error: unknown): string | undefined {
  return apiErrorBody(error)?.code;
}

/** The input field the API named when it refused a save (BAD_USER_INPUT), if any. */
export function apiErrorField(error: unknown): string | undefined {
  return apiErrorBody(error)?.field;
}

/**
 * Where requests get the signed-in user's access token, and what happens when the API says the
 * sign-in is over: the auth provider plugs itself in (auth/session.ts).
 */
export interface TokenSource {
  /** A valid access token (refreshed first when it is about to expire), or null when signed out. */
  accessToken(): Promise<string | null>;
  /**
   * After UNAUTHENTICATED for a request sent with `failedToken`: refresh, or ask the user to
   * sign in again; true when a retry may succeed (at once when the token was replaced since).
   */
  recover(failedToken: string | null): Promise<boolean>;
}

let tokenSource: TokenSource = { accessToken: async () => null, recover: async () => false };

export function setTokenSource(source: TokenSource): void {
  tokenSource = source;
}

interface GraphqlResponse<TResult> {
  data?: TResult | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; field?: string } }[];
}

/**
 * Runs one typed operation (from codegen's documents) through the gateway as the signed-in
 * user. An expired sign-in is recovered once (refresh, or sign in again over the current
 * screen) and the operation retried, so a form being saved is not lost. Any GraphQL error
 * becomes an ApiError.
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] | [TVariables] : [TVariables]
): Promise<TResult> {
  const token = await tokenSource.accessToken();
  const first = await send(document, variables, token);
  if (!isUnauthenticated(first) || !(await tokenSource.recover(token))) return unwrap(first);
  return unwrap(await send(document, variables, await tokenSource.accessToken()));
}

/**
 * How long a request may take. Without a bound a hung request would hold up every caller
 * waiting on the shared session refresh; the user sees a network error and may try again.
 */
const REQUEST_TIMEOUT_MS = 20_000;

/** Runs an operation without any sign-in: login, refreshSession. */
export async function requestAnonymously<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables): Promise<TResult> {
  return unwrap(await send(document, variables, null));
}

async function send<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables | undefined,
  token: string | null,
): Promise<GraphqlResponse<TResult>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch {
    throw new ApiError('network', 'NETWORK_ERROR');
  }
  try {
    return (await response.json()) as GraphqlResponse<TResult>;
  } catch (error) {
    // The timeout also covers reading the body: a body that never finished is a network failure.
    if (error instanceof DOMException && error.name === 'TimeoutError') throw new ApiError('network', 'NETWORK_ERROR');
    return { errors: [{ message: `HTTP ${response.status}`, extensions: { code: response.status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL_SERVER_ERROR' } }] };
  }
}

function isUnauthenticated(response: GraphqlResponse<unknown>): boolean {
  return response.errors?.some((error) => error.extensions?.code === 'UNAUTHENTICATED') ?? false;
}

function unwrap<TResult>(response: GraphqlResponse<TResult>): TResult {
  const errors = response.errors ?? [];
  if (errors.length > 0 && !isPartialAnswer(response)) {
    const [error] = errors;
    throw new ApiError(error.message, error.extensions?.code ?? 'INTERNAL_SERVER_ERROR', error.extensions?.field);
  }
  if (!response.data) throw new ApiError('empty answer', 'INTERNAL_SERVER_ERROR');
  return response.data;
}

/**
 * An answer whose operation succeeded, with only nested fields missing: every error names a
 * path below a root field that answered (a facility's operator while the agencies subgraph is
 * down, null in the answer). The screen shows what came — and a mutation that was done is
 * not reported as failed, which a retry with the old version would turn into a CONFLICT.
 */
function isPartialAnswer(response: GraphqlResponse<unknown>): boolean {
  const data = response.data as Record<string, unknown> | null | undefined;
  if (!data) return false;
  return (response.errors ?? []).every((error) => Array.isArray(error.path) && error.path.length > 1 && data[String(error.path[0])] != null);
}
