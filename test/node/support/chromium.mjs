// One way to start Debian's Chromium for the Node page tests (CSP, embed, React, Storybook).
import puppeteer from 'puppeteer-core';

/** Headless Chromium at CHROME_PATH (default /usr/bin/chromium), without sandbox or background traffic. */
export function launchChromium() {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--no-first-run',
    ],
  });
}
