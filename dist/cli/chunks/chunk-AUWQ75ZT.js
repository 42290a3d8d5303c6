import { createRequire as __k2hCreateRequire } from 'node:module';
import { fileURLToPath as __k2hFileURLToPath } from 'node:url';
import { dirname as __k2hDirname } from 'node:path';
const require = __k2hCreateRequire(import.meta.url);
const __k2h_filename = __k2hFileURLToPath(import.meta.url);
const __k2h_dirname = __k2hDirname(__k2h_filename);
function p(n,t){return n.isTTY===!0&&!t.NO_COLOR&&t.TERM!=="dumb"}var c={bold:"1",dim:"2",red:"31",green:"32",yellow:"33"};function $(n){let t=[];for(let r of n)r.trimStart().startsWith("|")||!r.trim()&&(!t.length||!t[t.length-1].trim())||t.push(r);for(;t.length&&!t[t.length-1].trim();)t.pop();return t}function b(n){let t=n.error;return t?n.steps.some(r=>r.status==="failed"&&!!r.error&&t.includes(r.error)):!0}function h(n){return`${(n/1e3).toFixed(2)}s`}function w(n,t,r,o,l){let d=i=>i.status==="done"&&!!i.changes?.some(s=>s.startsWith("warning:")),e=i=>o.filter(s=>s.status===i&&!d(s)).length,a=o.filter(d).length,g=[e("applied")&&`${e("applied")} applied`,e("planned")&&`${e("planned")} would change`,e("done")&&`${e("done")} already done or passed`,a&&`${a} warning${a>1?"s":""}`,e("failed")&&`${e("failed")} failed`,e("not-run")&&`${e("not-run")} not run`].filter(Boolean);return`${n}: ${t==="planned"?"planned (dry-run, nothing changed)":t} in ${h(r)}${g.length?` (${g.join(", ")})`:""}${l?`; ${l}`:""}`}var u=class{constructor(t,r,o){this.out=t;this.err=r;this.colour=p(t,o)}colour;paint(t,...r){return this.colour?`\x1B[${r.map(o=>c[o]).join(";")}m${t}\x1B[0m`:t}line(t){this.out.write(t+`
`)}heading(t){this.out.write(`
`+this.paint(t,"bold")+`
`)}warn(t){this.err.write(this.paint(`warning: ${t}`,"yellow","bold")+`
`)}error(t){this.err.write(this.paint(`error: ${t}`,"red","bold")+`
`)}closing(t,r="auto"){let o=r==="failed"||r==="auto"&&/: failed\b/.test(t);this.out.write(this.paint(t,o?"red":"green","bold")+`
`)}};export{$ as a,b,w as c,u as d};
