import { Alert } from '@mui/material';
import { useContext } from 'react';
import { EditContext, NotFound, ShowContext, useTranslate, type UseGetOneOptions } from 'react-admin';
import { apiErrorMessageKey } from '../i18n/common.messages';
import { apiErrorCode } from '../graphql/client';

/*
 * How every edit and show page meets a record it cannot load. react-admin's default is a
 * notification and a redirect to the list for any error, a network failure included; here the
 * page itself answers: NOT_FOUND (missing, or another agency's record the API or the data
 * module hides) is react-admin's "not found" page, any other error says what failed.
 */

/** The page's content when its record did not load (`error` of `<Edit>` and `<Show>`). */
export function RecordLoadError() {
  const edit = useContext(EditContext);
  const show = useContext(ShowContext);
  const translate = useTranslate();
  const error: unknown = edit?.error ?? show?.error;
  const code = apiErrorCode(error);
  if (code === 'NOT_FOUND') return <NotFound />;
  return (
    <Alert severity="error" role="alert" sx={{ m: 2 }}>
      {translate(apiErrorMessageKey(code))}
    </Alert>
  );
}

/** The load's options: no notification and no redirect, the error is shown in the page. */
export const recordQueryOptions: UseGetOneOptions = { onError: () => undefined };

/** Spread on `<Edit>` / `<Show>`: `<Edit {...recordPageProps}>`. */
export const recordPageProps = { error: <RecordLoadError />, queryOptions: recordQueryOptions };
