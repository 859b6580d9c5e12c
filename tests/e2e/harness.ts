/**
 * What every end-to-end test shares: finding and launching Chromium, and
 * starting the built app over a temporary data folder. Close browsers and
 * stop apps in afterAll.
 */
export { CHROMIUM_ARGS, CHROMIUM_MISSING, findChromium, launchBrowser } from './lib/chromium';
export { REPO_ROOT, WEB_HOST_BUNDLE, startApp, type RunningApp, type StartAppOptions } from './lib/app';
