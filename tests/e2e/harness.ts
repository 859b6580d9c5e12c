/**
 * What every end-to-end test shares: finding and launching Chromium,
 * starting the built app over a temporary data folder, and opening it in a
 * page. Close browsers and stop apps in afterAll.
 */
export { CHROMIUM_ARGS, CHROMIUM_MISSING, findChromium, launchBrowser } from './lib/chromium';
export { REPO_ROOT, WEB_HOST_BUNDLE, startApp, type RunningApp, type StartAppOptions } from './lib/app';
export { openAppPage, type AppPage } from './lib/page';
