// The machine a benchmark ran on, so a figure is never read without its context.
import os from 'node:os';

export function describeMachine({ chromium } = {}) {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round(os.totalmem() / 1e8) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    // What else the machine ran: the 1, 5 and 15 minute load averages when the run ended.
    load: os.loadavg().map(l => Math.round(l * 10) / 10),
    ...(chromium ? { chromium } : {})
  };
}
