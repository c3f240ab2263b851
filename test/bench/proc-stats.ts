// CPU time and resident memory of a process from /proc (Linux), for the server's CPU% and RSS per room.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

function clockTicks(): number {
  try {
    const n = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    return Number.isFinite(n) && n > 0 ? n : 100;
  } catch {
    return 100;
  }
}
const CLK_TCK = clockTicks();

/** User + system CPU seconds the process has used so far. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may contain spaces; fields after it are space-separated from field 3.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return (utime + stime) / CLK_TCK;
}

/** Resident set size in MB (VmRSS). */
export function rssMb(pid: number): number {
  const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+)\s+kB/m);
  if (!m) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(m[1]) / 1024;
}

/** CPU use between `start()` and `stop()` as % of one core. */
export function cpuMeter(pid: number): { stop(): number } {
  const cpu0 = cpuSeconds(pid);
  const t0 = performance.now();
  return {
    stop() {
      const seconds = (performance.now() - t0) / 1000;
      return seconds > 0 ? ((cpuSeconds(pid) - cpu0) / seconds) * 100 : 0;
    },
  };
}

/** The same for this (load generator) process. */
export function selfCpuMeter(): { stop(): number } {
  const u0 = process.cpuUsage();
  const t0 = performance.now();
  return {
    stop() {
      const u = process.cpuUsage(u0);
      const seconds = (performance.now() - t0) / 1000;
      return seconds > 0 ? ((u.user + u.system) / 1e6 / seconds) * 100 : 0;
    },
  };
}
