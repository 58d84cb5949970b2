/**
 * OS-level main-thread CPU time of Firefox content processes, for browsers
 * without CDP: /proc/<pid>/task/<pid>/schedstat (ns on CPU of the process's
 * initial thread, which is its main thread), falling back to utime+stime
 * from /proc/<pid>/task/<pid>/stat (clock ticks).
 */
import { readdirSync, readFileSync } from 'node:fs';

function read(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

function ppidOf(pid) {
  const stat = read(`/proc/${pid}/stat`);
  if (!stat) return null;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[1]);
}

/** Main-thread CPU ms of `pid`, or null if the process is gone. */
export function mainThreadCpuMs(pid) {
  const schedstat = read(`/proc/${pid}/task/${pid}/schedstat`);
  if (schedstat) return Number(schedstat.split(' ')[0]) / 1e6;
  const stat = read(`/proc/${pid}/task/${pid}/stat`);
  if (!stat) return null;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // USER_HZ is 100 on Linux
}

/**
 * The Firefox parent process whose command line names `profile`, and its
 * content (`-contentproc`) processes: they are forked by a fork server, so
 * they are found by their `-parentPid` argument, not by their ppid.
 */
export function firefoxContentProcesses(profile) {
  const pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number);
  // Forked content processes show their arguments space-separated in one string.
  const cmdlines = new Map(pids.map((pid) => [pid, (read(`/proc/${pid}/cmdline`) ?? '').split(/[\0 ]/)]));
  const parent = pids.find((pid) => {
    const args = cmdlines.get(pid);
    return args.includes(profile) && !args.includes('-contentproc');
  });
  if (parent === undefined) throw new Error(`no Firefox process found for profile ${profile}`);
  return pids.filter((pid) => {
    const args = cmdlines.get(pid);
    const i = args.indexOf('-parentPid');
    return args.includes('-contentproc') && (i >= 0 ? args[i + 1] === String(parent) : ppidOf(pid) === parent);
  });
}

/** Snapshot of main-thread CPU ms per content process. */
export function snapshot(pids) {
  return new Map(pids.map((pid) => [pid, mainThreadCpuMs(pid)]));
}

/** The content process that burned most main-thread CPU between two snapshots: the one running the page. */
export function busiest(before, after) {
  let best = null;
  for (const [pid, end] of after) {
    const start = before.get(pid);
    if (start == null || end == null) continue;
    const delta = end - start;
    if (!best || delta > best.cpuMs) best = { pid, cpuMs: delta };
  }
  return best;
}
