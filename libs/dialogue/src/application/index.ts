export * from './dialogue.queries';
export * from './selection.endpoint';
export * from './dialogue-meeting.endpoint';
export * from './dialogue.ids';
