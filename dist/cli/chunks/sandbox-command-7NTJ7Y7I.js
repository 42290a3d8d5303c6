import{a as P,b as x}from"./chunk-FSTA6GDK.js";import"./chunk-LQRLDKU2.js";import{a as b,e as y,f as h,g as v,h as m,i as w,j as k,k as d}from"./chunk-SAWPM26D.js";import"./chunk-7CPWJJ2D.js";import"./chunk-HJ34JUQT.js";import{b as c,e as l,f}from"./chunk-SSXKLWIK.js";import"./chunk-AJA43ILI.js";import{readFileSync as S}from"node:fs";import{basename as $,resolve as I}from"node:path";import{parseArgs as N}from"node:util";var R="approver@example.com";async function A(t,o,n){return t.load([w]),t.load([...k,d(v,o,{kind:"Group",name:m}),d(h,o,{kind:"ServiceAccount",name:n.split(":").pop(),namespace:n.split(":")[2]})]),t.setDeniedPermissions([...t.deniedPermissions(),{verb:"*",resource:`${y}/status`,group:b,user:n}]),t.addIdentity({username:R,groups:[m],authorization:"rbac"})}var E=`k2h sandbox: serve an in-memory Kubernetes API (loopback only) that kubectl, helm and k2h work against.

Usage: k2h sandbox [--port P] [--kubeconfig FILE] [--seed cognigy|cognigy-aws|cognigy-azure|FILE] [--latency-ms N] [--volume-snapshots]

  --port P            port on 127.0.0.1 (default: a free one)
  --kubeconfig FILE   where to write the kubeconfig (default: ./k2h-sandbox.kubeconfig)
  --seed S            Cognigy.AI 4.41 kustomize installation (generic, AWS or Azure storage), or a
                      'kubectl get ... -o yaml' capture of your own cluster (default: cognigy)
  --latency-ms N      delay every API answer by N ms
  --volume-snapshots  serve the VolumeSnapshot API
  --approver-kubeconfig FILE
                      install the approval API (k2h gate) and write a second kubeconfig for an
                      approver holding the approver role; the first stays the pipeline's account`;async function K(t,o,n){let e;try{({values:e}=N({args:t,options:{port:{type:"string"},kubeconfig:{type:"string"},seed:{type:"string"},"latency-ms":{type:"string"},"volume-snapshots":{type:"boolean"},"approver-kubeconfig":{type:"string"},help:{type:"boolean"}},strict:!0}))}catch(p){throw new c(`${f(p)}
${E}`)}if(e.help)return o.stdout.write(E+`
`),l.ok;let s=e.port===void 0?0:Number(e.port),a=e["latency-ms"]===void 0?0:Number(e["latency-ms"]);if(!Number.isInteger(s)||s<0||s>65535)throw new c(`--port must be a port number, got '${e.port}'`);if(!Number.isFinite(a)||a<0)throw new c(`--latency-ms must be a number >= 0, got '${e["latency-ms"]}'`);let i=n??_(),r=await x(String(e.seed??"cognigy"),{port:s,latencyMs:a,volumeSnapshots:e["volume-snapshots"]===!0}),u=I(String(e.kubeconfig??"k2h-sandbox.kubeconfig"));if(await r.writeKubeconfig(u),o.stdout.write(`sandbox serving at ${r.url}
kubeconfig: ${u}
  export KUBECONFIG=${u}
stop with Ctrl-C
`),typeof e["approver-kubeconfig"]=="string"){let p=I(e["approver-kubeconfig"]),g=await A(r,"default",P);await r.writeKubeconfig(p,"sandbox-approver",g),o.stdout.write(`approver kubeconfig (${g.username}): ${p}
`)}return await i,await r.stop(),o.stdout.write(`sandbox stopped (${r.requests.entries.length} requests served)
`),l.ok}function O(){let t=[];try{let o=process.ppid;for(let n=0;n<6&&o>1;n++){let e=S(`/proc/${o}/cmdline`,"utf8").split(/[\0 ]/).filter(Boolean),s=$(e[0]??"");if(!(/^(node|nodejs|npm|npx|tsx)$/.test(s)||/(^|\/)(npm|npx|tsx)(-cli)?(\.js|\.mjs|\.cjs)?$/.test(e[1]??"")||/^(sh|dash|bash|zsh)$/.test(s)&&e[1]==="-c"))break;t.push(o);let i=S(`/proc/${o}/stat`,"utf8");o=Number(i.slice(i.lastIndexOf(")")+2).split(" ")[1])}}catch{}return t}function L(t){try{return process.kill(t,0),!0}catch(o){return o.code==="EPERM"}}function _(t=300){return new Promise(o=>{let n=process.ppid,e=O();process.env.K2H_DEBUG==="1"&&process.stderr.write(`sandbox: stops when ${[n,...e].join(", ")} go
`);let s=["SIGINT","SIGTERM","SIGHUP"],a=()=>{clearInterval(i);for(let r of s)process.off(r,a);o()},i=setInterval(()=>{(process.ppid!==n||e.some(r=>!L(r)))&&a()},t);i.unref();for(let r of s)process.once(r,a)})}export{E as SANDBOX_HELP,K as runSandboxCommand,_ as stopSignal,O as wrapperAncestors};
