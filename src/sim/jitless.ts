// Zod compiles its object parsers with `new Function` when the page allows it, and finds out by trying: under the
// app's Content-Security-Policy (no eval) that try is refused and reported as a CSP violation. Telling zod not to
// compile keeps the policy quiet and changes no result, only a little speed on parses that are rare here. This module
// must be evaluated before any schema is built, so it is the first import of App.svelte and of the worker.

import { z } from 'zod';

z.config({ jitless: true });
