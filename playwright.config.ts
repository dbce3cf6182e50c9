// Browser tests against the release build in dist/, served on 127.0.0.1 —
// at the root, and under a sub-path to prove the page needs no fixed base.
// Uses the system Chromium: no browser is downloaded (see shared/TOOLCHAIN.md).
import { defineConfig } from '@playwright/test';

export const ROOT_URL = 'http://127.0.0.1:4173/';
export const SUBPATH_URL = 'http://127.0.0.1:4175/nested/whosaid/';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'target/playwright',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: ROOT_URL,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
      ],
    },
  },
  webServer: [
    {
      command: 'python3 -m http.server 4173 --bind 127.0.0.1 --directory dist',
      url: ROOT_URL,
      reuseExistingServer: false,
      timeout: 20_000,
    },
    {
      command: 'mkdir -p target/e2e-root/nested && ln -sfn ../../../dist target/e2e-root/nested/whosaid && python3 -m http.server 4175 --bind 127.0.0.1 --directory target/e2e-root',
      url: SUBPATH_URL,
      reuseExistingServer: false,
      timeout: 20_000,
    },
  ],
});
