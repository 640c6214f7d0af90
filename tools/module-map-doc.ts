/** Rewrites the module graph in docs/ARCHITECTURE.md from test/module-map.ts: `npx ts-node tools/module-map-doc.ts`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODULE_MAP } from '../test/module-map';
import { mermaidOf } from '../test/module-edges';

const file = join(__dirname, '..', 'docs', 'ARCHITECTURE.md');
const text = readFileSync(file, 'utf8');
writeFileSync(file, text.replace(/```mermaid\ngraph TD[\s\S]*?```/, mermaidOf(MODULE_MAP)));
