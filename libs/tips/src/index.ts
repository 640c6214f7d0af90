export { TipsModule } from './tips.module';
export { impulseDecider, impulseStream, tipDecider, tipStream, tipsModuleEvents } from './domain';
export type { ImpulseCommand, ImpulseEvent, TipCommand, TipEvent } from './domain';
export * from './demo';
// Swedish identifiers, checked the same way wherever an employer is entered (forums reuse them).
export { IsOrganisationNumber, IsSniCode } from './graphql/tips.validators';
export { parseOrganisationNumber, parseSniCode } from './domain';
