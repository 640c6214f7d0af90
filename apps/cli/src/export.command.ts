import { NestFactory } from '@nestjs/core';
import { writeFileSync } from 'node:fs';
import { buildEsfReport, esfReportCsv, esfReportJson } from '@samverkan/audit';
import { EVENT_STORE, EventCatalog, PersonDirectory, validateEnvironment } from '@samverkan/core';
import { isCalendarDate } from '@samverkan/core/domain';
import type { EventStore } from '@samverkan/event-store';
import { WorkspaceModule } from '../../api/src/workspace.module';

export interface ExportEsfOptions {
  from: string;
  to: string;
  format: 'csv' | 'json';
  out?: string;
}

/** Momentum's ESF report for a period, from the events themselves, to stdout or a file. */
export async function exportEsfCommand(options: ExportEsfOptions): Promise<void> {
  for (const flag of ['from', 'to'] as const) {
    if (!isCalendarDate(options[flag])) throw new Error(`--${flag} must be a real date written YYYY-MM-DD (got "${options[flag]}")`);
  }
  if (options.from > options.to) throw new Error('--to must not be before --from');
  const env = validateEnvironment({ LOG_LEVEL: 'warn', ...process.env });
  const app = await NestFactory.createApplicationContext(WorkspaceModule.register(env, { follow: false }), { logger: ['error', 'warn'] });
  try {
    const report = await buildEsfReport(
      { store: app.get<EventStore>(EVENT_STORE), catalog: app.get(EventCatalog), persons: app.get(PersonDirectory) },
      { from: options.from, to: options.to },
    );
    const text = options.format === 'json' ? `${esfReportJson(report)}\n` : esfReportCsv(report);
    if (options.out) {
      writeFileSync(options.out, text);
      process.stderr.write(`Wrote ${report.activities.length} activities and ${report.decisions.length} decisions to ${options.out}\n`);
    } else {
      process.stdout.write(text);
    }
  } finally {
    await app.close();
  }
}
