// The Node.js version DuThao needs (electron 45, @electron/get and node-abi
// want 22.12; better-sqlite3 13 crashes on Node 20). Used by `npm test`,
// `npm start`, `npm run serve` and bin/duthao.cjs so that an older Node
// fails with one clear line instead of a segmentation fault.
'use strict';

/** The lowest supported Node.js version, as [major, minor]. Keep in step with package.json "engines". */
const NODE_FLOOR = [22, 12];

/** True when `version` ("22.12.0", with or without "v") is at least the floor. */
function meetsNodeFloor(version) {
  const [major, minor] = String(version).replace(/^v/, '').split('.').map(Number);
  return major > NODE_FLOOR[0] || (major === NODE_FLOOR[0] && minor >= NODE_FLOOR[1]);
}

/** The one-line message printed when the running Node is too old. */
function nodeFloorMessage(version) {
  return `Lỗi: DuThao cần Node.js ${NODE_FLOOR.join('.')} trở lên, máy đang chạy ${version} — cài Node.js 22 LTS (xem README) (Node.js >= ${NODE_FLOOR.join('.')} required, found ${version})`;
}

module.exports = { NODE_FLOOR, meetsNodeFloor, nodeFloorMessage };

// `node scripts/node-floor.cjs`: exit 3 with the message when Node is too old.
if (require.main === module && !meetsNodeFloor(process.versions.node)) {
  process.stderr.write(nodeFloorMessage(process.versions.node) + '\n');
  process.exit(3);
}
