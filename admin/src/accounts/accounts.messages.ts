import type { FeatureMessages } from '../feature';

/** Texts of the staff accounts screens (ADMIN). Role names come from `mpp.role.*`. */
const id = {
  resources: {
    staffUsers: {
      name: 'Akun staf |||| Akun staf',
      fields: {
        name: 'Nama',
        email: 'Email',
        role: 'Peran',
        agencyId: 'Instansi',
        agency: 'Instansi',
        active: 'Aktif',
        mustChangePassword: 'Kata sandi',
        updatedAt: 'Terakhir diubah',
      },
    },
  },
  mpp: {
    accounts: {
      dpmptsp: 'DPMPTSP',
      active: 'Aktif',
      inactive: 'Nonaktif',
      mustChangePassword: 'Sementara, wajib diganti',
      passwordSet: 'Dipilih pemilik akun',
      agencyHelp: 'Akun mitra dan petugas loket terikat pada satu instansi.',
      dpmptspHelp: 'Administrator dan editor adalah staf DPMPTSP, tanpa instansi mitra.',
      activeHelp: 'Akun nonaktif tidak dapat masuk, dan semua sesinya berakhir.',
      selfRoleHelp: 'Anda tidak dapat mencabut peran administrator dari akun Anda sendiri.',
      createIntro: 'Akun baru mendapat kata sandi sementara yang wajib diganti saat pertama kali masuk.',
      empty: 'Belum ada akun staf.',
      deactivate: 'Nonaktifkan',
      activate: 'Aktifkan',
      deactivateTitle: 'Nonaktifkan akun %{name}?',
      deactivateContent: 'Pemilik akun tidak dapat masuk lagi dan semua sesinya segera berakhir. Akun dapat diaktifkan kembali kapan saja.',
      deactivated: 'Akun telah dinonaktifkan.',
      activated: 'Akun telah diaktifkan.',
      resetPassword: 'Reset kata sandi',
      resetTitle: 'Reset kata sandi %{name}?',
      resetContent: 'Kata sandi lama tidak berlaku lagi dan semua sesi akun ini berakhir. Kata sandi sementara yang baru ditampilkan satu kali.',
      temporaryPassword: {
        createdTitle: 'Akun telah dibuat',
        resetTitle: 'Kata sandi telah direset',
        intro: 'Sampaikan kata sandi sementara ini kepada %{name} (%{email}) secara langsung. Saat masuk pertama kali, pemilik akun wajib memilih kata sandi sendiri.',
        label: 'Kata sandi sementara',
        warning: 'Kata sandi ini hanya ditampilkan sekali dan tidak dapat dilihat lagi setelah jendela ini ditutup.',
        copy: 'Salin kata sandi',
        copied: 'Kata sandi tersalin.',
        copyFailed: 'Tidak dapat menyalin otomatis. Pilih teks kata sandi, lalu salin secara manual.',
        done: 'Sudah saya catat, tutup',
      },
      invalid: {
        email: 'Email tidak valid atau sudah dipakai akun lain.',
        name: 'Nama harus 2 sampai 120 karakter.',
        role: 'Anda tidak dapat mencabut peran administrator dari akun Anda sendiri.',
        agencyId: 'Pilih instansi untuk akun mitra dan petugas loket; administrator dan editor tanpa instansi.',
        active: 'Anda tidak dapat menonaktifkan akun Anda sendiri.',
      },
    },
  },
};

const en: typeof id = {
  resources: {
    staffUsers: {
      name: 'Staff account |||| Staff accounts',
      fields: {
        name: 'Name',
        email: 'Email',
        role: 'Role',
        agencyId: 'Agency',
        agency: 'Agency',
        active: 'Active',
        mustChangePassword: 'Password',
        updatedAt: 'Last changed',
      },
    },
  },
  mpp: {
    accounts: {
      dpmptsp: 'DPMPTSP',
      active: 'Active',
      inactive: 'Inactive',
      mustChangePassword: 'Temporary, must be changed',
      passwordSet: 'Chosen by the owner',
      agencyHelp: 'Partner and service desk officer accounts belong to one agency.',
      dpmptspHelp: 'Administrators and editors are DPMPTSP staff, without a partner agency.',
      activeHelp: 'An inactive account cannot sign in, and all its sessions end.',
      selfRoleHelp: 'You cannot take the administrator role away from your own account.',
      createIntro: 'A new account gets a temporary password, which must be changed at the first sign-in.',
      empty: 'No staff accounts yet.',
      deactivate: 'Deactivate',
      activate: 'Activate',
      deactivateTitle: 'Deactivate the account of %{name}?',
      deactivateContent: 'Its owner can no longer sign in and all of its sessions end at once. The account can be activated again at any time.',
      deactivated: 'The account has been deactivated.',
      activated: 'The account has been activated.',
      resetPassword: 'Reset password',
      resetTitle: 'Reset the password of %{name}?',
      resetContent: 'The old password stops working and all sessions of this account end. The new temporary password is shown once.',
      temporaryPassword: {
        createdTitle: 'Account created',
        resetTitle: 'Password reset',
        intro: 'Give this temporary password to %{name} (%{email}) in person. At the first sign-in, the account owner must choose their own password.',
        label: 'Temporary password',
        warning: 'This password is shown only once and cannot be seen again after this window is closed.',
        copy: 'Copy password',
        copied: 'Password copied.',
        copyFailed: 'Could not copy automatically. Select the password text and copy it by hand.',
        done: 'I have noted it, close',
      },
      invalid: {
        email: 'The email is not valid or another account already uses it.',
        name: 'The name needs 2 to 120 characters.',
        role: 'You cannot take the administrator role away from your own account.',
        agencyId: 'Choose an agency for partner and service desk officer accounts; administrators and editors have none.',
        active: 'You cannot deactivate your own account.',
      },
    },
  },
};

export const messages = { id, en } satisfies FeatureMessages;
