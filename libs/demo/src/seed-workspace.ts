import type { DemoSend } from './demo-send';
import { DEMO_PLANS, planCommandCount, seedPlans } from './plan';
import { commandCount, DemoYear, seedTipYear } from './tips';
import { DEMO_FORUMS, DEMO_JOINT_ACTIONS, DEMO_MEETINGS, forumsCommandCount, seedForums } from './forums';
import { DEMO_CAMPAIGNS, DEMO_INSPECTIONS, seedSupervision, supervisionCommandCount } from './supervision';
import { DEMO_DIALOGUE_MEETINGS, DEMO_SELECTIONS, dialogueCommandCount, seedDialogue } from './dialogue';
import { DEMO_GROUP_MEETINGS, DEMO_KNOWLEDGE_ITEMS, knowledgeCommandCount, seedKnowledge } from './knowledge';
import { DEMO_PROJECT_ACTIVITIES, momentumCommandCount, seedMomentum } from './momentum';

/** What the whole demo is seeded with: its tip years, and the plans (a test may bring its own). */
export interface WorkspaceSeed {
  tipYears: readonly DemoYear[];
  plans?: (demo: DemoSend, onCommand: () => void) => Promise<void>;
}

/** How many of each thing the demo seeds beside the tips: what the CLI reports and its test finds in the read models. */
export function demoWorkspaceCounts() {
  return {
    plans: DEMO_PLANS.length,
    forums: DEMO_FORUMS.length,
    forumMeetings: DEMO_MEETINGS.length,
    jointActions: DEMO_JOINT_ACTIONS.length,
    campaigns: DEMO_CAMPAIGNS.length,
    inspections: DEMO_INSPECTIONS.length,
    selections: DEMO_SELECTIONS.length,
    dialogueMeetings: DEMO_DIALOGUE_MEETINGS.length,
    groupMeetings: DEMO_GROUP_MEETINGS.length,
    knowledgeItems: DEMO_KNOWLEDGE_ITEMS.length,
    activities: DEMO_PROJECT_ACTIVITIES.length,
  };
}

/** How many requests `seedWorkspace` sends with the demo plans, for a progress bar. */
export function workspaceCommandCount({ tipYears }: WorkspaceSeed): number {
  const tips = tipYears.reduce((sum, year) => sum + commandCount(year), 0);
  const rest = [
    forumsCommandCount,
    supervisionCommandCount,
    dialogueCommandCount,
    knowledgeCommandCount,
    momentumCommandCount,
  ];
  return planCommandCount() + tips + rest.reduce((sum, count) => sum + count(), 0);
}

/**
 * Every module's demo data, in the order the work builds on itself, through the modules' endpoints.
 * Idempotent: fixed command ids make a second run append nothing. The eligibility of principals
 * follows from the inspections through a process manager, which the caller lets settle.
 */
export async function seedWorkspace(
  demo: DemoSend,
  seed: WorkspaceSeed,
  onCommand: () => void = () => undefined,
): Promise<void> {
  // First: the plans for active collaboration the rest of the work follows.
  await (seed.plans ?? seedPlans)(demo, onCommand);
  for (const year of seed.tipYears) await seedTipYear(demo, year, onCommand);
  await seedForums(demo, onCommand);
  await seedSupervision(demo, onCommand);
  // After supervision: dialogue topics cite its inspections.
  await seedDialogue(demo, onCommand);
  // After forums: knowledge items are presented at the forums' held meetings.
  await seedKnowledge(demo, onCommand);
  // Momentum's own activities: conferences, trainings, web trainings, study visits.
  await seedMomentum(demo, onCommand);
}
