// electron-builder `afterPack` hook used only by tests/packaging/asar.test.ts:
// writes what the Linux installers (deb, AppImage) would be built with —
// the icon set, the .desktop entry and the shared-mime-info file — to
// $DUTHAO_PACK_REPORT as JSON, plus the file associations every platform gets.
// (The deb/AppImage tools themselves are downloads this machine cannot make.)
'use strict';
const fs = require('node:fs');
const path = require('node:path');

exports.default = async function afterPack(context) {
  const out = process.env.DUTHAO_PACK_REPORT;
  if (!out) return;
  const libDir = path.dirname(require.resolve('app-builder-lib/package.json', { paths: [process.cwd()] }));
  const { LinuxTargetHelper } = require(path.join(libDir, 'out', 'targets', 'LinuxTargetHelper.js'));
  const packager = context.packager;
  const helper = new LinuxTargetHelper(packager);
  const icons = await helper.icons;
  const desktopEntry = await helper.computeDesktopEntry(packager.platformSpecificBuildOptions, `${packager.executableName} %U`);
  const mimeFile = await helper.mimeTypeFiles;
  fs.writeFileSync(
    out,
    JSON.stringify({
      icons: icons.map((i) => ({ file: i.file, size: i.size })),
      desktopEntry,
      mimeInfo: mimeFile ? fs.readFileSync(mimeFile, 'utf8') : null,
      fileAssociations: packager.fileAssociations,
      winFileAssociations: packager.config.win?.fileAssociations ?? null,
      nsis: packager.config.nsis ?? null,
    }),
  );
};
