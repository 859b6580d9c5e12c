// Run by `npm run dist` before electron-builder: gives every
// message of electron-builder's NSIS templates a Vietnamese text, taken from
// assets/packaging/nsis-messages-vi.yml, by writing it as the `vi:`
// translation into app-builder-lib's messages.yml (only `appCannotBeClosed`
// ships one). Idempotent; changes nothing else. The installer is
// Vietnamese-only (`installerLanguages: [vi_VN]`), so a message left without
// Vietnamese would make NSIS fail the build instead of showing English.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { createRequire } = require('node:module');

const root = path.join(__dirname, '..');
const appBuilderLib = path.dirname(require.resolve('app-builder-lib/package.json', { paths: [root] }));
const yaml = createRequire(path.join(appBuilderLib, 'package.json'))('js-yaml');

/** app-builder-lib's one-click installer messages file. */
const MESSAGES_FILE = path.join(appBuilderLib, 'templates', 'nsis', 'messages.yml');
/** Our Vietnamese texts, one per message id. */
const VIETNAMESE_FILE = path.join(root, 'assets', 'packaging', 'nsis-messages-vi.yml');

/** Returns messages (id → { lang: text }) with `vi` set from `vietnamese`; throws when an id has no Vietnamese. */
function withVietnamese(messages, vietnamese) {
  const out = {};
  for (const [id, byLang] of Object.entries(messages)) {
    const vi = vietnamese[id];
    if (typeof vi !== 'string' || vi.trim() === '') throw new Error(`NSIS message "${id}" has no Vietnamese text in ${VIETNAMESE_FILE}`);
    out[id] = { ...byLang, vi };
  }
  return out;
}

/** Writes the Vietnamese texts into app-builder-lib's messages.yml. */
function applyVietnamese() {
  const messages = yaml.load(fs.readFileSync(MESSAGES_FILE, 'utf8'));
  const vietnamese = yaml.load(fs.readFileSync(VIETNAMESE_FILE, 'utf8'));
  const next = withVietnamese(messages, vietnamese);
  const text = '# en must be first (https://github.com/electron-userland/electron-builder/issues/2517)\n' + yaml.dump(next, { lineWidth: -1 });
  if (fs.readFileSync(MESSAGES_FILE, 'utf8') !== text) fs.writeFileSync(MESSAGES_FILE, text);
}

module.exports = { MESSAGES_FILE, VIETNAMESE_FILE, withVietnamese, applyVietnamese };

if (require.main === module) applyVietnamese();
