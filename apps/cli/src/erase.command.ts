import { NestFactory } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { ErasePersonCommand } from '@samverkan/audit';
import { Role } from '@samverkan/auth';
import { CommandResult, validateEnvironment } from '@samverkan/core';
import { containsPersonalIdentityNumber, CORE_RULES } from '@samverkan/core/domain';
import { WorkspaceModule } from '../../api/src';

/**
 * GDPR erasure from the operator's shell, recorded like the API's: a decision by the data
 * protection officer (the operator's login as actor id), with the reason given. The handler refuses
 * a reason that names the person (ERASURE_REASON_NAMES_PERSON), as it does for the API.
 */
export async function eraseCommand(options: { person: string; reason: string; organisation: string }): Promise<void> {
  if (!options.reason.trim()) throw new Error('--reason must say why (e.g. the request\'s diary number)');
  // The pipeline would refuse it too; said here by the flag's name, before the store is opened.
  if (containsPersonalIdentityNumber(options.reason)) {
    throw CORE_RULES.violation('PERSONAL_IDENTITY_NUMBER_IN_TEXT', '--reason must not contain a personal identity number: the audit trail cannot erase it');
  }
  const env = validateEnvironment({ LOG_LEVEL: 'warn', ...process.env });
  const app = await NestFactory.createApplicationContext(WorkspaceModule.register(env), { logger: ['error', 'warn'] });
  try {
    const commandId = randomUUID();
    const actor = { id: `operator:${userInfo().username}`, organisation: options.organisation, role: Role.DATA_PROTECTION_OFFICER };
    const result = await app.get(CommandBus).execute<ErasePersonCommand, CommandResult>(
      new ErasePersonCommand(options.person, options.reason.trim(), new Date(), { actor, commandId, correlationId: commandId }),
    );
    process.stdout.write(`Erased ${options.person}: the decision is ${result.stream} at position ${result.position?.toString() ?? '-'}.\n`);
  } finally {
    await app.close();
  }
}
