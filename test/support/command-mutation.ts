/** What every command's answer carries (the CommandPayload interface): each test asks all of it. */
export const COMMAND_PAYLOAD = 'stream revision position replayed commandId';

/** A mutation document that sends `$input` of `inputType` to `name` and asks `selection` of its answer. */
export const mutationAsking = (name: string, inputType: string, selection: string) =>
  `mutation($input: ${inputType}!) { ${name}(input: $input) { ${selection} } }`;

/** A command mutation's document: the command payload, then `fields` of what the command changed. */
export const commandMutation = (name: string, inputType: string, fields: string) =>
  mutationAsking(name, inputType, `${COMMAND_PAYLOAD} ${fields}`);

/**
 * The command mutations of one kind of entity, all asking `fields` of it: each by its name, with
 * the input type the API names after it (`planForumMeeting` takes `PlanForumMeetingInput`) unless given.
 */
export const entityMutations =
  (fields: string) =>
  (name: string, inputType = `${name[0].toUpperCase()}${name.slice(1)}Input`) =>
    commandMutation(name, inputType, fields);
