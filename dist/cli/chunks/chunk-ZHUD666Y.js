import { createRequire as __k2hCreateRequire } from 'node:module';
import { fileURLToPath as __k2hFileURLToPath } from 'node:url';
import { dirname as __k2hDirname } from 'node:path';
const require = __k2hCreateRequire(import.meta.url);
const __k2h_filename = __k2hFileURLToPath(import.meta.url);
const __k2h_dirname = __k2hDirname(__k2h_filename);
function c(r){let t=r.spec??{},e=r.status??{},a=t.replicas??1,i=Number(r.metadata.generation??0);if((e.observedGeneration??0)<i)return"the controller has not seen the latest spec";if(a!==0){if((e.updatedReplicas??0)<a)return`${e.updatedReplicas??0} of ${a} replicas updated`;if((e.readyReplicas??0)<a)return`${e.readyReplicas??0} of ${a} replicas ready`;if(r.kind==="Deployment"&&(e.availableReplicas??0)<a)return`${e.availableReplicas??0} of ${a} replicas available`}}function l(r,t){let e=r.map(n=>({name:n.metadata.name,why:c(n)})).filter(n=>n.why).sort((n,s)=>n.name.localeCompare(s.name)),a=t-e.length,i=e.slice(0,3).map(n=>`${n.name} (${n.why})`).join(", ");return e.length?`${a} of ${t} ready; waiting for ${i}${e.length>3?`, and ${e.length-3} more`:""}`:`${t} of ${t} ready`}export{c as a,l as b};
