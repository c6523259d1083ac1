import RefreshIcon from '@mui/icons-material/Refresh';
import { Box } from '@mui/material';
import { useCallback, useState, type ReactNode } from 'react';
import { Button, HttpError, SaveButton, Toolbar, useNotify, useRefresh, useTranslate } from 'react-admin';
import { ApiError } from '../graphql/client';
import { apiErrorMessageKey } from '../i18n/common.messages';

/*
 * How the edit and create forms of the reference data (categories, agencies, booths, synonyms)
 * meet the API's refusals without losing what was typed: the forms save pessimistically, a
 * BAD_USER_INPUT marks the field it names, every refusal gets a sentence in the user's
 * language, and after a CONFLICT the user reloads the latest record into the form (their own
 * changes stay: the forms keep dirty values on reset) and saves again with its version.
 */

/**
 * Runs a mutation of a data module; a BAD_USER_INPUT naming an input field becomes a form
 * error on that field (react-admin sets `body.errors` on the form), with the API's sentence.
 * `formField` maps the API's field path (`phrases.2`) to the form's input (`phrases`).
 */
export async function withFieldErrors<T>(mutation: Promise<T>, formField: (apiField: string) => string = (field) => field.split('.')[0]): Promise<T> {
  try {
    return await mutation;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'BAD_USER_INPUT' && error.body.field) {
      Object.assign(error.body, { errors: { [formField(error.body.field)]: error.message } });
    }
    throw error;
  }
}

/** The API's code of an error a data module threw (ApiError), or a generic one. */
export function apiErrorCode(error: unknown): string {
  if (error instanceof ApiError) return error.code;
  if (error instanceof HttpError && typeof (error.body as { code?: unknown } | undefined)?.code === 'string') return (error.body as { code: string }).code;
  return 'INTERNAL_SERVER_ERROR';
}

export interface SaveErrorOptions {
  /**
   * A feature's own sentence for a code where the common one would mislead (a category that
   * cannot be deleted is a CONFLICT too, but nobody else saved first); the API's sentence,
   * which says why, follows it.
   */
  explain?: Partial<Record<string, string>>;
}

/**
 * The `onError` of a form's save (or a delete), and whether the last save met a CONFLICT (the
 * form then offers to reload the latest record). The notification stays until dismissed: it
 * explains what to do next.
 */
export function useSaveErrors({ explain }: SaveErrorOptions = {}) {
  const notify = useNotify();
  const translate = useTranslate();
  const [conflict, setConflict] = useState(false);
  const onError = useCallback(
    (error: unknown) => {
      const code = apiErrorCode(error);
      const ownSentence = explain?.[code];
      setConflict(code === 'CONFLICT' && !ownSentence);
      const sentence = translate(ownSentence ?? apiErrorMessageKey(code));
      // The API's own sentence says which rule was broken (it is English, but precise).
      const detail = (code === 'BAD_USER_INPUT' || ownSentence) && error instanceof Error ? error.message : null;
      // A plain string: react-admin styles only text messages as a notification.
      notify(detail ? `${sentence} ${detail}` : sentence, { type: 'error', autoHideDuration: null, multiLine: true });
    },
    [notify, translate, explain],
  );
  const clearConflict = useCallback(() => setConflict(false), []);
  return { onError, conflict, clearConflict };
}

/** Reloads the record into the form after a CONFLICT, keeping what the user changed. */
export function ReloadLatestButton({ onReloaded }: { onReloaded: () => void }) {
  const refresh = useRefresh();
  return (
    <Button
      label="mpp.common.reloadLatest"
      onClick={() => {
        refresh();
        onReloaded();
      }}
    >
      <RefreshIcon />
    </Button>
  );
}

/**
 * The toolbar of the reference-data forms: save, the reload offered after a CONFLICT, and on
 * the right whatever else the record allows (a delete button).
 */
export function SaveToolbar({ conflict = false, onReloaded, children }: { conflict?: boolean; onReloaded?: () => void; children?: ReactNode }) {
  return (
    <Toolbar>
      <SaveButton />
      {conflict && onReloaded && (
        <Box sx={{ ml: 2 }}>
          <ReloadLatestButton onReloaded={onReloaded} />
        </Box>
      )}
      <Box sx={{ flex: 1 }} />
      {children}
    </Toolbar>
  );
}
