export { authProvider, HOME_PATH, LOGIN_PATH, PASSWORD_PATH, type CmsIdentity } from './authProvider';
export { hasSession } from './session';
export { ChangePasswordPage } from './ChangePasswordPage';
export { LoginPage } from './LoginPage';
export { messages as authMessages } from './auth.messages';
