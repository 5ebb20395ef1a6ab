// The machine a benchmark ran on, recorded beside its results so that figures from different
// machines are never compared by mistake.
import { cpus, platform, release } from 'node:os';

/** The processor, its core count, the Node version and the operating system. */
export function machine(): { cpu: string; cores: number; node: string; os: string } {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    node: process.version,
    os: `${platform()} ${release()}`,
  };
}
