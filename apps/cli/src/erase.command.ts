import { NestFactory } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { PersonErasure } from '@samverkan/audit';
import { Role } from '@samverkan/auth';
import { validateEnvironment } from '@samverkan/core';
import { containsPersonalIdentityNumber, CORE_RULES } from '@samverkan/core/domain';
import { WorkspaceModule } from '../../api/src';

/**
 * GDPR erasure from the operator's shell, recorded like the API's: a decision by the data
 * protection officer (the operator's login as actor id), with the reason given. The endpoint refuses
 * a reason that names the person (ERASURE_REASON_NAMES_PERSON), as it does for the API.
 */
export async function eraseCommand(options: { person: string; reason: string; organisation: string }): Promise<void> {
  if (!options.reason.trim()) throw new Error("--reason must say why (e.g. the request's diary number)");
  // The pipeline would refuse it too; said here by the flag's name, before the store is opened.
  if (containsPersonalIdentityNumber(options.reason)) {
    throw CORE_RULES.violation(
      'PERSONAL_IDENTITY_NUMBER_IN_TEXT',
      '--reason must not contain a personal identity number: the audit trail cannot erase it',
    );
  }
  const env = validateEnvironment({ LOG_LEVEL: 'warn', ...process.env });
  const app = await NestFactory.createApplicationContext(WorkspaceModule.register(env), { logger: ['error', 'warn'] });
  try {
    const commandId = randomUUID();
    const actor = {
      id: `operator:${userInfo().username}`,
      organisation: options.organisation,
      role: Role.DATA_PROTECTION_OFFICER,
    };
    const request = { type: 'ErasePerson' as const, data: { personId: options.person }, reason: options.reason.trim() };
    const result = await app
      .get(PersonErasure)
      .erase(request, { actor, correlationId: commandId, forums: [] }, { commandId });
    process.stdout.write(
      `Erased ${options.person}: the decision is ${result.stream} at position ${result.position?.toString() ?? '-'}.\n`,
    );
  } finally {
    await app.close();
  }
}
