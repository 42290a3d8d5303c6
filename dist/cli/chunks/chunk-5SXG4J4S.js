import{b as a,d as o}from"./chunk-AJA43ILI.js";var c={};o(c,{URL:()=>r,URLSearchParams:()=>s});var r,s,e=a(()=>{r=globalThis.URL,s=globalThis.URLSearchParams});export{c as a,e as b};
