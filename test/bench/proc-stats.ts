// CPU time and resident memory of a process from /proc (Linux), for the server's CPU% and RSS per room.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

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

/**
 * CPU seconds of a process and its children: its own time, its reaped children's (cutime, cstime) and the live
 * children's. PostgreSQL forks a backend per connection, so this is how much the database as a whole used.
 */
export function treeCpuSeconds(pid: number): number {
  const fieldsOf = (p: string) => {
    const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  };
  const own = fieldsOf(String(pid));
  let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const f = fieldsOf(entry);
      // Field 4 (ppid) is the second after the command name.
      if (Number(f[1]) === pid) ticks += Number(f[11]) + Number(f[12]);
    } catch {
      // The process ended while we looked.
    }
  }
  return ticks / CLK_TCK;
}

/** Resident set size in MB (VmRSS). */
export function rssMb(pid: number): number {
  const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+)\s+kB/m);
  if (!m) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(m[1]) / 1024;
}

/** CPU use between `start()` and `stop()` as % of one core (of the process, or with `tree` of it and its children). */
export function cpuMeter(pid: number, tree = false): { stop(): number } {
  const read = tree ? treeCpuSeconds : cpuSeconds;
  const cpu0 = read(pid);
  const t0 = performance.now();
  return {
    stop() {
      const seconds = (performance.now() - t0) / 1000;
      return seconds > 0 ? ((read(pid) - cpu0) / seconds) * 100 : 0;
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

function machineTicks(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const v = line.trim().split(/\s+/).slice(1).map(Number);
  const idle = (v[3] ?? 0) + (v[4] ?? 0);
  const total = v.reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

function cpuPressureMicros(): number | undefined {
  try {
    const m = readFileSync('/proc/pressure/cpu', 'utf8').match(/^some .*total=(\d+)/m);
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

export interface MachineLoad {
  /** All processes on the machine, as % of one core (2 cores → up to 200). */
  busyPct: number;
  /** Share of wall time in which some runnable task waited for a CPU (Linux PSI); high means the numbers are contended. */
  cpuPressurePct: number | null;
}

/** Whole-machine CPU use over a window: other work on a shared machine inflates latency, so the report shows it. */
export function machineMeter(): { stop(): MachineLoad } {
  const m0 = machineTicks();
  const p0 = cpuPressureMicros();
  const t0 = performance.now();
  return {
    stop() {
      const m1 = machineTicks();
      const p1 = cpuPressureMicros();
      const wallMs = performance.now() - t0;
      const seconds = wallMs / 1000;
      const busySeconds = (m1.busy - m0.busy) / CLK_TCK;
      return {
        busyPct: seconds > 0 ? (busySeconds / seconds) * 100 : 0,
        cpuPressurePct: p0 !== undefined && p1 !== undefined && wallMs > 0 ? ((p1 - p0) / 1000 / wallMs) * 100 : null,
      };
    },
  };
}
