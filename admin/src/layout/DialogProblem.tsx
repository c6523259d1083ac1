import { Alert } from '@mui/material';
import { useCallback, useState } from 'react';
import { useTranslate } from 'react-admin';
import { apiErrorCode } from '../graphql/client';
import { apiErrorMessageKey } from '../i18n/common.messages';

/**
 * Why a save made from a dialog was refused, said inside the dialog. A modal dialog keeps the
 * rest of the page out of reach, and out of screen readers' reach, while it is open: the page's
 * notifications would go unheard there (and on a phone cover the dialog's buttons). The
 * sentences are the forms' own (useSaveErrors): the shared one for the code or the feature's
 * own, and for a refused input the API's precise reason after it.
 */
export function useDialogProblem({ explain }: { explain?: Partial<Record<string, string>> } = {}) {
  const translate = useTranslate();
  const [problem, setProblem] = useState<{ code: string; text: string } | null>(null);
  const report = useCallback(
    (error: unknown) => {
      const code = apiErrorCode(error) ?? 'INTERNAL_SERVER_ERROR';
      const ownSentence = explain?.[code];
      const detail = code === 'BAD_USER_INPUT' && error instanceof Error ? ` ${error.message}` : '';
      setProblem({ code, text: translate(ownSentence ?? apiErrorMessageKey(code)) + detail });
    },
    [translate, explain],
  );
  const clear = useCallback(() => setProblem(null), []);
  return { problem, report, clear };
}

/** The refusal, at the top of the dialog's content. */
export function DialogProblem({ problem }: { problem: { text: string } | null }) {
  if (!problem) return null;
  return (
    <Alert severity="error" sx={{ mb: 2 }}>
      {problem.text}
    </Alert>
  );
}
