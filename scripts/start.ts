/**
 * `npm start`: build the production app if its inputs changed, create or migrate the database, seed
 * the demo content into an empty one, then serve on PORT (default 3000) through scripts/lib/http/nextServer.mjs.
 */
import { serve } from './lib/serve'

await serve()
