import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { LOGIN_PATH, hasSession } from './auth';

// Signed out (a first visit, a closed tab): open at the sign-in page itself. Starting on a
// screen instead has react-admin mount it, find no session and sign out on its way to the
// sign-in page, which took seconds of redirects before the form appeared.
if (!hasSession() && !window.location.hash.startsWith(`#${LOGIN_PATH}`)) window.location.hash = `#${LOGIN_PATH}`;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
