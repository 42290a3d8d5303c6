import { createRequire as __k2hCreateRequire } from 'node:module';
import { fileURLToPath as __k2hFileURLToPath } from 'node:url';
import { dirname as __k2hDirname } from 'node:path';
const require = __k2hCreateRequire(import.meta.url);
const __k2h_filename = __k2hFileURLToPath(import.meta.url);
const __k2h_dirname = __k2hDirname(__k2h_filename);
var t=class extends Error{constructor(r){super(r),this.name="ConfigurationError"}},n=class extends Error{constructor(r){super(r),this.name="UsageError"}},e=class extends n{constructor(c){super(c.join(`
`));this.problems=c;this.name="InputError"}},o=class extends t{constructor(r){super(r),this.name="ClusterUnreachableError"}};function a(s){return s instanceof Error?s.message:String(s)}export{t as a,e as b,o as c,a as d};
