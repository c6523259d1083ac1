/**
 * What the CMS's GraphQL client takes from react-admin, its HttpError base class, for specs
 * that load the client without a browser: loading all of react-admin (React, MUI) there would
 * add nothing. `jest.mock('react-admin', () => jest.requireActual('./support/react-admin-errors'))`.
 */
export class HttpError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly body: unknown,
  ) {
    super(message);
  }
}
