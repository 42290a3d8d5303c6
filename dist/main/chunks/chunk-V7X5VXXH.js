import { createRequire as __k2hCreateRequire } from 'node:module';
import { fileURLToPath as __k2hFileURLToPath } from 'node:url';
import { dirname as __k2hDirname } from 'node:path';
const require = __k2hCreateRequire(import.meta.url);
const __k2h_filename = __k2hFileURLToPath(import.meta.url);
const __k2h_dirname = __k2hDirname(__k2h_filename);
function t(e,o){let i=e.adoptions.some(n=>n.kind===o.kind&&n.name===o.name&&(n.namespace??"")===(o.namespace??""));return i||e.adoptions.push(o),!i}export{t as a};
