import { defineConfig } from "@playwright/test";
import { oidcClient, oidcIssuerUrl } from "./tests/e2e/fixtures/oidc-settings";

// E2E_PORT lets a second checkout run its browser tests beside this one.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;

// Debian's Chromium (no browser download is possible here), started with the
// flags that keep it from calling out to the network.
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: [["list"]],
  // Its own folder: test-results/ holds the run's JSON reports.
  outputDir: "test-results/e2e",
  use: {
    baseURL,
    locale: "ja-JP",
    timezoneId: "Asia/Tokyo",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: "bash scripts/e2e-server.sh",
    url: `${baseURL}/login`,
    timeout: 120_000,
    reuseExistingServer: false,
    // Single sign-on points at the provider sso.spec.ts starts on loopback (the login page
    // shows its button throughout; only that spec follows it).
    env: {
      PORT: String(port),
      NEXTAUTH_URL: baseURL,
      OIDC_ISSUER: oidcIssuerUrl(port),
      OIDC_CLIENT_ID: oidcClient.id,
      OIDC_CLIENT_SECRET: oidcClient.secret,
      OIDC_DISPLAY_NAME: "テスト認証基盤",
    },
  },
});
