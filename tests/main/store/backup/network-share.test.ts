// WAL is unsafe on network shares: a data folder on NFS/CIFS (Linux) or on a
// UNC path / mapped network drive (Windows) is detected from injected mount
// tables, and the database then uses the rollback journal instead of WAL.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectNetworkShare, linuxNetworkMount, windowsNetworkPath } from '../../../../main/store/backup/network-share';
import { openDatabase } from '../../../../main/store/sqlite/open-database';
import { tempDir } from '../../../helpers/store';

const MOUNTS = [
  '/dev/sda1 / ext4 rw,relatime 0 0',
  'proc /proc proc rw 0 0',
  'fileserver:/export/home /home/vanphong nfs4 rw,vers=4.2 0 0',
  '//nas/chung /mnt/o\\040chung cifs rw,vers=3.0 0 0',
  '/dev/sdb1 /home/vanphong/local ext4 rw 0 0',
  'tmpfs /tmp tmpfs rw 0 0',
].join('\n');

const NET_USE = [
  'New connections will be remembered.',
  '',
  'Status       Local     Remote                    Network',
  '-------------------------------------------------------------------------------',
  'OK           Z:        \\\\fileserver\\duthao      Microsoft Windows Network',
  'The command completed successfully.',
].join('\r\n');

describe('network share detection', () => {
  it('finds NFS and CIFS mounts on Linux, using the deepest mount point', () => {
    expect(linuxNetworkMount('/home/vanphong/.config/DuThao', MOUNTS)).toMatch(/^nfs4 /);
    expect(linuxNetworkMount('/mnt/o chung/DuThao', MOUNTS)).toMatch(/^cifs /);
    expect(linuxNetworkMount('/home/vanphong/local/DuThao', MOUNTS)).toBeNull();
    expect(linuxNetworkMount('/home/vanphongkhac/DuThao', MOUNTS)).toBeNull();
    expect(linuxNetworkMount('/tmp/x', MOUNTS)).toBeNull();
  });

  it('finds UNC paths and mapped network drives on Windows', () => {
    expect(windowsNetworkPath('\\\\fileserver\\chung\\DuThao', '')).toMatch(/UNC/);
    expect(windowsNetworkPath('\\\\?\\UNC\\fileserver\\chung\\DuThao', '')).toMatch(/UNC/);
    expect(windowsNetworkPath('Z:\\DuThao', NET_USE)).toMatch(/Z: mapped to \\\\fileserver\\duthao/);
    expect(windowsNetworkPath('z:/DuThao', NET_USE)).not.toBeNull();
    expect(windowsNetworkPath('C:\\Users\\An\\AppData\\Roaming\\DuThao', NET_USE)).toBeNull();
  });

  it('uses the injected probe for the platform and treats an unreadable table as local', () => {
    expect(detectNetworkShare('/home/vanphong/DuThao', { platform: 'linux', mounts: () => MOUNTS, realpath: (p) => p })).not.toBeNull();
    expect(detectNetworkShare('Z:\\DuThao', { platform: 'win32', netUse: () => NET_USE })).not.toBeNull();
    expect(detectNetworkShare('/x', { platform: 'linux', mounts: () => { throw new Error('EACCES'); } })).toBeNull();
  });

  it('opens a database on a share in rollback-journal mode, and a local one in WAL', () => {
    const t = tempDir('duthao-share-');
    try {
      const shared = openDatabase(join(t.dir, 'share', 'duthao.db'), { detectNetworkShare: () => 'nfs4 mount test' });
      expect(shared.networkShare).toBe('nfs4 mount test');
      expect(shared.db.pragma('journal_mode', { simple: true })).toBe('delete');
      shared.db.close();
      const local = openDatabase(join(t.dir, 'local', 'duthao.db'), { detectNetworkShare: () => null });
      expect(local.db.pragma('journal_mode', { simple: true })).toBe('wal');
      local.db.close();
      // A database that was in WAL is switched back when it turns out to be on a share.
      const again = openDatabase(join(t.dir, 'local', 'duthao.db'), { detectNetworkShare: () => 'cifs' });
      expect(again.db.pragma('journal_mode', { simple: true })).toBe('delete');
      again.db.close();
      const check = new Database(join(t.dir, 'local', 'duthao.db'));
      expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
      check.close();
    } finally {
      t.cleanup();
    }
  });
});
