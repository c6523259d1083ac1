// The shared settings, plus a global setup that says once, plainly, when the CMS browser suite
// (src/cms) is skipped because Chromium is missing.
module.exports = {
  ...require('../jest.preset.js')(__dirname),
  globalSetup: '<rootDir>/src/cms/support/global-setup.ts',
};
