import RefreshIcon from '@mui/icons-material/Refresh';
import { Box } from '@mui/material';
import { useCallback, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Button, SaveButton, Toolbar, type RaRecord, useNotify, useRecordContext, useResourceContext, useTranslate } from 'react-admin';
import { ApiError, apiErrorCode, apiErrorField } from '../graphql/client';
import { apiErrorMessageKey } from '../i18n/common.messages';

/*
 * How the edit and create forms (services, accounts and the reference data)
 * meet the API's refusals without losing what was typed: the forms save pessimistically, a
 * BAD_USER_INPUT marks the field it names, every refusal gets a sentence in the user's
 * language, and after a CONFLICT the user reloads the latest record into the form (their own
 * changes stay: the forms keep dirty values on reset) and saves again with its version.
 */

/** How a data module hands a refused input to its form. */
export interface FieldErrorOptions {
  /**
   * The form's input for the API's field path (`phrases.2` → `phrases`, `fee.tiers.1.amount` →
   * the tiers input), or null when no input of the form shows it. It must name an input the
   * form has registered: react-hook-form keeps an error on any other name, and it then blocks
   * every later submit without showing anything.
   */
  formField: (apiField: string) => string | null;
  /** The field error's text (a message key or a sentence); default: the API's sentence. */
  message?: (error: ApiError, formField: string) => string;
}

/**
 * Runs a mutation of a data module; a BAD_USER_INPUT naming an input field becomes a form
 * error on that input (react-admin sets `body.errors` on the form). A field no input shows
 * is left to the notification of the form's `onError` alone.
 */
export async function withFieldErrors<T>(mutation: Promise<T>, { formField, message = (error) => error.message }: FieldErrorOptions): Promise<T> {
  try {
    return await mutation;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'BAD_USER_INPUT' && error.body.field) {
      const input = formField(error.body.field);
      if (input) Object.assign(error.body, { errors: { [input]: message(error, input) } });
    }
    throw error;
  }
}

/**
 * A form of one input per field (a list is one input): the API's path goes on the input its
 * first segment names (`phrases.2` → `phrases`), when the form has that input.
 */
export function onInputs(inputs: readonly string[], message?: FieldErrorOptions['message']): FieldErrorOptions {
  const names = new Set(inputs);
  return {
    formField: (apiField) => {
      const root = apiField.split('.')[0];
      return names.has(root) ? root : null;
    },
    message,
  };
}

export interface SaveErrorOptions {
  /**
   * A feature's own sentence for a code where the common one would mislead (a category that
   * cannot be deleted is a CONFLICT too, but nobody else saved first); the API's sentence,
   * which says why, follows it.
   */
  explain?: Partial<Record<string, string>>;
  /**
   * The form's name of an input field the API refused (BAD_USER_INPUT); given, the sentence
   * names it, since the form may show that field on another tab than the one open.
   */
  fieldLabel?: (apiField: string) => string;
}

/**
 * The `onError` of a form's save (or a delete), and whether the last save met a CONFLICT (the
 * form then offers to reload the latest record). The notification stays until dismissed: it
 * explains what to do next.
 */
export function useSaveErrors({ explain, fieldLabel }: SaveErrorOptions = {}) {
  const notify = useNotify();
  const translate = useTranslate();
  const [conflict, setConflict] = useState(false);
  const onError = useCallback(
    (error: unknown) => {
      const code = apiErrorCode(error) ?? 'INTERNAL_SERVER_ERROR';
      const ownSentence = explain?.[code];
      setConflict(code === 'CONFLICT' && !ownSentence);
      const field = apiErrorField(error);
      const sentence = translate(ownSentence ?? apiErrorMessageKey(code)) + (code === 'BAD_USER_INPUT' && field && fieldLabel ? ` (${fieldLabel(field)})` : '');
      // The API's own sentence says which rule was broken (it is English, but precise).
      const detail = (code === 'BAD_USER_INPUT' || ownSentence) && error instanceof Error ? error.message : null;
      // A plain string: react-admin styles only text messages as a notification.
      notify(detail ? `${sentence} ${detail}` : sentence, { type: 'error', autoHideDuration: null, multiLine: true });
    },
    [notify, translate, explain, fieldLabel],
  );
  const clearConflict = useCallback(() => setConflict(false), []);
  return { onError, conflict, clearConflict };
}

/** What reloading the record brought: the latest record, or why it could not be loaded. */
export type ReloadOutcome = { record: RaRecord } | { error: unknown };

/**
 * Loads the latest saved version of the record being edited into its page, after a CONFLICT:
 * only that record's query is asked again (not every query on screen), and the forms keep
 * what the user changed (`resetOptions={{ keepDirtyValues: true }}`), so the next save sends
 * those changes as a patch against the latest version. A failed load is not thrown by
 * react-query's invalidation: it is read from the query's state, so it is not taken for success.
 */
export function useReloadLatest(): () => Promise<ReloadOutcome> {
  const queryClient = useQueryClient();
  const resource = useResourceContext();
  const record = useRecordContext();
  const id = record?.id;
  return useCallback(async () => {
    if (!resource || id === undefined) return { error: new ApiError('not found', 'NOT_FOUND') };
    // react-admin's key of the record (useGetOne): [resource, 'getOne', { id: String(id), meta }].
    const queryKey = [resource, 'getOne', { id: String(id) }];
    await queryClient.invalidateQueries({ queryKey });
    const [query] = queryClient.getQueryCache().findAll({ queryKey });
    if (!query) return { error: new ApiError('not found', 'NOT_FOUND') };
    if (query.state.status === 'error') return { error: query.state.error };
    return { record: query.state.data as RaRecord };
  }, [queryClient, resource, id]);
}

/** Reloads the record into the form after a CONFLICT, keeping what the user changed. */
export function ReloadLatestButton({ onReloaded }: { onReloaded: () => void }) {
  const reload = useReloadLatest();
  const notify = useNotify();
  return (
    <Button
      label="mpp.common.reloadLatest"
      // Primary on the toolbar's grey is below 4.5:1; the darker shade reads.
      sx={{ color: 'primary.dark' }}
      onClick={() => {
        void reload().then((outcome) => {
          if ('error' in outcome) notify(apiErrorMessageKey(apiErrorCode(outcome.error)), { type: 'error' });
          else onReloaded();
        });
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
