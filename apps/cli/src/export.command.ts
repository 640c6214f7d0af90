import { NestFactory } from '@nestjs/core';
import {
  buildEsfReport,
  esfReportCsv,
  esfReportJson,
  esfReportView,
  FIRST_MONTH,
  isMonth,
  LAST_MONTH,
  participantLines,
  participantMonthCsv,
  participantMonthsUpTo,
} from '@samverkan/audit';
import { EVENT_STORE, EventCatalog, PersonDirectory, validateEnvironment } from '@samverkan/core';
import { isCalendarDate } from '@samverkan/core/domain';
import type { EventStore } from '@samverkan/event-store';
import { WorkspaceModule } from '../../api/src';
import { writePrivateFile } from './private-file';

export interface ExportEsfOptions {
  from: string;
  to: string;
  format: 'csv' | 'json';
  out?: string;
}

/** Momentum's ESF report for a period, from the events themselves, to stdout or a file. */
export async function exportEsfCommand(options: ExportEsfOptions): Promise<void> {
  for (const flag of ['from', 'to'] as const) {
    if (!isCalendarDate(options[flag]))
      throw new Error(`--${flag} must be a real date written YYYY-MM-DD (got "${options[flag]}")`);
  }
  if (options.from > options.to) throw new Error('--to must not be before --from');
  const env = validateEnvironment({ LOG_LEVEL: 'warn', ...process.env });
  const app = await NestFactory.createApplicationContext(WorkspaceModule.register(env, { follow: false }), {
    logger: ['error', 'warn'],
  });
  try {
    const report = await buildEsfReport(
      { store: app.get<EventStore>(EVENT_STORE), catalog: app.get(EventCatalog), persons: app.get(PersonDirectory) },
      { from: options.from, to: options.to },
    );
    const view = esfReportView(report);
    const text = options.format === 'json' ? esfReportJson(view) : esfReportCsv(view);
    if (options.out) {
      writePrivateFile(options.out, text, { overwrite: true });
      process.stderr.write(
        `Wrote ${report.activities.length} activities and ${report.decisions.length} decisions to ${options.out}\n`,
      );
    } else {
      process.stdout.write(text);
    }
  } finally {
    await app.close();
  }
}

export interface ExportParticipantsOptions {
  month: string;
  out?: string;
}

/** One month's participants (a line per activity and organisation, with totals) as CSV, to stdout or a file. */
export async function exportParticipantsCommand(options: ExportParticipantsOptions): Promise<void> {
  if (!isMonth(options.month)) throw new Error(`--month must be a month written YYYY-MM (got "${options.month}")`);
  if (options.month < FIRST_MONTH || options.month > LAST_MONTH)
    throw new Error(`--month must be a month of the project, ${FIRST_MONTH} – ${LAST_MONTH}`);
  const env = validateEnvironment({ LOG_LEVEL: 'warn', ...process.env });
  const app = await NestFactory.createApplicationContext(WorkspaceModule.register(env, { follow: false }), {
    logger: ['error', 'warn'],
  });
  try {
    const { months } = await participantMonthsUpTo(
      { store: app.get<EventStore>(EVENT_STORE), catalog: app.get(EventCatalog), persons: app.get(PersonDirectory) },
      options.month,
    );
    const month = months.at(-1)!;
    const text = participantMonthCsv(participantLines(month.month, month.activities));
    if (options.out) {
      writePrivateFile(options.out, text, { overwrite: true });
      process.stderr.write(
        `Wrote ${month.activities.length} activities of ${month.month} (${month.status}) to ${options.out}\n`,
      );
    } else {
      process.stdout.write(text);
    }
  } finally {
    await app.close();
  }
}
