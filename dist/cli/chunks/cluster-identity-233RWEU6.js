import{a}from"./chunk-PM7Z2IT6.js";import"./chunk-SSXKLWIK.js";import"./chunk-AJA43ILI.js";export{a as clusterIdentity};
