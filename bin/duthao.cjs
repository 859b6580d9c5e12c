#!/usr/bin/env node
// The `duthao` command (package.json "bin"). Runs the bundled CLI
// (dist/main/cli.cjs); when that bundle is missing or older than the sources
// (e.g. right after a plain `npm ci`), rebuilds the main bundles first with
// esbuild (about a second).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const { meetsNodeFloor, nodeFloorMessage } = require('../scripts/node-floor.cjs');

const root = path.join(__dirname, '..');
const bundle = path.join(root, 'dist', 'main', 'cli.cjs');
const sourceDirs = ['main', 'common'].map((d) => path.join(root, d));
const sourceFiles = [path.join(root, 'scripts', 'build.mjs'), path.join(root, 'package.json')];

/** Newest modification time (ms) of the TypeScript sources the bundle is made from. */
function newestSourceTime() {
  let newest = 0;
  const visit = (p) => {
    let st;
    try {
      st = fs.statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      for (const name of fs.readdirSync(p)) visit(path.join(p, name));
    } else if (/\.(ts|mts|cts|json|mjs)$/.test(p)) {
      newest = Math.max(newest, st.mtimeMs);
    }
  };
  sourceDirs.forEach(visit);
  sourceFiles.forEach(visit);
  return newest;
}

function bundleIsFresh() {
  try {
    return fs.statSync(bundle).mtimeMs >= newestSourceTime();
  } catch {
    return false;
  }
}

async function main() {
  if (!meetsNodeFloor(process.versions.node)) {
    process.stderr.write(nodeFloorMessage(process.versions.node) + '\n');
    process.exit(3);
  }
  if (!bundleIsFresh()) {
    try {
      const { buildMain } = await import(pathToFileURL(path.join(root, 'scripts', 'build.mjs')).href);
      await buildMain();
    } catch (err) {
      process.stderr.write(`Lỗi: không dựng được công cụ dòng lệnh (build of dist/main/cli.cjs failed: ${err && err.message ? err.message.split('\n')[0] : err})\n`);
      process.exit(3);
    }
  }
  require(bundle);
}

main();
