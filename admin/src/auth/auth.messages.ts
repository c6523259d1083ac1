import type { FeatureMessages } from '../feature';

/** Texts of signing in, signing in again over a screen, and changing one's own password. */
const id = {
  mpp: {
    auth: {
      login: {
        title: 'Masuk ke CMS MPP Paser',
        intro: 'Untuk editor DPMPTSP, administrator, dan mitra instansi di Mal Pelayanan Publik Kabupaten Paser.',
        email: 'Email',
        password: 'Kata sandi',
        submit: 'Masuk',
        wrongCredentials: 'Email atau kata sandi salah. Periksa lagi, lalu coba masuk kembali.',
        pageTitle: 'Masuk',
      },
      signInAgain: {
        title: 'Sesi Anda telah berakhir',
        intro: 'Masukkan kata sandi untuk melanjutkan. Pekerjaan yang sedang terbuka tidak hilang: setelah Anda masuk, permintaan terakhir dikirim lagi.',
        submit: 'Masuk kembali',
        cancel: 'Keluar',
      },
      password: {
        title: 'Ganti kata sandi',
        forcedIntro: 'Akun Anda memakai kata sandi sementara. Pilih kata sandi baru sebelum melanjutkan bekerja.',
        intro: 'Setelah kata sandi diganti, sesi Anda di perangkat lain berakhir.',
        current: 'Kata sandi saat ini',
        new: 'Kata sandi baru',
        repeat: 'Ulangi kata sandi baru',
        rules: '%{min} sampai %{max} karakter, berbeda dari kata sandi saat ini.',
        repeatHelp: 'Ketik sekali lagi kata sandi baru yang sama.',
        tooShort: 'Kata sandi baru minimal %{min} karakter.',
        tooLong: 'Kata sandi baru paling banyak %{max} karakter.',
        sameAsCurrent: 'Kata sandi baru harus berbeda dari kata sandi saat ini.',
        mismatch: 'Kedua isian kata sandi baru tidak sama.',
        currentWrong: 'Kata sandi saat ini salah.',
        submit: 'Simpan kata sandi baru',
        changed: 'Kata sandi telah diganti.',
        required: 'Ganti kata sandi Anda terlebih dahulu.',
      },
    },
  },
};

const en: typeof id = {
  mpp: {
    auth: {
      login: {
        title: 'Sign in to the MPP Paser CMS',
        intro: 'For DPMPTSP editors, administrators and partner agencies at the Public Service Mall of Paser Regency.',
        email: 'Email',
        password: 'Password',
        submit: 'Sign in',
        wrongCredentials: 'Email or password is wrong. Check them, then try again.',
        pageTitle: 'Sign in',
      },
      signInAgain: {
        title: 'Your session has ended',
        intro: 'Enter your password to continue. The work you have open is not lost: once you are signed in, the last request is sent again.',
        submit: 'Sign in again',
        cancel: 'Sign out',
      },
      password: {
        title: 'Change password',
        forcedIntro: 'Your account has a temporary password. Choose a new password before you continue.',
        intro: 'Once the password is changed, your sessions on other devices end.',
        current: 'Current password',
        new: 'New password',
        repeat: 'Repeat the new password',
        rules: '%{min} to %{max} characters, different from the current password.',
        repeatHelp: 'Type the same new password once more.',
        tooShort: 'The new password needs at least %{min} characters.',
        tooLong: 'The new password may have at most %{max} characters.',
        sameAsCurrent: 'The new password must differ from the current one.',
        mismatch: 'The two new passwords are not the same.',
        currentWrong: 'The current password is wrong.',
        submit: 'Save new password',
        changed: 'Your password has been changed.',
        required: 'Change your password first.',
      },
    },
  },
};

export const messages = { id, en } satisfies FeatureMessages;
