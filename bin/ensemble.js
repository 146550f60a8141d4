#!/usr/bin/env node
// Runs the TypeScript CLI straight from source, as `npm start` runs the server.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
