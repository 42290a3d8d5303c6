import { createRequire as __k2hCreateRequire } from 'node:module';
import { fileURLToPath as __k2hFileURLToPath } from 'node:url';
import { dirname as __k2hDirname } from 'node:path';
const require = __k2hCreateRequire(import.meta.url);
const __k2h_filename = __k2hFileURLToPath(import.meta.url);
const __k2h_dirname = __k2hDirname(__k2h_filename);
var i=class{constructor(t,e,s,l=5e3,r=Date.now){this.logger=t;this.label=e;this.total=s;this.everyMs=l;this.now=r;this.started=r(),this.lastLine=this.started}documents=0;bytes=0;done=0;lastLine=0;started;add(t,e,s){this.documents+=t,this.bytes+=e,this.now()-this.lastLine>=this.everyMs&&this.line(`copying ${s}`)}collectionDone(t,e){this.done++,this.line(`collection ${this.done} of ${this.total} ${t}: ${e}`)}get totals(){return{documents:this.documents,bytes:this.bytes,seconds:(this.now()-this.started)/1e3}}line(t){this.lastLine=this.now();let e=this.totals;this.logger.info(`${this.label}: ${t} \u2014 ${e.documents.toLocaleString("en-US")} documents, ${o(e.bytes)} MB, ${a(e.bytes,e.seconds)} MB/s`)}};function o(n){return(n/1024/1024).toFixed(1)}function a(n,t){return t>0?(n/1024/1024/t).toFixed(1):"0.0"}export{i as a,o as b};
