// zod/mini, configured once for every context that parses with it (the background, the extension's
// pages, node): zod compiles object parsers with `new Function` unless told not to, and the
// extension's CSP forbids code built from strings. Importing zod through this module keeps the
// setting with the library, in whatever chunk the bundler puts it.
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
