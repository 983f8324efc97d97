// Zod 4 compiles object parsers with `new Function` unless told not to, and probes for eval on first
// use. Strict-CSP custody systems forbid both, so every module that builds a schema imports this first.
import { config } from 'zod/mini';

config({ jitless: true });
