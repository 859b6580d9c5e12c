/**
 * The release workflow for networked CI runners is valid for GitHub Actions
 * (the workflow schema, via @action-validator/core) and does what the
 * release needs on all three systems; `npm run test:electron` says clearly
 * why it cannot run where the Electron binary is missing.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/repo';

const root = REPO_ROOT;
const workflows = join(root, '.github', 'workflows');
const yaml = createRequire(join(root, 'node_modules', 'app-builder-lib', 'package.json'))('js-yaml') as { load: (s: string) => unknown };

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  if?: string;
  with?: Record<string, unknown>;
}

describe('GitHub Actions workflows', () => {
  const files = readdirSync(workflows).filter((f) => /\.ya?ml$/.test(f));

  it('every workflow passes the GitHub Actions workflow schema', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const state = validateWorkflow(readFileSync(join(workflows, f), 'utf8'));
      expect(state.errors, f).toEqual([]);
    }
  });

  it('a broken workflow is caught by the validator (it is not a no-op)', () => {
    expect(validateWorkflow('on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps: 3\n').errors.length).toBeGreaterThan(0);
  });

  it('release.yml tests, packages, smoke-tests and uploads on Windows, Linux and macOS with Node 22', () => {
    const wf = yaml.load(readFileSync(join(workflows, 'release.yml'), 'utf8')) as {
      jobs: { build: { strategy: { matrix: { include: { os: string }[] } }; steps: Step[] } };
    };
    const job = wf.jobs.build;
    expect(job.strategy.matrix.include.map((m) => m.os.split('-')[0])).toEqual(['windows', 'ubuntu', 'macos']);
    const runs = job.steps.map((s) => s.run ?? '').join('\n');
    const order = ['npm ci', 'npm test', 'node node_modules/electron/install.js', 'npm run dist', 'npm run test:electron -- --packaged'].map((c) => runs.indexOf(c));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(job.steps.find((s) => s.uses?.startsWith('actions/setup-node'))?.with?.['node-version']).toBe(22);
    const upload = job.steps.find((s) => s.uses?.startsWith('actions/upload-artifact'));
    expect(upload?.with?.['if-no-files-found']).toBe('error');
  });
});

describe('npm run test:electron without the Electron binary', () => {
  it('fails with one clear Vietnamese line saying why, not a pass', () => {
    const r = spawnSync(process.execPath, ['tests/electron/run.mjs'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: join(root, 'tests', 'no-such-electron') },
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toMatch(/^Lỗi: không chạy được kiểm thử Electron — không có tệp chạy Electron \(.+\)\. Trên máy có mạng: `node node_modules\/electron\/install\.js`/);
  });

  it('with --packaged and nothing packaged, says to run npm run dist first', () => {
    const r = spawnSync(process.execPath, ['tests/electron/run.mjs', '--packaged'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('npm run dist');
  });
});
