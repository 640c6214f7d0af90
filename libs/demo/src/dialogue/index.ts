export * from './demo-dialogues';
export * from './seed-dialogue';
