import { stockholmDate } from '../domain/calendar';
import type { TestSender } from './endpoint-specification';

/**
 * The command id of a request whose minted ids a test names. Any fixed UUID does: a test
 * computes the ids it expects with the endpoint's own formula from this one.
 */
export const TEST_COMMAND_ID = '6f1d1c8e-3b7a-4c52-9a0e-2d4b8e7f1a90';

/** The day in Stockholm, which a request that leaves its day out is dated by. */
export const today = (): string => stockholmDate(new Date());

/** Who sends a request in an endpoint spec, by role and organisation. */
export const AV_INSPECTOR: TestSender = { role: 'AV_INSPECTOR', organisation: 'AV' };
export const COLLABORATION_OFFICER: TestSender = { role: 'COLLABORATION_OFFICER', organisation: 'FK' };
export const STEERING_GROUP: TestSender = { role: 'STEERING_GROUP', organisation: 'FK' };
export const FK_CASEWORKER: TestSender = { role: 'FK_CASEWORKER', organisation: 'FK' };
export const knowledgeGroupMember = (organisation = 'FK'): TestSender => ({ role: 'KNOWLEDGE_GROUP', organisation });
export const forumCoordinator = (...forums: string[]): TestSender => ({ role: 'FORUM_COORDINATOR', forums });
