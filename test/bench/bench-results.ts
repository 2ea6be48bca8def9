import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';

/** One measured figure: what, how much, in which unit. */
export interface BenchRow {
  readonly measure: string;
  readonly value: number;
  readonly unit: string;
}

interface SectionResult {
  readonly ranAt: string;
  readonly environment: Record<string, unknown>;
  readonly rows: BenchRow[];
}

/**
 * bench/results.json and bench/results.md. Each section replaces only its own entry, so sections run
 * alone (BENCH_SECTIONS) or in other files keep the figures of the others.
 */
export class BenchResults {
  private readonly sections: Record<string, SectionResult>;

  constructor(private readonly dir = resolve('bench')) {
    const file = resolve(dir, 'results.json');
    this.sections = existsSync(file) ? ((JSON.parse(readFileSync(file, 'utf8')) as { sections: Record<string, SectionResult> }).sections ?? {}) : {};
  }

  /** Starts (or restarts) a section; the environment says what the figures were measured on. */
  section(name: string, environment: Record<string, unknown> = {}): (measure: string, value: number, unit: string) => void {
    const rows: BenchRow[] = [];
    this.sections[name] = { ranAt: new Date().toISOString(), environment: { ...machine(), ...environment }, rows };
    return (measure, value, unit) => {
      rows.push({ measure, value: Math.round(value * 100) / 100, unit });
      console.log(`  ${name}: ${measure} = ${value.toFixed(2)} ${unit}`);
      this.write();
    };
  }

  /** A figure measured earlier in this run or an earlier one, for ratios. */
  value(section: string, measure: string): number | undefined {
    return this.sections[section]?.rows.find((r) => r.measure === measure)?.value;
  }

  write(): void {
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(resolve(this.dir, 'results.json'), `${JSON.stringify({ sections: this.sections }, null, 2)}\n`);
    writeFileSync(resolve(this.dir, 'results.md'), this.markdown());
  }

  private markdown(): string {
    const lines = ['# Bench results', ''];
    for (const [name, section] of Object.entries(this.sections)) {
      const env = section.environment;
      lines.push(`## ${name}`, '', `${section.ranAt}; ${env.cpu} x${env.cores}, Node ${env.node}, NODE_ENV of the apps ${env.appNodeEnv ?? 'n/a'}, load ${env.loadAverage}`, '');
      lines.push('| measure | value | unit |', '| --- | ---: | --- |');
      for (const row of section.rows) lines.push(`| ${row.measure} | ${row.value} | ${row.unit} |`);
      lines.push('');
    }
    return lines.join('\n');
  }
}

function machine(): Record<string, unknown> {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    benchNodeEnv: process.env.NODE_ENV ?? null,
    loadAverage: loadavg().map((l) => l.toFixed(2)).join(' '),
    commit: gitCommit(),
  };
}

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}
