// The offline API explorer: GraphiQL from npm, bundled with the CMS so that a browser on a closed
// network loads every script, style, font and worker from the platform itself. The gateway
// serves this page to a browser's GET /graphql in development only.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL, type GraphiQLProps } from 'graphiql';
// Monaco's editor, JSON and GraphQL workers as Vite `?worker` bundles under /admin/assets/,
// instead of the esm.sh CDN GraphiQL's own page would use.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';

/** The gateway this page came from: same origin, so no CORS and no third party. */
const GRAPHQL_PATH = '/graphql';

/**
 * Posts each operation as JSON (Apollo's CSRF prevention accepts application/json bodies) with
 * the headers typed into GraphiQL's headers editor, e.g. `Authorization: Bearer <token>`
 * from a `login` mutation.
 */
const fetcher: GraphiQLProps['fetcher'] = async (params, options) => {
  const headers = new Headers(Object.entries(options?.headers ?? {}).map(([name, value]): [string, string] => [name, String(value)]));
  headers.set('content-type', 'application/json');
  headers.set('accept', 'application/graphql-response+json, application/json');
  const response = await fetch(GRAPHQL_PATH, { method: 'POST', headers, body: JSON.stringify(params), credentials: 'omit' });
  return (await response.json()) as Awaited<ReturnType<GraphiQLProps['fetcher']>>;
};

const DEFAULT_QUERY = `# The MPP Paser API. Open the docs (book icon) to browse the schema.
# Signed-in operations need a header (Headers tab): {"Authorization": "Bearer <token from login>"}

{
  agencies {
    name
  }
}
`;

createRoot(document.getElementById('explorer')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} />
  </StrictMode>,
);
