import { createRequire as __k2hCreateRequire } from 'node:module';
import { fileURLToPath as __k2hFileURLToPath } from 'node:url';
import { dirname as __k2hDirname } from 'node:path';
const require = __k2hCreateRequire(import.meta.url);
const __k2h_filename = __k2hFileURLToPath(import.meta.url);
const __k2h_dirname = __k2hDirname(__k2h_filename);
function r(t){return{source:t.source,target:t.target,verified:t.verified,verifiedAt:t.verifiedAt,method:t.method,documents:t.documents,bytes:t.bytes,durationMs:t.durationMs,collections:t.collections.map(e=>({name:e.name,type:e.type,verified:e.verified,documents:e.documents?.target,indexes:e.indexes,content:e.content,...e.hash?{hash:e.hash}:{},...e.problems.length?{problems:e.problems}:{}}))}}function i(t,e){return!!t?.databases.some(o=>o.source===e&&o.verified)}function a(t,e,o){let s=t?.databases.find(n=>n.source===e&&n.target===o);return Object.fromEntries((s?.collections??[]).filter(n=>n.hash).map(n=>[n.name,n.hash]))}export{r as a,i as b,a as c};
