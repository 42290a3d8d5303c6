import { createRequire as __k2hCreateRequire } from 'node:module';
import { fileURLToPath as __k2hFileURLToPath } from 'node:url';
import { dirname as __k2hDirname } from 'node:path';
const require = __k2hCreateRequire(import.meta.url);
const __k2h_filename = __k2hFileURLToPath(import.meta.url);
const __k2h_dirname = __k2hDirname(__k2h_filename);
var n=class{constructor(o){this.open=o}conn;holders=0;async acquire(){this.holders++,this.conn??=this.open();try{return await this.conn}catch(o){throw this.conn=void 0,this.holders--,o}}async with(o){let t=await this.acquire();try{return await o(t)}finally{await this.release()}}async release(){if(--this.holders>0||!this.conn)return;let o=this.conn;this.conn=void 0,await(await o).close().catch(()=>{})}};function i(e){let o=e.mongodb;return{namespace:o.namespace,statefulSet:o.statefulSet,headlessService:o.headlessService,secret:o.rootSecret,secretKey:o.rootSecretKey,rootUsers:o.rootUsers,port:o.port}}function a(e,o,t){let r=e.inputs["mongodb-uri"]||void 0;return new n(async()=>(await import("./discover-RZQVRLCD.js")).reachMongo(o,{uri:r,location:i(t),logger:e.logger,env:e.env}))}export{i as a,a as b};
