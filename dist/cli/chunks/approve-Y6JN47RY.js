import{f as m,i as E,j as y,l as b,n as q}from"./chunk-THWWHBD5.js";import{b as R}from"./chunk-X6WSDIRP.js";import"./chunk-BLJ3CL3E.js";import"./chunk-QLXOPM74.js";import{b as k}from"./chunk-VPB3PNUA.js";import"./chunk-SAWPM26D.js";import"./chunk-7CPWJJ2D.js";import"./chunk-XOJRPI7T.js";import{a as v,b as u,e as l,f as w}from"./chunk-SSXKLWIK.js";import"./chunk-AJA43ILI.js";import{parseArgs as T}from"node:util";var A=`k2h approve: approve a pending k2h approval request (the plan of downtime, rollback or clean-up).
k2h reject: reject one.

Usage: k2h approve [REQUEST] [--reason TEXT] [--namespace NS] [--kubeconfig FILE] [--context NAME]
       k2h reject REQUEST --reason TEXT [--namespace NS] [--kubeconfig FILE] [--context NAME]

  REQUEST            name of the ApprovalRequest; without it, approve the one pending request
                     (several pending: they are listed)
  --reason TEXT      why (required to reject); recorded in the request
  --namespace NS     namespace of the requests: the source namespace (default: default)
  --kubeconfig FILE  the approver's kubeconfig (default: $KUBECONFIG, ~/.kube/config)
  --context NAME     kubeconfig context

Your identity is what the API server reports (SelfSubjectReview), not a name you type; the
pipeline's own service account cannot approve its own request.`;function x(r){return`  ${r.metadata.name}  for ${r.spec.for}  ${m(r)}  requested by ${r.spec.requestedBy?.username??"?"} at ${r.spec.requestedAt??"?"}`}async function Q(r,i,c){let $=c==="Approved"?"approve":"reject",t,o;try{({values:t,positionals:o}=T({args:r,options:{reason:{type:"string"},namespace:{type:"string",short:"n"},"source-namespace":{type:"string"},kubeconfig:{type:"string"},context:{type:"string"},help:{type:"boolean",short:"h"}},allowPositionals:!0,strict:!0}))}catch(s){throw new u(`${w(s)}
${A}`)}let n=s=>i.stdout.write(s+`
`);if(t.help)return n(A),l.ok;if(o.length>1)throw new u(`k2h ${$} takes one REQUEST, got ${o.length}`);let g=typeof t.reason=="string"?t.reason.trim():void 0;if(c==="Rejected"&&!o[0])throw new u("k2h reject needs the REQUEST to reject");if(c==="Rejected"&&!g)throw new u("k2h reject needs --reason: say why, it is recorded");let p=String(t.namespace??t["source-namespace"]??"default"),S=new k(i.stdout,i.stderr,void 0,i.env.K2H_DEBUG==="1",i.env),f=await R.connect({kubeconfig:t.kubeconfig,context:t.context,env:i.env},S),h=await q(f),e;if(o[0]){if(e=await E(f,p,o[0]),!e)throw new v(`no approval request ${o[0]} in namespace ${p}; list them with: kubectl get approvalrequests.k2h.cognigy.ai -n ${p}`)}else{let s=await y(f,p),a=s.filter(d=>m(d)==="Pending");if(a.length!==1){n(a.length?`${a.length} pending approval requests in ${p}; name the one to ${$}:`:`no pending approval request in ${p}${s.length?"; the requests there:":"."}`);for(let d of a.length?a:s)n(x(d));return a.length?l.usage:l.failed}e=a[0]}n(`${e.metadata.name}: plan of ${e.spec.for} for release ${e.spec.release} (${e.spec.sourceNamespace} -> ${e.spec.targetNamespace}) on ${e.spec.cluster}`),n(e.spec.plan),n(""),n(`you are ${h.username}${h.source==="kubeconfig"?" (from the kubeconfig: this server has no SelfSubjectReview)":""}`);let j=await b(f,e,c,h,g);return n(`${j.metadata.name}: ${c.toLowerCase()} by ${h.username}${g?` (${g})`:""}`),l.ok}export{A as APPROVE_HELP,Q as runApprove};
