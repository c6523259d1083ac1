import type { FeatureMessages } from '../feature';

/** Texts of the frame around every screen: the app bar, the user menu, the page title. */
const id = {
  mpp: {
    layout: {
      appName: 'CMS MPP Paser',
      userMenu: 'Menu akun',
      changePassword: 'Ganti kata sandi',
      dpmptsp: 'DPMPTSP',
      signedInAs: 'Masuk sebagai %{role}, %{agency}',
    },
  },
};

const en: typeof id = {
  mpp: {
    layout: {
      appName: 'MPP Paser CMS',
      userMenu: 'Account menu',
      changePassword: 'Change password',
      dpmptsp: 'DPMPTSP',
      signedInAs: 'Signed in as %{role}, %{agency}',
    },
  },
};

export const messages = { id, en } satisfies FeatureMessages;
