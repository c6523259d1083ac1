/**
 * The question "sign in again?" that the session asks when its sign-in is over in the middle
 * of someone's work, and the dialog (SignInAgainDialog, mounted in the layout) answers. A tiny
 * store rather than React state: the question starts in the GraphQL client, outside React.
 */

export interface SignInAgainRequest {
  /** The account whose sign-in ended: the dialog signs in as it again. */
  email: string;
}

type Listener = () => void;

let pending: { request: SignInAgainRequest; answer: Promise<boolean>; settle: (signedIn: boolean) => void } | null = null;
const listeners = new Set<Listener>();

function notify(): void {
  for (const listener of listeners) listener();
}

/**
 * Opens the dialog and waits for the user: true once they signed in again, false when they
 * gave up. Without a dialog on screen (the login page) there is nobody to ask: false. Callers
 * asking while the dialog is open share its answer.
 */
export function askToSignInAgain(request: SignInAgainRequest): Promise<boolean> {
  if (pending) return pending.answer;
  if (listeners.size === 0) return Promise.resolve(false);
  let settle: (signedIn: boolean) => void = () => undefined;
  const answer = new Promise<boolean>((resolve) => {
    settle = resolve;
  });
  pending = { request, answer, settle };
  notify();
  return answer;
}

/** The dialog's answer; closes it. */
export function answerSignInAgain(signedIn: boolean): void {
  const current = pending;
  if (!current) return;
  pending = null;
  notify();
  current.settle(signedIn);
}

/** The open question, or null: for useSyncExternalStore. */
export function currentSignInAgainRequest(): SignInAgainRequest | null {
  return pending?.request ?? null;
}

export function subscribeToSignInAgain(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
