/**
 * `npm start`: build the production app if its inputs changed, create or migrate the database, seed
 * the demo content into an empty one, then serve on PORT (default 3000) through src/server/nextServer.mjs.
 */
import { serve } from './lib/serve'

await serve()
