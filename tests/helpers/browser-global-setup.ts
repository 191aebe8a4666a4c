import globalSetup from './global-setup';
import { ensureAdminBuild } from './browser';

// Browser suites: compile the app like the API suites, then build the admin panel when its
// inputs changed (reused otherwise; see tests/helpers/browser.ts).
export default async function browserGlobalSetup() {
  await globalSetup();
  const { built, ms } = ensureAdminBuild();
  if (built) console.log(`\nadmin panel built in ${(ms / 1000).toFixed(1)} s`);
}
