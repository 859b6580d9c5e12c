/**
 * Is the data folder on a network share? SQLite's WAL mode needs shared
 * memory that network file systems do not provide reliably, so on a share
 * DuThao uses the rollback journal instead (docs/versions.md). Windows: a
 * UNC path (\\server\share) or a drive letter mapped to one (from `net use`);
 * Linux: the mount holding the folder is NFS, CIFS/SMB or another network
 * file system (from /proc/mounts). Inputs are injectable for tests.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';

/** File system types of /proc/mounts that are network shares. */
const NETWORK_FS = new Set(['nfs', 'nfs4', 'cifs', 'smb3', 'smbfs', 'ncpfs', 'afs', 'ceph', 'glusterfs', 'fuse.sshfs', 'fuse.glusterfs', 'davfs', 'fuse.davfs2', '9p', 'lustre', 'gpfs']);

/** What the detection may read (tests inject them). */
export interface NetworkShareProbe {
  readonly platform: NodeJS.Platform;
  /** Linux: the text of /proc/mounts. */
  readonly mounts?: () => string;
  /** Windows: the output of `net use` (mapped drives). */
  readonly netUse?: () => string;
  /** Resolves symbolic links (Linux). */
  readonly realpath?: (path: string) => string;
}

/** The verdict: null when local, else a short English description of the share. */
export type NetworkShare = string | null;

/** Decodes the octal escapes (\040 for a space) of a /proc/mounts field. */
function unescapeMount(field: string): string {
  return field.replace(/\\([0-7]{3})/g, (_, oct: string) => String.fromCharCode(parseInt(oct, 8)));
}

/** Linux: the network mount that holds `path`, from a /proc/mounts table. */
export function linuxNetworkMount(path: string, mounts: string): NetworkShare {
  let best: { point: string; type: string; source: string } | null = null;
  for (const line of mounts.split('\n')) {
    const [source, pointRaw, type] = line.trim().split(/\s+/);
    if (!source || !pointRaw || !type) continue;
    const point = unescapeMount(pointRaw);
    const inside = point === '/' || path === point || path.startsWith(point.endsWith('/') ? point : point + '/');
    if (inside && (!best || point.length >= best.point.length)) best = { point, type, source };
  }
  if (!best) return null;
  return NETWORK_FS.has(best.type) || best.type.startsWith('nfs') ? `${best.type} mount ${best.source} at ${best.point}` : null;
}

/** Windows: a UNC path, or a drive letter that `net use` lists as mapped to a share. */
export function windowsNetworkPath(path: string, netUse: string): NetworkShare {
  const p = path.replace(/\//g, '\\');
  if (/^\\\\\?\\UNC\\/i.test(p)) return `UNC path ${p}`;
  if (/^\\\\\?\\/.test(p)) return windowsNetworkPath(p.slice(4), netUse);
  if (/^\\\\[^\\]+\\/.test(p)) return `UNC path ${p}`;
  const drive = /^([A-Za-z]):/.exec(p)?.[1]?.toUpperCase();
  if (!drive) return null;
  for (const line of netUse.split(/\r?\n/)) {
    const m = new RegExp(`(^|\\s)${drive}:\\s+(\\\\\\\\\\S+)`, 'i').exec(line);
    if (m) return `drive ${drive}: mapped to ${m[2]}`;
  }
  return null;
}

function defaultProbe(): NetworkShareProbe {
  return {
    platform: process.platform,
    mounts: () => readFileSync('/proc/mounts', 'utf8'),
    netUse: () => execFileSync('net', ['use'], { encoding: 'utf8', timeout: 3000, windowsHide: true }),
    realpath: (p) => realpathSync(p),
  };
}

/** Whether `dir` is on a network share; unknown (probe failed) counts as local. */
export function detectNetworkShare(dir: string, probe: NetworkShareProbe = defaultProbe()): NetworkShare {
  try {
    if (probe.platform === 'win32') return windowsNetworkPath(dir, probe.netUse ? safe(probe.netUse) : '');
    if (probe.platform === 'linux' && probe.mounts) {
      let real = dir;
      try {
        real = probe.realpath ? probe.realpath(dir) : dir;
      } catch {
        // Not created yet: judge the path as given.
      }
      return linuxNetworkMount(real, probe.mounts());
    }
  } catch {
    // Unreadable mount table: treat as local, as before.
  }
  return null;
}

function safe(read: () => string): string {
  try {
    return read();
  } catch {
    return '';
  }
}

/** The Vietnamese explanation shown when the data folder is on a share. */
export function networkShareMessage(share: string): string {
  return `Thư mục dữ liệu nằm trên ổ mạng (${share}). DuThao dùng chế độ ghi nhật ký thông thường thay cho WAL để dữ liệu không bị hỏng; chỉ nên mở dữ liệu này từ một máy tại một thời điểm.`;
}
